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
