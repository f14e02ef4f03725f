//! Plain text of the article: one block per paragraph, heading, list item,
//! table row or preformatted run, blocks separated by a blank line.
//!
//! Input: the arena and the article root. Output: the text. White space
//! inside a block is collapsed (but kept in `<pre>`); `<br>` is a line break.

use std::borrow::Cow;

use crate::dom::{Arena, NodeId, Step, Walk};
use crate::wordset::WordSet;

/// Elements that start and end a block of text.
pub fn is_block(tag: &str) -> bool {
    BLOCKS.contains(tag)
}

static BLOCKS: WordSet = WordSet::new(concat!(
    "p div section article main aside header footer nav h1 h2 h3 h4 h5 h6 ul ol li dl dt dd ",
    "blockquote pre figure figcaption table thead tbody tfoot tr caption hr address details ",
    "summary form fieldset center body html dc-noscript picture video audio iframe hgroup ",
));

/// Captions and credits: shown in the article HTML beside their image, but
/// not part of the running text (nor of quotes and key points).
fn is_caption(arena: &Arena, id: NodeId) -> bool {
    arena.tag(id) == "figcaption"
        || [arena.attr(id, "class"), arena.attr(id, "id")]
            .into_iter()
            .flatten()
            .any(|v| {
                crate::clutter::tokens(v).any(|t| {
                    matches!(
                        t.as_str(),
                        "caption" | "credit" | "credits" | "wp-caption-text"
                    )
                })
            })
}

/// Elements whose text is never part of the article text.
fn is_silent(tag: &str) -> bool {
    {
        static WORDS: WordSet = WordSet::new(
            "
            script style head title button select textarea svg math input dc-noscript
        ",
        );
        WORDS.contains(tag)
    }
}

pub fn to_text(arena: &Arena, root: NodeId) -> String {
    let mut out = TextBuilder::default();
    let mut pre_depth = 0usize;
    arena.walk(root, |step| match step {
        Step::Enter(id) => {
            if let Some(t) = arena.text(id) {
                if pre_depth > 0 {
                    out.push_raw(t);
                } else {
                    out.push_inline(t);
                }
                return Walk::Continue;
            }
            let tag = arena.tag(id);
            if is_silent(tag) || is_caption(arena, id) {
                return Walk::SkipChildren;
            }
            match tag {
                "br" => out.line_break(),
                "td" | "th" => out.push_inline(" "),
                "pre" => pre_depth += 1,
                _ => {}
            }
            if is_block(tag) {
                out.end_block();
            }
            Walk::Continue
        }
        Step::Leave(id) => {
            let tag = arena.tag(id);
            if tag == "pre" {
                pre_depth -= 1;
            }
            if is_block(tag) {
                out.end_block();
            }
            Walk::Continue
        }
    });
    out.finish()
}

/// A soft hyphen (U+00AD) only marks where a browser may break a word
/// (wehranlage-horka.de writes `die­sem`); in plain text it would split searches and names.
const SOFT_HYPHEN: char = '\u{ad}';

/// `word` without its soft hyphens (borrowed when it has none, as almost every word).
pub fn visible(word: &str) -> Cow<'_, str> {
    if word.contains(SOFT_HYPHEN) {
        Cow::Owned(word.replace(SOFT_HYPHEN, ""))
    } else {
        Cow::Borrowed(word)
    }
}

/// Accumulates blocks; collapses white space the way a browser renders it.
#[derive(Default)]
struct TextBuilder {
    blocks: Vec<String>,
    current: String,
    pending_space: bool,
}

impl TextBuilder {
    fn push_inline(&mut self, text: &str) {
        for (i, word) in text.split(|c: char| c.is_whitespace()).enumerate() {
            if i > 0 {
                self.pending_space = true;
            }
            if word.is_empty() {
                continue;
            }
            if self.pending_space && !self.current.is_empty() && !self.current.ends_with('\n') {
                self.current.push(' ');
            }
            self.pending_space = false;
            self.current.push_str(&visible(word));
        }
    }

    fn push_raw(&mut self, text: &str) {
        self.current.push_str(text);
        self.pending_space = false;
    }

    fn line_break(&mut self) {
        if !self.current.is_empty() {
            self.current.push('\n');
        }
        self.pending_space = false;
    }

    fn end_block(&mut self) {
        let block = self.current.trim_end().trim_start_matches('\n');
        if !block.trim().is_empty() {
            self.blocks.push(block.to_string());
        }
        self.current.clear();
        self.pending_space = false;
    }

    fn finish(mut self) -> String {
        self.end_block();
        self.blocks.join("\n\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::parse::parse_str;

    fn text(html: &str) -> String {
        let a = parse_str(html);
        to_text(&a, a.body())
    }

    #[test]
    fn soft_hyphens_leave_the_text() {
        assert_eq!(
            text("<p>In die\u{ad}sem Jahr, Wehr&shy;an&shy;lage</p>"),
            "In diesem Jahr, Wehranlage"
        );
    }

    #[test]
    fn blocks_are_separated_by_blank_lines() {
        assert_eq!(
            text("<h1>Title</h1><p>One  <b>two</b>\n three</p><ul><li>a</li><li>b</li></ul>"),
            "Title\n\nOne two three\n\na\n\nb"
        );
    }

    #[test]
    fn br_breaks_lines_and_pre_keeps_space() {
        assert_eq!(text("<p>a<br>b</p><pre>x  y\n z</pre>"), "a\nb\n\nx  y\n z");
    }

    #[test]
    fn words_in_cells_do_not_glue() {
        assert_eq!(text("<table><tr><td>a</td><td>b</td></tr></table>"), "a b");
    }
}
