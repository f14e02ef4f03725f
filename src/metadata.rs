//! Page metadata: title, byline, site name, date, language, direction,
//! lead image and excerpt.
//!
//! Input: the parsed arena (before extraction) and the page URL if known.
//! Output: [`Metadata`], read from JSON-LD, OpenGraph, meta tags and the page.

use crate::dom::Arena;

#[derive(Debug, Clone, Default)]
pub struct Metadata {
    pub url: Option<String>,
    /// What relative links resolve against: `<base href>`, else the URL.
    pub base_url: Option<String>,
    pub title: Option<String>,
    pub byline: Option<String>,
    pub site_name: Option<String>,
    pub published: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    pub excerpt: Option<String>,
    pub lead_image: Option<String>,
    /// JSON-LD `articleBody`, a cross-check for the extractor.
    pub json_ld_body: Option<String>,
}

pub fn extract(arena: &Arena, url: Option<&str>) -> Metadata {
    let title = arena
        .find_tag(crate::dom::DOCUMENT, "title")
        .map(|t| crate::dom::normalize_space(&arena.text_content(t)))
        .filter(|t| !t.is_empty());
    Metadata {
        url: url.map(str::to_string),
        base_url: url.map(str::to_string),
        title,
        ..Metadata::default()
    }
}
