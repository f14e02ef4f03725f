//! Declutter: finds the article in a web page and strips the clutter around it.
//!
//! One pipeline, two ways in (see `DESIGN.md`):
//!
//! ```text
//! HTML bytes --dom::parse--> dom::Arena <--dom::live (wasm, live page)
//!                               |
//!   clutter  -> which subtrees are promos, teasers, CTAs, ads, rails, nav
//!   extract  -> which subtree is the article; what inside it is clutter
//!   metadata -> title, byline, site, date, lang, dir, lead image, excerpt
//!   render   -> sanitized article HTML, plain text, Markdown
//!   quotes   -> quoted spans and their speakers
//!   summary  -> key sentences, word count, reading time
//!                               |
//!                            Article (serde)
//! ```
//!
//! [`clean_html`] is the entry for HTML text; [`clean_arena`] runs the same
//! pipeline on an arena built any other way and also returns the node ids of
//! the clutter it found, so a live page can remove (and restore) those nodes.

pub mod clutter;
pub mod dom;
pub mod extract;
pub mod metadata;
pub mod quotes;
pub mod render;
pub mod summary;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
pub mod wordset;

use serde::{Deserialize, Serialize};

pub use clutter::Kind;
pub use dom::{Arena, NodeId};

/// What every front shows or saves. The field set is the contract between
/// the core, the CLI's `--format json`, the wasm API and the extension.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Article {
    pub url: Option<String>,
    pub title: Option<String>,
    pub byline: Option<String>,
    pub site_name: Option<String>,
    /// ISO 8601 (`2024-11-27` or `2024-11-27T10:00:00Z`).
    pub published: Option<String>,
    pub lang: Option<String>,
    /// `ltr` or `rtl`.
    pub dir: Option<String>,
    pub excerpt: Option<String>,
    pub lead_image: Option<String>,
    /// Sanitized article HTML, written by `render::html` from an allowlist.
    pub content_html: String,
    /// Plain text: one block per paragraph, blocks separated by a blank line.
    pub text: String,
    pub markdown: String,
    pub word_count: usize,
    pub reading_minutes: u32,
    /// Key points: 3 to 5 sentences of the article, in article order.
    pub summary: Vec<String>,
    pub quotes: Vec<Quote>,
    pub removed: Vec<Removed>,
    /// Whether the page looks like an article at all.
    pub readerable: bool,
}

/// A direct quotation found in the article text.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Quote {
    /// The quoted words, without the quote marks.
    pub text: String,
    /// The fullest name the article gives for who said it, if it says.
    pub speaker: Option<String>,
    /// The reporting verb ("said", "according to", ...), if any.
    pub cue: Option<String>,
    /// Index of the paragraph (block of `Article::text`) it sits in.
    pub paragraph: usize,
    /// Byte offsets of the quoted words in `Article::text`.
    pub start: usize,
    pub end: usize,
    /// A short scare-quoted fragment (one to three words inside a sentence).
    pub fragment: bool,
}

/// One piece of clutter taken out of the page.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Removed {
    pub kind: Kind,
    /// The first words of its text, for "what was removed".
    pub excerpt: String,
}

/// How to run the pipeline.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The page's address: makes relative links absolute and fills `Article::url`.
    pub url: Option<String>,
    /// A charset hint (as an HTTP `Content-Type` would give), used when the
    /// bytes carry no BOM.
    pub charset: Option<String>,
}

/// Why a page could not be cleaned. Each is a one-line message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// Nothing to parse.
    Empty,
    /// The bytes are not a web page (an image, an archive, binary junk).
    NotHtml(&'static str),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Empty => write!(f, "the input is empty"),
            Error::NotHtml(what) => write!(f, "the input is not an HTML page ({what})"),
        }
    }
}

impl std::error::Error for Error {}

/// The result of the pipeline on an arena: the article, and the clutter
/// found in the whole page as arena node ids (each the root of a subtree to
/// remove), for in-place cleaning.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub article: Article,
    pub removals: Vec<(NodeId, Kind)>,
}

/// Turns a page's HTML bytes (any encoding) into an [`Article`].
pub fn clean_html(bytes: &[u8], options: &Options) -> Result<Article, Error> {
    let arena = dom::parse::parse_bytes(bytes, options.charset.as_deref())?;
    Ok(clean_arena(arena, options).article)
}

/// Turns a page's HTML text (already decoded, e.g. a JavaScript string)
/// into an [`Article`].
pub fn clean_text(html: &str, options: &Options) -> Result<Article, Error> {
    let arena = dom::parse::parse_text(html)?;
    Ok(clean_arena(arena, options).article)
}

/// Runs the pipeline on an arena, however it was built.
pub fn clean_arena(mut arena: Arena, options: &Options) -> Outcome {
    let meta = metadata::extract(&arena, options.url.as_deref());
    let base = meta.base_url.clone();
    let page_clutter = clutter::detect(&arena);
    let removals: Vec<(NodeId, Kind)> = page_clutter
        .iter()
        .filter(|(_, kind)| kind.removed_in_place())
        .copied()
        .collect();
    let found = extract::extract(&mut arena, &page_clutter, &meta);
    let rendered = render::render(&arena, found.root, base.as_deref(), meta.title.as_deref());
    let mut article = Article {
        url: meta.url.clone(),
        title: meta.title.clone(),
        byline: meta.byline.clone(),
        site_name: meta.site_name.clone(),
        published: meta.published.clone(),
        lang: meta.lang.clone(),
        dir: meta.dir.clone(),
        excerpt: meta.excerpt.clone(),
        lead_image: meta.lead_image.clone(),
        content_html: rendered.html,
        text: rendered.text,
        markdown: rendered.markdown,
        readerable: found.readerable,
        ..Article::default()
    };
    if article.excerpt.is_none() {
        article.excerpt = summary::first_sentences(&article.text, 2);
    }
    article.word_count = summary::word_count(&article.text);
    article.reading_minutes = summary::reading_minutes(&article.text);
    article.summary = summary::key_points(&article.text, article.title.as_deref());
    article.quotes = quotes::find_quotes(&article.text);
    article.removed = found
        .removed
        .iter()
        .map(|&(node, kind)| Removed {
            kind,
            excerpt: dom::excerpt(&arena, node, 12),
        })
        .collect();
    Outcome { article, removals }
}
