//! Our own serializer for `Article::content_html`.
//!
//! Input: the arena, the article root, the base URL and the title.
//! Output: compact, readable HTML built only from the allowlist in
//! [`policy`]: kept elements with their allowlisted attributes (URLs made
//! absolute and checked), containers unwrapped, never-content dropped, text
//! and attributes escaped. No script, style, event handler or unsafe URL can
//! come through because nothing is copied that is not named in the list.
//!
//! Also: empty paragraphs and containers are dropped (an element that
//! produced no text and no image is cut back out of the output), a leading
//! `<h1>`/`<h2>` repeating the title is dropped, white space is collapsed
//! outside `<pre>`. The walk is iterative ([`Arena::walk`]).

use super::policy::{self, Action};
use crate::dom::{Arena, NodeId, Step, Walk};
use crate::wordset::WordSet;

/// Serializes the subtree at `root`. The root's own tag is kept only when it
/// is a content element itself (a lone `<p>` or `<table>`); a container root
/// is unwrapped.
pub fn to_html(arena: &Arena, root: NodeId, base: Option<&str>, title: Option<&str>) -> String {
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
    w.finish()
}

/// One open element: what was written for it and where.
struct Frame {
    /// The output tag, when one was written.
    tag: Option<&'static str>,
    /// Where its output starts (to cut it back out if it stays empty).
    start: usize,
    /// The content count when it opened.
    marks: usize,
}

#[derive(Default)]
struct Writer {
    out: String,
    stack: Vec<Frame>,
    /// White space seen but not yet written (it is written only between
    /// inline content).
    pending_space: bool,
    /// Nothing inline written since the last block boundary or `<br>`.
    line_start: bool,
    /// Depth of `<pre>`: white space is kept inside.
    pre: usize,
    /// Text runs and images written so far: an element whose count did not
    /// move is empty.
    marks: usize,
    /// Open `<table>` elements.
    open_tables: usize,
    /// Stack indices of the open `<p>` frames.
    open_p: Vec<usize>,
    /// Output positions of `<p` start tags to write as `<div` (ascending).
    demoted: Vec<usize>,
}

/// Containers whose children go on their own lines.
fn opens_line(tag: &str) -> bool {
    {
        static WORDS: WordSet = WordSet::new(
            "
            ul ol dl table thead tbody tfoot tr blockquote div figure details colgroup
        ",
        );
        WORDS.contains(tag)
    }
}

/// Table cells keep their place even when empty; everything else that ends
/// up empty is dropped.
fn kept_when_empty(tag: &str) -> bool {
    matches!(tag, "td" | "th" | "col" | "colgroup")
}

/// Parts of a table, which only mean something inside one.
fn is_table_part(tag: &str) -> bool {
    {
        static WORDS: WordSet = WordSet::new("tr td th thead tbody tfoot caption colgroup col");
        WORDS.contains(tag)
    }
}

/// Block elements that an HTML parser would not let sit inside a `<p>`
/// (their start tag closes it).
fn closes_paragraph(tag: &str) -> bool {
    {
        static WORDS: WordSet = WordSet::new(
            "
            p div blockquote details summary dl ul ol figure figcaption h1 h2 h3 h4 h5 h6 hr
            pre table
        ",
        );
        WORDS.contains(tag)
    }
}

impl Writer {
    /// A `<p>` still open when a block starts inside it (a container judged
    /// a paragraph whose inline child holds blocks) becomes a `<div>`, so
    /// the output parses back to the same tree. Its start tag is rewritten
    /// at the end ([`Writer::finish`]); each `<p>` is visited once at most.
    fn demote_open_paragraphs(&mut self) {
        for idx in std::mem::take(&mut self.open_p) {
            let Some(frame) = self.stack.get_mut(idx) else {
                continue;
            };
            if let Some(at) = self.out[frame.start..].find("<p").map(|i| frame.start + i) {
                self.demoted.push(at);
                frame.tag = Some("div");
            }
        }
    }

    /// The output with demoted `<p` start tags written as `<div`.
    fn finish(self) -> String {
        if self.demoted.is_empty() {
            return self.out.trim().to_string();
        }
        let mut out = String::with_capacity(self.out.len() + 2 * self.demoted.len());
        let mut from = 0;
        for &at in &self.demoted {
            out.push_str(&self.out[from..at]);
            out.push_str("<div");
            from = at + 2;
        }
        out.push_str(&self.out[from..]);
        out.trim().to_string()
    }

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
            // The document node: walk into it.
            self.stack.push(Frame {
                tag: None,
                start: self.out.len(),
                marks: self.marks,
            });
            return Walk::Continue;
        }
        let mut action = policy::decide(arena, id, root, base, title, self.marks > 0);
        // Rows and cells outside a table would vanish when parsed: keep their content only.
        if let Action::Keep(tag) = action
            && is_table_part(tag)
            && self.open_tables == 0
        {
            action = Action::Unwrap;
        }
        if let Action::Keep(tag) = action
            && closes_paragraph(tag)
        {
            self.demote_open_paragraphs();
        }
        let start = self.out.len();
        let frame = |tag| Frame {
            tag,
            start,
            marks: self.marks,
        };
        match action {
            Action::Drop => {
                self.stack.push(frame(None));
                Walk::SkipChildren
            }
            Action::Unwrap => {
                self.stack.push(frame(None));
                Walk::Continue
            }
            Action::Keep(tag) if policy::is_void(tag) => {
                self.stack.push(frame(None));
                self.void(arena, id, tag, base);
                Walk::SkipChildren
            }
            Action::Keep(tag) => {
                if tag == "p" {
                    self.open_p.push(self.stack.len());
                }
                if tag == "table" {
                    self.open_tables += 1;
                }
                self.stack.push(frame(Some(tag)));
                self.open(arena, id, tag, base);
                Walk::Continue
            }
        }
    }

    fn leave(&mut self) {
        let Some(frame) = self.stack.pop() else {
            return;
        };
        if self.open_p.last() == Some(&self.stack.len()) {
            self.open_p.pop();
        }
        let Some(tag) = frame.tag else {
            return;
        };
        if tag == "pre" {
            self.pre = self.pre.saturating_sub(1);
        }
        if tag == "table" {
            self.open_tables = self.open_tables.saturating_sub(1);
        }
        if self.marks == frame.marks && !kept_when_empty(tag) {
            self.out.truncate(frame.start);
            while self.demoted.last().is_some_and(|&at| at >= frame.start) {
                self.demoted.pop();
            }
            return;
        }
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        if policy::is_block(tag) {
            self.block_boundary();
        }
    }

    /// Ends a line after a block and forgets pending white space.
    fn block_boundary(&mut self) {
        if self.pre == 0 && !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
        self.pending_space = false;
        self.line_start = true;
    }

    fn open(&mut self, arena: &Arena, id: NodeId, tag: &'static str, base: Option<&str>) {
        if policy::is_block(tag) {
            self.block_boundary();
        } else {
            self.flush_space();
        }
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attributes(arena, id, tag, base) {
            push_attr(&mut self.out, name, &value);
        }
        self.out.push('>');
        if tag == "pre" {
            self.pre += 1;
        }
        if opens_line(tag) && self.pre == 0 {
            self.out.push('\n');
        }
    }

    fn void(&mut self, arena: &Arena, id: NodeId, tag: &'static str, base: Option<&str>) {
        match tag {
            "img" => {
                let Some(img) = policy::image(arena, id, base) else {
                    return;
                };
                self.flush_space();
                self.out.push_str("<img");
                push_attr(&mut self.out, "src", &img.src);
                let optional = [
                    ("srcset", img.srcset),
                    ("alt", img.alt.or(Some(String::new()))),
                    ("title", img.title),
                    ("width", img.width),
                    ("height", img.height),
                ];
                for (name, value) in optional {
                    if let Some(v) = value {
                        push_attr(&mut self.out, name, &v);
                    }
                }
                self.out.push('>');
                self.marks += 1;
                self.line_start = false;
            }
            "br" => {
                self.out.push_str("<br>");
                self.pending_space = false;
                self.line_start = true;
            }
            "hr" => {
                self.block_boundary();
                self.out.push_str("<hr>");
                self.marks += 1;
                self.block_boundary();
            }
            other => {
                self.out.push('<');
                self.out.push_str(other);
                self.out.push('>');
            }
        }
    }

    fn text(&mut self, text: &str) {
        if self.pre > 0 {
            escape_into(&mut self.out, text, false);
            if !text.is_empty() {
                self.marks += 1;
            }
            return;
        }
        let mut words = text.split(char::is_whitespace).peekable();
        if text.starts_with(char::is_whitespace) {
            self.pending_space = true;
        }
        let mut wrote = false;
        while let Some(word) = words.next() {
            if !word.is_empty() {
                self.flush_space();
                escape_into(&mut self.out, word, false);
                self.line_start = false;
                wrote = true;
            }
            if words.peek().is_some() {
                self.pending_space = true;
            }
        }
        if wrote {
            self.marks += 1;
        }
    }

    fn flush_space(&mut self) {
        if self.pending_space && !self.line_start {
            self.out.push(' ');
        }
        self.pending_space = false;
    }
}

/// The allowlisted attributes of a kept element, cleaned.
fn attributes(
    arena: &Arena,
    id: NodeId,
    tag: &str,
    base: Option<&str>,
) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let attr = |name: &str| {
        arena
            .attr(id, name)
            .map(str::trim)
            .filter(|v| !v.is_empty())
    };
    let integer = |name: &str| {
        attr(name)
            .filter(|v| {
                v.len() <= 6
                    && v.trim_start_matches('-')
                        .bytes()
                        .all(|b| b.is_ascii_digit())
                    && v != &"-"
            })
            .map(str::to_string)
    };
    match tag {
        "a" => {
            out.extend(policy::link_href(arena, id, base).map(|h| ("href", h)));
            out.extend(attr("title").map(|t| ("title", t.to_string())));
        }
        "td" | "th" => {
            out.extend(
                integer("colspan")
                    .filter(|v| !v.starts_with('-'))
                    .map(|v| ("colspan", v)),
            );
            out.extend(
                integer("rowspan")
                    .filter(|v| !v.starts_with('-'))
                    .map(|v| ("rowspan", v)),
            );
            let scope = attr("scope").map(str::to_ascii_lowercase);
            out.extend(
                scope
                    .filter(|s| matches!(s.as_str(), "row" | "col" | "rowgroup" | "colgroup"))
                    .map(|s| ("scope", s)),
            );
        }
        "time" => out.extend(
            attr("datetime")
                .filter(|d| d.len() <= 64)
                .map(|d| ("datetime", d.to_string())),
        ),
        "abbr" => out.extend(attr("title").map(|t| ("title", t.to_string()))),
        "ol" => {
            out.extend(integer("start").map(|v| ("start", v)));
            if arena.attr(id, "reversed").is_some() {
                out.push(("reversed", String::new()));
            }
        }
        "li" => out.extend(integer("value").map(|v| ("value", v))),
        _ => {}
    }
    out.extend(policy::global_attrs(arena, id));
    out
}

/// ` name="value"` (a boolean attribute when the value is empty and the
/// name is `reversed`).
fn push_attr(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    if value.is_empty() && name == "reversed" {
        return;
    }
    out.push_str("=\"");
    escape_into(out, value, true);
    out.push('"');
}

/// Escapes `&`, `<`, `>` (and `"` in attributes).
pub fn escape_into(out: &mut String, s: &str, attribute: bool) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\u{a0}' => out.push_str("&nbsp;"),
            c => out.push(c),
        }
    }
}

/// `s` escaped for text or an attribute value.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s, true);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::parse::parse_str;

    fn html(body: &str) -> String {
        let a = parse_str(body);
        to_html(
            &a,
            a.body(),
            Some("https://example.com/dir/page.html"),
            Some("The Title"),
        )
    }

    #[test]
    fn keeps_content_and_collapses_space() {
        assert_eq!(
            html("<p>One  <b>two</b>\n three</p>"),
            "<p>One <b>two</b> three</p>"
        );
        assert_eq!(html("<div><p>a</p><p>b</p></div>"), "<p>a</p>\n<p>b</p>");
        assert_eq!(
            html("<ul><li>a<li>b</ul>"),
            "<ul>\n<li>a</li>\n<li>b</li>\n</ul>"
        );
        assert_eq!(
            html("<pre>x  y\n <code>z</code></pre>"),
            "<pre>x  y\n <code>z</code></pre>"
        );
    }

    #[test]
    fn sanitizes_what_could_run() {
        let out = html(concat!(
            "<p onclick='steal()' style='color:red' class=x id=y>Hi <a href='javascript:alert(1)' onmouseover=x>click</a>",
            "<script>alert(2)</script> <a href='data:text/html,<b>x</b>'>data</a> <a href=' JAVA\nSCRIPT:z'>obf</a></p>",
            "<iframe src='https://evil.example/'></iframe><form><input value=x><button>Go</button></form>",
            "<p><img src=x.jpg onerror=alert(3)><svg><script>alert(4)</script></svg><style>p{}</style></p>",
            "<p><a href='vbscript:x'>vb</a> <object data=x>obj</object></p>"
        ));
        for bad in [
            "onclick",
            "onmouseover",
            "onerror",
            "javascript",
            "JAVA",
            "script",
            "alert",
            "style",
            "iframe",
            "evil",
            "data:",
            "form",
            "input",
            "button",
            "svg",
            "vbscript",
            "object",
            "class=",
            "id=",
        ] {
            assert!(
                !out.to_lowercase().contains(&bad.to_lowercase()),
                "{bad} in {out}"
            );
        }
        assert!(out.contains("Hi click"), "{out}");
        assert!(
            out.contains(r#"<img src="https://example.com/dir/x.jpg" alt="">"#),
            "{out}"
        );
    }

    #[test]
    fn escapes_text_and_attributes() {
        let out = html(
            r#"<p>a &lt;b&gt; &amp; "q"</p><p><a href='/x?a=1&amp;b=2' title='t"<'>l</a><a href='/y"z'>q</a></p>"#,
        );
        assert!(out.contains("<p>a &lt;b&gt; &amp; \"q\"</p>"), "{out}");
        assert!(
            out.contains(r#"href="https://example.com/x?a=1&amp;b=2""#),
            "{out}"
        );
        // A quote is never part of a URL: that link loses its href.
        assert!(out.contains("</a>q</p>"), "{out}");
        assert!(out.contains(r#"title="t&quot;&lt;""#), "{out}");
    }

    #[test]
    fn allowlisted_attributes_only() {
        let out = html(
            "<table><tr><td colspan=2 rowspan=x scope=ROW width=5>c</td></tr></table><ol start=3 reversed type=a><li value=7>x</li></ol><p lang=fr dir=rtl data-x=1>y</p><time datetime='2024-01-01' class=t>d</time>",
        );
        assert!(
            out.contains(r#"<td colspan="2" scope="row">c</td>"#),
            "{out}"
        );
        assert!(out.contains(r#"<ol start="3" reversed>"#), "{out}");
        assert!(out.contains(r#"<li value="7">x</li>"#), "{out}");
        assert!(out.contains(r#"<p lang="fr" dir="rtl">y</p>"#), "{out}");
        assert!(
            out.contains(r#"<time datetime="2024-01-01">d</time>"#),
            "{out}"
        );
    }

    #[test]
    fn unwraps_containers_and_maps_sections() {
        assert_eq!(
            html("<section><font color=red>x</font></section>"),
            "<p>x</p>"
        );
        assert_eq!(
            html("<article><div><div><p>a</p></div></div>tail <b>b</b><div>c</div></article>"),
            "<div>\n<p>a</p>\ntail <b>b</b>\n<p>c</p>\n</div>"
        );
        assert_eq!(
            html("<ul><li><div>item</div></li></ul>"),
            "<ul>\n<li>item</li>\n</ul>"
        );
        assert_eq!(
            html("<p><span>a</span> <span lang=de>b</span></p>"),
            r#"<p>a <span lang="de">b</span></p>"#
        );
        assert_eq!(
            html("<p><strike>old</strike> <tt>mono</tt></p>"),
            "<p><s>old</s> <code>mono</code></p>"
        );
        assert_eq!(
            html("<nav><a href=/>Home</a></nav><aside>Related</aside><p>Body</p>"),
            "<p>Body</p>"
        );
    }

    #[test]
    fn drops_empty_blocks_and_the_title_heading() {
        assert_eq!(
            html("<h1>The  title</h1><p> </p><div><p><br></p></div><p>Text</p><p></p>"),
            "<p>Text</p>"
        );
        assert_eq!(
            html("<p>Text</p><h2>The Title</h2>"),
            "<p>Text</p>\n<h2>The Title</h2>"
        );
        assert_eq!(html("<h1>Another heading</h1>"), "<h1>Another heading</h1>");
    }

    #[test]
    fn images_lazy_fallbacks_and_media() {
        let out = html(
            "<p><img src='data:image/gif;base64,R0l'><noscript><img src='/real.jpg' alt='Real'></noscript></p>",
        );
        assert_eq!(
            out,
            r#"<p><img src="https://example.com/real.jpg" alt="Real"></p>"#
        );
        let out = html("<p><img src='/a.jpg'><noscript><img src='/a.jpg'></noscript></p>");
        assert_eq!(out.matches("<img").count(), 1, "{out}");
        let out = html(
            "<figure><picture><source srcset='/a.webp'><img src='/a.jpg' alt=A></picture><figcaption>Cap</figcaption></figure>",
        );
        assert_eq!(
            out,
            "<figure>\n<img src=\"https://example.com/a.jpg\" alt=\"A\">\n<figcaption>Cap</figcaption>\n</figure>"
        );
        assert_eq!(
            html(
                "<p><img alt='no source'></p><video src=v.mp4>fallback</video><audio src=a.mp3></audio>"
            ),
            ""
        );
        let out = html("<video poster='/p.jpg' title='Clip'><source src=v.mp4></video>");
        assert_eq!(out, r#"<img src="https://example.com/p.jpg" alt="Clip">"#);
    }

    #[test]
    fn paragraphs_never_hold_blocks() {
        assert_eq!(
            html("<div><span><p>a</p></span></div><p>b</p>"),
            "<div>\n<p>a</p>\n</div>\n<p>b</p>"
        );
        let out = html("<section><div><a href=/x><h3>Head</h3><p>text</p></a></div></section>");
        assert_eq!(
            out,
            "<div><a href=\"https://example.com/x\">\n<h3>Head</h3>\n<p>text</p>\n</a></div>"
        );
    }

    #[test]
    fn media_boxes_are_unwrapped() {
        let out = html(
            "<figure><div><div><img src='/a.jpg' alt=A></div></div><figcaption>C</figcaption></figure>",
        );
        assert_eq!(
            out,
            "<figure>\n<img src=\"https://example.com/a.jpg\" alt=\"A\">\n<figcaption>C</figcaption>\n</figure>"
        );
    }

    #[test]
    fn table_parts_need_a_table() {
        let a = parse_str("<table><tr id=r><td><p>cell text</p></td><td>2</td></tr></table>");
        let tr = a.descendants(0).find(|&d| a.tag(d) == "tr").unwrap();
        assert_eq!(to_html(&a, tr, None, None), "<p>cell text</p>\n2");
    }

    #[test]
    fn lone_content_root_keeps_its_tag() {
        let a = parse_str("<p id=x>Only <em>this</em></p>");
        let p = a.descendants(0).find(|&d| a.tag(d) == "p").unwrap();
        assert_eq!(to_html(&a, p, None, None), "<p>Only <em>this</em></p>");
    }

    #[test]
    fn relative_links_without_base_stay_relative() {
        let a = parse_str("<p><a href='/x'>x</a><img src='i.png'></p>");
        assert_eq!(
            to_html(&a, a.body(), None, None),
            r#"<p><a href="/x">x</a><img src="i.png" alt=""></p>"#
        );
    }

    #[test]
    fn very_deep_input_renders_without_stack_overflow() {
        let mut a = Arena::new();
        let mut cur = crate::dom::DOCUMENT;
        for i in 0..100_000 {
            cur = a.append_element(cur, if i % 2 == 0 { "div" } else { "span" }, vec![]);
        }
        a.append_text(cur, "deep");
        let out = to_html(&a, crate::dom::DOCUMENT, None, None);
        assert!(out.contains("deep"));
    }
}
