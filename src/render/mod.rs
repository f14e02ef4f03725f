//! From the article subtree to what the fronts show and save.
//!
//! Input: the arena, the article root, the base URL, the title.
//! Output: sanitized HTML (`html`), plain text (`text`), Markdown (`markdown`).

pub mod text;

use crate::dom::{Arena, NodeId};

pub struct Rendered {
    pub html: String,
    pub text: String,
    pub markdown: String,
}

pub fn render(arena: &Arena, root: NodeId, _base: Option<&str>, _title: Option<&str>) -> Rendered {
    Rendered {
        html: String::new(),
        text: text::to_text(arena, root),
        markdown: String::new(),
    }
}

/// A complete, standalone HTML document for the article: title, metadata
/// line, the article, embedded CSS, no script.
pub fn standalone(article: &crate::Article) -> String {
    format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{}</title></head><body><article>{}</article></body></html>\n",
        article.title.as_deref().unwrap_or(""),
        article.content_html
    )
}
