//! Markdown of the article, from the same subtree and the same allowlist
//! ([`policy`]) as the HTML.
//!
//! Input: the arena, the article root, the base URL and the title.
//! Output: CommonMark/GFM: `#` headings, paragraphs, `*em*`/`**strong**`/
//! `~~s~~`/`` `code` ``, `[links](abs)`, `![images](src)`, nested lists
//! (indented under their item), blockquotes (every line prefixed), fenced
//! code from `<pre>`, GFM tables (pipes escaped), `---`, hard line breaks
//! (`\` at the end of the line). Blocks are separated by a blank line (list
//! items by a line break). Text is escaped where Markdown would read it as
//! markup. The walk is iterative.

use super::policy::{self, Action};
use crate::dom::{Arena, NodeId, Step, Walk};

pub fn to_markdown(arena: &Arena, root: NodeId, base: Option<&str>, title: Option<&str>) -> String {
    let mut w = Writer::default();
    arena.walk(root, |step| match step {
        Step::Enter(id) => w.enter(arena, id, root, base, title),
        Step::Leave(id) => {
            if arena.text(id).is_none() {
                w.leave();
            }
            Walk::Continue
        }
    });
    w.flush();
    w.out.trim_end().to_string()
}

/// A block context that shapes the prefix of every line inside it.
#[derive(Debug)]
enum Ctx {
    Quote,
    List {
        ordered: bool,
        next: i64,
        depth: usize,
        items: usize,
    },
    Item {
        marker: String,
        used: bool,
        first: bool,
        depth: usize,
    },
}

/// What to do when an element is left.
#[derive(Debug)]
enum Frame {
    Nothing,
    /// A block boundary; pops a [`Ctx`] when `pops`.
    Block {
        pops: bool,
    },
    Heading(usize),
    /// Inline markup around what was written since `start` in block `block`.
    Inline {
        open: &'static str,
        close: String,
        start: usize,
        block: usize,
        code: bool,
    },
    Link {
        href: String,
        start: usize,
        block: usize,
    },
    Pre,
    Table,
    Row,
    Cell,
    Caption,
}

/// A GFM table being collected.
#[derive(Debug, Default)]
struct Table {
    rows: Vec<Vec<String>>,
    caption: Option<String>,
}

#[derive(Default)]
struct Writer {
    out: String,
    /// The paragraph being written.
    inline: String,
    pending_space: bool,
    ctx: Vec<Ctx>,
    frames: Vec<Frame>,
    /// Incremented at each flush: inline positions from an earlier block are stale.
    block: usize,
    /// `<pre>` text being collected (raw).
    pre: Option<String>,
    /// Inline `<code>` depth: its text is not escaped.
    code: usize,
    /// Tables being collected (nested ones are flattened into the outer cell).
    tables: Vec<Table>,
    cell_depth: usize,
    content_seen: bool,
}

impl Writer {
    fn enter(
        &mut self,
        arena: &Arena,
        id: NodeId,
        root: NodeId,
        base: Option<&str>,
        title: Option<&str>,
    ) -> Walk {
        if let Some(text) = arena.text(id) {
            self.text(text);
            return Walk::Continue;
        }
        if !arena.is_element(id) {
            self.frames.push(Frame::Nothing);
            return Walk::Continue;
        }
        match policy::decide(arena, id, root, base, title, self.content_seen) {
            Action::Drop => {
                self.frames.push(Frame::Nothing);
                Walk::SkipChildren
            }
            Action::Unwrap => {
                self.frames.push(Frame::Nothing);
                Walk::Continue
            }
            Action::Keep(tag) => {
                let frame = self.open(arena, id, tag, base);
                self.frames.push(frame);
                if policy::is_void(tag) {
                    Walk::SkipChildren
                } else {
                    Walk::Continue
                }
            }
        }
    }

    fn open(&mut self, arena: &Arena, id: NodeId, tag: &'static str, base: Option<&str>) -> Frame {
        if self.pre.is_some() {
            // Inside `<pre>` only text counts; `<br>` is a newline.
            if tag == "br" {
                self.pre.get_or_insert_with(String::new).push('\n');
            }
            return Frame::Nothing;
        }
        match tag {
            "img" => {
                self.image(arena, id, base);
                Frame::Nothing
            }
            "br" => {
                self.line_break();
                Frame::Nothing
            }
            "hr" => {
                self.flush();
                if self.cell_depth == 0 {
                    self.emit_block(&["---"]);
                }
                Frame::Nothing
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.block_boundary();
                Frame::Heading(usize::from(tag.as_bytes()[1] - b'0'))
            }
            "pre" if self.cell_depth == 0 => {
                self.flush();
                self.pre = Some(String::new());
                Frame::Pre
            }
            "table" if self.tables.is_empty() => {
                self.flush();
                self.tables.push(Table::default());
                Frame::Table
            }
            "tr" if self.tables.len() == 1 && self.cell_depth == 0 => {
                if let Some(t) = self.tables.last_mut() {
                    t.rows.push(Vec::new());
                }
                Frame::Row
            }
            "td" | "th" if self.tables.len() == 1 && self.cell_depth == 0 => {
                self.inline.clear();
                self.pending_space = false;
                self.cell_depth = 1;
                Frame::Cell
            }
            "caption" if self.tables.len() == 1 && self.cell_depth == 0 => {
                self.inline.clear();
                self.cell_depth = 1;
                Frame::Caption
            }
            "blockquote" => self.push_ctx(Ctx::Quote),
            "ul" | "ol" => {
                let start = arena
                    .attr(id, "start")
                    .and_then(|s| s.trim().parse::<i64>().ok())
                    .unwrap_or(1);
                let depth = self
                    .ctx
                    .iter()
                    .filter(|c| matches!(c, Ctx::List { .. }))
                    .count()
                    + 1;
                self.push_ctx(Ctx::List {
                    ordered: tag == "ol",
                    next: start,
                    depth,
                    items: 0,
                })
            }
            "li" => {
                let item = self.new_item();
                self.push_ctx(item)
            }
            "em" | "i" | "cite" => self.inline_markup("*", "*", false),
            "strong" | "b" => self.inline_markup("**", "**", false),
            "dt" | "summary" => {
                // A term or summary is its own paragraph, in bold.
                self.block_boundary();
                self.inline_markup("**", "**", false)
            }
            "s" => self.inline_markup("~~", "~~", false),
            "code" | "kbd" | "samp" => self.inline_markup("`", "`", true),
            "q" => self.inline_markup("“", "”", false),
            "a" => match policy::link_href(arena, id, base) {
                Some(href) => {
                    self.flush_space();
                    Frame::Link {
                        href,
                        start: self.inline.len(),
                        block: self.block,
                    }
                }
                None => Frame::Nothing,
            },
            t if policy::is_block(t) => {
                self.block_boundary();
                Frame::Block { pops: false }
            }
            _ => Frame::Nothing,
        }
    }

    fn leave(&mut self) {
        let Some(frame) = self.frames.pop() else {
            return;
        };
        match frame {
            Frame::Nothing => {}
            Frame::Block { pops } => {
                self.block_boundary();
                if pops {
                    self.ctx.pop();
                }
            }
            Frame::Heading(level) => {
                let text = std::mem::take(&mut self.inline).replace("\\\n", " ");
                let text = text.trim();
                self.pending_space = false;
                if !text.is_empty() && self.cell_depth == 0 {
                    let heading = format!("{} {}", "#".repeat(level), text);
                    self.emit_block(&[heading.as_str()]);
                } else if !text.is_empty() {
                    self.inline = text.to_string();
                }
            }
            Frame::Inline {
                open,
                close,
                start,
                block,
                code,
            } => {
                if code {
                    self.code = self.code.saturating_sub(1);
                }
                // `**a**` right before `**b**` would read `**a****b**`: join them.
                let joins = !code
                    && open == close
                    && block == self.block
                    && self
                        .inline
                        .get(..start)
                        .is_some_and(|before| before.ends_with(open))
                    && self
                        .inline
                        .get(start..)
                        .is_some_and(|s| !s.starts_with(char::is_whitespace));
                if joins {
                    let inner = self.inline.split_off(start);
                    self.inline.truncate(start - open.len());
                    self.inline.push_str(&inner);
                    let new_start = self.inline.len() - inner.len();
                    self.wrap(new_start, block, |inner| format!("{inner}{close}"));
                    return;
                }
                self.wrap(start, block, |inner| {
                    if code {
                        code_span(inner)
                    } else {
                        format!("{open}{inner}{close}")
                    }
                });
            }
            Frame::Link { href, start, block } => {
                self.wrap(start, block, |inner| {
                    format!("[{inner}]({})", link_target(&href))
                });
            }
            Frame::Pre => self.finish_pre(),
            Frame::Table => self.finish_table(),
            Frame::Row => {}
            Frame::Cell | Frame::Caption => self.finish_cell(matches!(frame, Frame::Caption)),
        }
    }

    /// Ends the paragraph in progress (inside a table cell, a space).
    fn block_boundary(&mut self) {
        if self.cell_depth > 0 {
            self.pending_space = !self.inline.is_empty();
        } else {
            self.flush();
        }
    }

    fn push_ctx(&mut self, ctx: Ctx) -> Frame {
        self.block_boundary();
        if self.cell_depth > 0 {
            return Frame::Block { pops: false };
        }
        self.ctx.push(ctx);
        Frame::Block { pops: true }
    }

    /// The context of a new list item: its marker from the enclosing list.
    fn new_item(&mut self) -> Ctx {
        for c in self.ctx.iter_mut().rev() {
            if let Ctx::List {
                ordered,
                next,
                depth,
                items,
            } = c
            {
                let first = *items == 0;
                *items += 1;
                let marker = if *ordered {
                    format!("{next}. ")
                } else {
                    "- ".to_string()
                };
                *next = next.saturating_add(1);
                return Ctx::Item {
                    marker,
                    used: false,
                    first,
                    depth: *depth,
                };
            }
        }
        Ctx::Item {
            marker: "- ".to_string(),
            used: false,
            first: true,
            depth: 1,
        }
    }

    fn inline_markup(&mut self, open: &'static str, close: impl Into<String>, code: bool) -> Frame {
        self.flush_space();
        if code {
            self.code += 1;
        }
        Frame::Inline {
            open,
            close: close.into(),
            start: self.inline.len(),
            block: self.block,
            code,
        }
    }

    /// Replaces what was written since `start` by `make(trimmed)`, keeping
    /// surrounding white space outside the markup; nothing if it is empty.
    fn wrap(&mut self, start: usize, block: usize, make: impl FnOnce(&str) -> String) {
        if block != self.block || start > self.inline.len() || !self.inline.is_char_boundary(start)
        {
            return;
        }
        let inner = self.inline.split_off(start);
        let trimmed = inner.trim();
        if trimmed.is_empty() {
            self.inline.push_str(&inner);
            return;
        }
        let lead = &inner[..inner.len() - inner.trim_start().len()];
        self.inline.push_str(lead);
        self.inline.push_str(&make(trimmed));
        if inner.ends_with(char::is_whitespace) {
            self.pending_space = true;
        }
    }

    fn text(&mut self, text: &str) {
        if let Some(pre) = self.pre.as_mut() {
            pre.push_str(text);
            return;
        }
        if text.starts_with(char::is_whitespace) {
            self.pending_space = true;
        }
        let mut words = text.split(char::is_whitespace).peekable();
        while let Some(word) = words.next() {
            if !word.is_empty() {
                self.flush_space();
                if self.code > 0 {
                    self.inline.push_str(word);
                } else {
                    let line_start = self.inline.is_empty() || self.inline.ends_with('\n');
                    escape_into(&mut self.inline, &super::text::visible(word), line_start);
                }
                self.content_seen = true;
            }
            if words.peek().is_some() {
                self.pending_space = true;
            }
        }
    }

    fn flush_space(&mut self) {
        if self.pending_space && !self.inline.is_empty() && !self.inline.ends_with(['\n', ' ']) {
            self.inline.push(' ');
        }
        self.pending_space = false;
    }

    fn line_break(&mut self) {
        self.pending_space = false;
        if self.cell_depth > 0 {
            self.pending_space = true;
        } else if !self.inline.is_empty() && !self.inline.ends_with('\n') {
            self.inline.push_str("\\\n");
        }
    }

    fn image(&mut self, arena: &Arena, id: NodeId, base: Option<&str>) {
        let Some(img) = policy::image(arena, id, base) else {
            return;
        };
        self.flush_space();
        let alt = img.alt.unwrap_or_default().replace(['[', ']', '\\'], "");
        self.inline
            .push_str(&format!("![{alt}]({})", link_target(&img.src)));
        self.content_seen = true;
    }

    /// Writes the paragraph in progress as a block.
    fn flush(&mut self) {
        self.pending_space = false;
        let text = std::mem::take(&mut self.inline);
        let text = text.trim_end_matches(['\\', '\n', ' ']).trim_start();
        if text.is_empty() {
            return;
        }
        let lines: Vec<&str> = text.split('\n').collect();
        self.emit_block(&lines);
    }

    fn finish_pre(&mut self) {
        let code = self.pre.take().unwrap_or_default();
        let code = code.trim_matches('\n');
        if code.trim().is_empty() {
            return;
        }
        let longest = longest_run(code, '`');
        let fence = "`".repeat((longest + 1).max(3));
        let mut lines = vec![fence.as_str()];
        lines.extend(code.lines());
        lines.push(fence.as_str());
        self.emit_block(&lines);
        self.content_seen = true;
    }

    fn finish_cell(&mut self, caption: bool) {
        self.cell_depth = 0;
        self.pending_space = false;
        let text = std::mem::take(&mut self.inline);
        let cell = text
            .replace("\\\n", " ")
            .replace('\n', " ")
            .replace('|', "\\|")
            .trim()
            .to_string();
        if let Some(t) = self.tables.last_mut() {
            if caption {
                t.caption = Some(cell).filter(|c| !c.is_empty());
            } else {
                match t.rows.last_mut() {
                    Some(row) => row.push(cell),
                    None => t.rows.push(vec![cell]),
                }
            }
        }
    }

    fn finish_table(&mut self) {
        let Some(table) = self.tables.pop() else {
            return;
        };
        self.block += 1;
        if let Some(c) = table.caption {
            self.emit_block(&[c.as_str()]);
        }
        let rows: Vec<Vec<String>> = table
            .rows
            .into_iter()
            .filter(|r| r.iter().any(|c| !c.is_empty()))
            .collect();
        let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
        if cols == 0 {
            return;
        }
        let line = |row: &[String]| {
            let cells: Vec<&str> = (0..cols)
                .map(|i| row.get(i).map_or("", String::as_str))
                .collect();
            format!("| {} |", cells.join(" | "))
        };
        let mut lines = vec![line(&rows[0]), format!("|{}", " --- |".repeat(cols))];
        lines.extend(rows[1..].iter().map(|r| line(r)));
        let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
        self.emit_block(&lines);
    }

    /// Writes a block's lines, each with the prefix of the contexts it is
    /// in, after a blank line (a line break only for the first block of a
    /// list item that is not the first of its list).
    fn emit_block(&mut self, lines: &[&str]) {
        self.block += 1;
        let item = self.ctx.iter().rev().find_map(|c| match c {
            Ctx::Item {
                used: false,
                first,
                depth,
                ..
            } => Some((*first, *depth)),
            _ => None,
        });
        if !self.out.is_empty() {
            self.out.push('\n');
            let tight = matches!(item, Some((first, depth)) if !first || depth > 1);
            if !tight {
                let blank = self.blank_prefix();
                self.out.push_str(blank.trim_end());
                self.out.push('\n');
            }
        }
        // The first line may carry item markers; the rest share one prefix.
        let first_prefix = self.prefix();
        let rest_prefix = if lines.len() > 1 {
            self.prefix()
        } else {
            String::new()
        };
        for (i, line) in lines.iter().enumerate() {
            let prefix = if i == 0 { &first_prefix } else { &rest_prefix };
            if i > 0 {
                self.out.push('\n');
            }
            if line.is_empty() {
                self.out.push_str(prefix.trim_end());
            } else {
                self.out.push_str(prefix);
                self.out.push_str(line);
            }
        }
        self.content_seen = true;
    }

    /// The prefix of a blank line between blocks: the contexts already
    /// open, up to the first item whose marker is still to come.
    fn blank_prefix(&self) -> String {
        let mut p = String::new();
        for c in &self.ctx {
            match c {
                Ctx::Quote => p.push_str("> "),
                Ctx::Item { used: false, .. } => break,
                Ctx::Item { marker, .. } => p.push_str(&" ".repeat(marker.len())),
                Ctx::List { .. } => {}
            }
        }
        p
    }

    /// `> ` per quote, the item marker the first time, its width after.
    fn prefix(&mut self) -> String {
        let mut p = String::new();
        for c in self.ctx.iter_mut() {
            match c {
                Ctx::Quote => p.push_str("> "),
                Ctx::Item { marker, used, .. } => {
                    if *used {
                        p.push_str(&" ".repeat(marker.len()));
                    } else {
                        p.push_str(marker);
                        *used = true;
                    }
                }
                Ctx::List { .. } => {}
            }
        }
        p
    }
}

/// Plain text (a title, a quote) escaped for Markdown, white space collapsed.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, word) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        escape_into(&mut out, word, i == 0);
    }
    out
}

/// Escapes what Markdown would read as markup in a word of text: `\`, `` ` ``,
/// `*`, `[`, `]`, `<`, `_` at a word edge, and at the start of a line `#`,
/// `>`, `-`, `+`, `=` and `1.`-style list markers.
fn escape_into(out: &mut String, word: &str, line_start: bool) {
    // Fast path: nothing Markdown could read as markup.
    let special = |b: u8| matches!(b, b'\\' | b'`' | b'*' | b'[' | b']' | b'<' | b'_');
    let risky_start =
        line_start && (word.starts_with(['#', '>', '-', '+', '=']) || word.ends_with(['.', ')']));
    if !risky_start && !word.bytes().any(special) {
        out.push_str(word);
        return;
    }
    let chars: Vec<char> = word.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let first = i == 0 && line_start;
        let edge_underscore = c == '_'
            && (i == 0
                || i + 1 == chars.len()
                || !chars[i - 1].is_alphanumeric()
                || !chars[i + 1].is_alphanumeric());
        let starts_line = first && matches!(c, '#' | '>' | '-' | '+' | '=');
        let list_number = line_start
            && matches!(c, '.' | ')')
            && i > 0
            && chars[..i].iter().all(char::is_ascii_digit)
            && i + 1 == chars.len();
        if matches!(c, '\\' | '`' | '*' | '[' | ']' | '<')
            || edge_underscore
            || starts_line
            || list_number
        {
            out.push('\\');
        }
        out.push(c);
    }
}

/// A link or image target: spaces, parentheses and angle brackets encoded.
fn link_target(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            c => out.push(c),
        }
    }
    out
}

/// Inline code with a fence longer than any backtick run inside.
fn code_span(code: &str) -> String {
    let fence = "`".repeat(longest_run(code, '`') + 1);
    let pad = if code.starts_with('`') || code.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{code}{pad}{fence}")
}

fn longest_run(s: &str, ch: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for c in s.chars() {
        run = if c == ch { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::parse::parse_str;

    fn md(body: &str) -> String {
        let a = parse_str(body);
        to_markdown(
            &a,
            a.body(),
            Some("https://example.com/dir/"),
            Some("The Title"),
        )
    }

    #[test]
    fn soft_hyphens_leave_the_markdown() {
        assert_eq!(md("<p>In die&shy;sem Jahr</p>").trim(), "In diesem Jahr");
    }

    #[test]
    fn headings_paragraphs_and_emphasis() {
        assert_eq!(
            md(
                "<h1>The Title</h1><h2>Part  one</h2><p>Some <em>soft</em> and <strong>bold </strong>text.</p><p>Next<br>line</p>"
            ),
            "## Part one\n\nSome *soft* and **bold** text.\n\nNext\\\nline"
        );
        assert_eq!(
            md("<p><s>old</s> <code>a*b</code> <kbd>`x`</kbd></p>"),
            "~~old~~ `a*b` `` `x` ``"
        );
    }

    #[test]
    fn adjacent_emphasis_is_joined() {
        assert_eq!(
            md("<p><b>one</b><b>.</b> <em>a</em><em>b</em></p>"),
            "**one.** *ab*"
        );
        assert_eq!(md("<p><b>one</b> <b>two</b></p>"), "**one** **two**");
    }

    #[test]
    fn links_and_images_are_absolute() {
        assert_eq!(
            md(
                "<p>See <a href='page 2.html'>the (next) page</a> <img src='/i.png' alt='An [image]'></p>"
            ),
            "See [the (next) page](https://example.com/dir/page%202.html) ![An image](https://example.com/i.png)"
        );
        assert_eq!(
            md("<p><a href='javascript:x'>just text</a> <a href='/x'> </a></p>"),
            "just text"
        );
    }

    #[test]
    fn nested_lists_are_indented() {
        let out = md(
            "<ul><li>one<ul><li>sub a</li><li>sub b</li></ul></li><li>two</li></ul><ol start=3><li>c</li><li>d</li></ol>",
        );
        assert_eq!(out, "- one\n  - sub a\n  - sub b\n- two\n\n3. c\n4. d");
    }

    #[test]
    fn blockquotes_prefix_every_line() {
        let out = md("<blockquote><p>first</p><p>second<br>line</p></blockquote><p>after</p>");
        assert_eq!(out, "> first\n>\n> second\\\n> line\n\nafter");
    }

    #[test]
    fn pre_becomes_a_fenced_block() {
        let out = md("<p>Code:</p><pre><code>fn main() {\n    x  = 1;\n}</code></pre>");
        assert_eq!(out, "Code:\n\n```\nfn main() {\n    x  = 1;\n}\n```");
        assert_eq!(md("<pre>a ``` b</pre>"), "````\na ``` b\n````");
    }

    #[test]
    fn tables_use_gfm_with_pipes_escaped() {
        let out = md(
            "<table><caption>Cap</caption><tr><th>a</th><th>b|c</th></tr><tr><td><p>1</p><p>2</p></td><td>3</td></tr></table>",
        );
        assert_eq!(out, "Cap\n\n| a | b\\|c |\n| --- | --- |\n| 1 2 | 3 |");
    }

    #[test]
    fn text_that_looks_like_markup_is_escaped() {
        assert_eq!(
            md("<p># not a heading *nor* [a link] 1_2 _x_</p>"),
            "\\# not a heading \\*nor\\* \\[a link\\] 1_2 \\_x\\_"
        );
        assert_eq!(
            md("<p>- no list</p><p>2024. A year</p>"),
            "\\- no list\n\n2024\\. A year"
        );
    }

    #[test]
    fn hr_and_same_rules_as_html() {
        let out = md("<p>a</p><hr><p>b</p><script>x()</script><nav>Menu</nav><p onclick=x>c</p>");
        assert_eq!(out, "a\n\n---\n\nb\n\nc");
    }

    #[test]
    fn very_deep_input_renders_without_stack_overflow() {
        let mut a = Arena::new();
        let mut cur = crate::dom::DOCUMENT;
        for i in 0..100_000 {
            cur = a.append_element(cur, if i % 3 == 0 { "blockquote" } else { "div" }, vec![]);
        }
        a.append_text(cur, "deep");
        assert!(to_markdown(&a, crate::dom::DOCUMENT, None, None).ends_with("deep"));
    }
}
