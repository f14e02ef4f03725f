//! From the article subtree to what the fronts show and save.
//!
//! Input: the arena, the article root, the base URL, the title.
//! Output: sanitized HTML (`html`), plain text (`text`), Markdown (`markdown`);
//! and, from a finished `Article`, whole documents for saving.
//!
//! Files: `policy` (the allowlist both HTML and Markdown follow), `html`,
//! `markdown`, `text` (block-aware plain text), `url` (RFC 3986 resolver),
//! `document` (standalone HTML page, Markdown with front matter).

pub mod document;
pub mod html;
pub mod markdown;
pub mod policy;
pub mod text;
pub mod url;

pub use document::{markdown_document, standalone};

use crate::dom::{Arena, NodeId};

pub struct Rendered {
    pub html: String,
    pub text: String,
    pub markdown: String,
}

/// Renders the article subtree three ways; `base` makes URLs absolute,
/// `title` lets a leading heading that repeats it be dropped.
pub fn render(arena: &Arena, root: NodeId, base: Option<&str>, title: Option<&str>) -> Rendered {
    Rendered {
        html: html::to_html(arena, root, base, title),
        text: text::to_text(arena, root),
        markdown: markdown::to_markdown(arena, root, base, title),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::parse::parse_str;

    #[test]
    fn render_fills_all_three_outputs() {
        let a = parse_str("<h1>Title</h1><p>Hello <a href='/w'>world</a><script>x()</script></p>");
        let r = render(&a, a.body(), Some("https://example.com/"), Some("Title"));
        assert_eq!(
            r.html,
            r#"<p>Hello <a href="https://example.com/w">world</a></p>"#
        );
        assert_eq!(r.markdown, "Hello [world](https://example.com/w)");
        assert!(r.text.contains("Hello world"));
    }

    #[test]
    fn render_survives_a_100000_deep_page() {
        let mut a = Arena::new();
        let mut cur = crate::dom::DOCUMENT;
        let tags = [
            "div",
            "blockquote",
            "ul",
            "li",
            "span",
            "a",
            "table",
            "td",
            "p",
            "em",
        ];
        for i in 0..100_000 {
            let attrs = vec![("href".to_string(), "/x".to_string())];
            cur = a.append_element(cur, tags[i % tags.len()], attrs);
        }
        a.append_text(cur, "bottom");
        let r = render(&a, crate::dom::DOCUMENT, Some("https://example.com/"), None);
        assert!(r.html.contains("bottom"));
        assert!(r.markdown.contains("bottom"));
        assert!(r.text.contains("bottom"));
    }
}
