//! What the article may show: the allowlist shared by the HTML serializer and
//! the Markdown writer, so both outputs keep and drop the same things.
//!
//! Input: one element of the article subtree (plus the base URL and title).
//! Output: an [`Action`] for it, and its cleaned link or image, with URLs
//! made absolute and unsafe schemes refused.
//!
//! Decisions (one line each):
//! - allowlisted content elements are kept (a few renamed: `strike`/`del` →
//!   `s`, `tt` → `code`); generic containers (`div`, `section`, `article`,
//!   ...) become a `p`, a `div` or nothing depending on their children;
//! - mere containers (`font`, `picture`, unknown tags, `span` without `lang`/`dir`) are unwrapped;
//! - never-content elements are dropped with their subtree: scripts, styles,
//!   forms and their controls, embedded frames and plugins, `svg`, `math`
//!   (no safe allowlist for them), `canvas`, `nav` and `aside` (navigation
//!   and sidebars; a pull quote set in an `aside` is lost, which we accept),
//!   `audio`, and `video` without a poster (a poster becomes an image);
//! - `<dc-noscript>` (a lazy image's fallback) shows its image only when no
//!   real image stands just before it, and then replaces the blurred preview
//!   in the same media box;
//! - images without a usable source are dropped; links with an unsafe or no
//!   `href` are unwrapped (their text stays).

use crate::dom::{Arena, NodeId, normalize_space};
use crate::render::url;
use crate::wordset::WordSet;

/// What to do with one element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Keep, under this (allowlisted) name.
    Keep(&'static str),
    /// Drop the tag, keep the children.
    Unwrap,
    /// Drop the element and everything in it.
    Drop,
}

/// The allowlisted elements, by their output name (`None` if not listed).
fn kept_name(tag: &str) -> Option<&'static str> {
    Some(match tag {
        "p" => "p",
        "h1" => "h1",
        "h2" => "h2",
        "h3" => "h3",
        "h4" => "h4",
        "h5" => "h5",
        "h6" => "h6",
        "ul" => "ul",
        "ol" => "ol",
        "li" => "li",
        "dl" => "dl",
        "dt" => "dt",
        "dd" => "dd",
        "blockquote" => "blockquote",
        "q" => "q",
        "pre" => "pre",
        "code" => "code",
        "kbd" => "kbd",
        "samp" => "samp",
        "var" => "var",
        "em" => "em",
        "strong" => "strong",
        "b" => "b",
        "i" => "i",
        "u" => "u",
        "s" => "s",
        "sub" => "sub",
        "sup" => "sup",
        "small" => "small",
        "mark" => "mark",
        "abbr" => "abbr",
        "cite" => "cite",
        "time" => "time",
        "br" => "br",
        "hr" => "hr",
        "a" => "a",
        "img" => "img",
        "figure" => "figure",
        "figcaption" => "figcaption",
        "table" => "table",
        "thead" => "thead",
        "tbody" => "tbody",
        "tfoot" => "tfoot",
        "tr" => "tr",
        "th" => "th",
        "td" => "td",
        "caption" => "caption",
        "colgroup" => "colgroup",
        "col" => "col",
        "div" => "div",
        "details" => "details",
        "summary" => "summary",
        "span" => "span",
        _ => return None,
    })
}

/// Elements that are never article content.
fn is_dropped(tag: &str) -> bool {
    {
        static WORDS: WordSet = WordSet::new(
            "
            script style noscript template form input button select textarea option optgroup
            datalist output progress meter label fieldset legend iframe frame frameset
            object embed param applet svg math canvas nav aside audio track source map area
            head title meta link base dialog slot portal menu
        ",
        );
        WORDS.contains(tag)
    }
}

/// Elements written without a closing tag.
pub fn is_void(tag: &str) -> bool {
    matches!(tag, "br" | "hr" | "img" | "col")
}

/// Elements that form blocks (a line break around them in the output).
pub fn is_block(tag: &str) -> bool {
    {
        static WORDS: WordSet = WordSet::new(
            "
            p h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote pre figure figcaption table
            thead tbody tfoot tr th td caption colgroup div details summary hr
        ",
        );
        WORDS.contains(tag)
    }
}

/// The action for element `id` (not for text nodes).
pub fn action(arena: &Arena, id: NodeId, base: Option<&str>) -> Action {
    let tag = arena.tag(id);
    match tag {
        "div" | "section" | "article" | "main" | "header" | "footer" | "hgroup" | "address"
        | "center" => container(arena, id),
        "strike" | "del" => Action::Keep("s"),
        "tt" => Action::Keep("code"),
        "span" if arena.attr(id, "lang").is_none() && arena.attr(id, "dir").is_none() => {
            Action::Unwrap
        }
        "a" if link_href(arena, id, base).is_none() => Action::Unwrap,
        "img" if image(arena, id, base).is_none() || superseded_by_fallback(arena, id, base) => {
            Action::Drop
        }
        "video" if image(arena, id, base).is_some() => Action::Keep("img"),
        "video" => Action::Drop,
        "dc-noscript" if noscript_shows_image(arena, id, base) => Action::Unwrap,
        "dc-noscript" => Action::Drop,
        t if is_dropped(t) => Action::Drop,
        t => kept_name(t).map_or(Action::Unwrap, Action::Keep),
    }
}

/// [`action`] in its place in the walk: the root (the article itself) is
/// unwrapped unless it is content itself, and a leading `<h1>`/`<h2>`
/// repeating the title is dropped (the reader shows the title itself).
pub fn decide(
    arena: &Arena,
    id: NodeId,
    root: NodeId,
    base: Option<&str>,
    title: Option<&str>,
    content_seen: bool,
) -> Action {
    let tag = arena.tag(id);
    let action = action(arena, id, base);
    if id == root {
        // The root is the article itself: a generic container around it is noise.
        if matches!(action, Action::Keep("p")) && super::text::is_block(tag) && tag != "p" {
            return Action::Unwrap;
        }
        return match action {
            Action::Keep("div") | Action::Drop if !matches!(tag, "script" | "style") => {
                Action::Unwrap
            }
            other => other,
        };
    }
    if matches!(tag, "h1" | "h2") && !content_seen && repeats_title(arena, id, title) {
        return Action::Drop;
    }
    action
}

/// A generic container (`div`, `section`, ...), looking at its children
/// only (never deeper, so the cost stays linear):
/// - no block children: it is a paragraph (`p`), or nothing inside a list
///   item, cell, term or caption (those are paragraphs already);
/// - block children and text or inline children of its own: a `div`;
/// - block children or images only: a mere wrapper, unwrapped.
fn container(arena: &Arena, id: NodeId) -> Action {
    let mut has_block = false;
    let mut has_inline = false;
    for c in arena.children(id) {
        match arena.text(c) {
            Some(t) => has_inline |= !t.trim().is_empty(),
            None => {
                let tag = arena.tag(c);
                if super::text::is_block(tag) {
                    has_block = true;
                } else if tag != "img" && !is_dropped(tag) {
                    has_inline = true;
                }
            }
        }
    }
    let in_paragraph_like = arena.parent(id).is_some_and(|p| {
        static WORDS: WordSet = WordSet::new("li dt dd td th caption figcaption summary p");
        WORDS.contains(arena.tag(p))
    });
    match (has_block, has_inline) {
        // Images alone (a media box) need no paragraph around them.
        (_, false) => Action::Unwrap,
        (false, true) if in_paragraph_like => Action::Unwrap,
        (false, true) => Action::Keep("p"),
        (true, true) => Action::Keep("div"),
    }
}

/// Link schemes a reader may follow.
fn safe_link_scheme(scheme: &str) -> bool {
    matches!(scheme, "http" | "https" | "mailto" | "tel" | "ftp")
}

/// The `href` of a link, absolute when a base is known; `None` for a
/// missing or unsafe one (`javascript:`, `vbscript:`, `data:`, ...).
pub fn link_href(arena: &Arena, id: NodeId, base: Option<&str>) -> Option<String> {
    let href = arena.attr(id, "href")?.trim();
    if href.is_empty() {
        return None;
    }
    // In-page anchors stay as they are.
    if href.starts_with('#') {
        return Some(href.to_string());
    }
    checked_url(href, base, false)
}

/// Resolves `raw` and checks its scheme: links allow the usual web schemes;
/// images allow `http`/`https` and (when `image`) large `data:image/…`.
/// With no base, a relative URL (no scheme) is kept as written.
fn checked_url(raw: &str, base: Option<&str>, image: bool) -> Option<String> {
    let resolved = url::resolve(base, raw).unwrap_or_else(|| raw.trim().to_string());
    // Never part of a real URL: markup debris from broken pages.
    if resolved.contains(['<', '>', '"']) || resolved.chars().any(char::is_control) {
        return None;
    }
    match url::scheme(&resolved) {
        None => Some(resolved),
        Some(s) if image && s == "data" => usable_data_image(&resolved).then_some(resolved),
        Some(s) if image => matches!(s.as_str(), "http" | "https").then_some(resolved),
        Some(s) => safe_link_scheme(&s).then_some(resolved),
    }
}

/// A `data:` image is content only when it is a raster (or SVG) image big
/// enough not to be a spacer (tiny GIFs and icons are a few hundred bytes).
fn usable_data_image(src: &str) -> bool {
    let lower = src.get(..30).unwrap_or(src).to_ascii_lowercase();
    let kinds = ["png", "jpeg", "jpg", "gif", "webp", "avif", "svg+xml"];
    let typed = kinds
        .iter()
        .any(|k| lower.starts_with(&format!("data:image/{k}")));
    typed && src.len() >= 1000
}

/// Placeholder sources that a lazy-loading script would have replaced.
fn is_placeholder(src: &str) -> bool {
    let s = src.to_ascii_lowercase();
    ["placeholder", "blank.", "spacer.", "pixel.", "about:blank"]
        .iter()
        .any(|p| s.contains(p))
}

/// A cleaned image: absolute `src` (and `srcset`), text attributes as given.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Image {
    pub src: String,
    pub srcset: Option<String>,
    pub alt: Option<String>,
    pub title: Option<String>,
    pub width: Option<String>,
    pub height: Option<String>,
}

/// The image of an `img` (or the poster of a `video`), or `None` when it has
/// no usable source. A missing `src` falls back to the first `srcset`
/// candidate, the `img`'s or a sibling `<source>`'s inside `<picture>`.
pub fn image(arena: &Arena, id: NodeId, base: Option<&str>) -> Option<Image> {
    let el = arena.element(id)?;
    if el.name == "video" {
        let src = checked_url(el.attr("poster")?, base, true)?;
        let alt = el
            .attr("title")
            .or(el.attr("aria-label"))
            .map(normalize_space);
        return Some(Image {
            src,
            alt,
            ..Image::default()
        });
    }
    let srcset = el.attr("srcset").and_then(|s| clean_srcset(s, base));
    let src = el
        .attr("src")
        .filter(|s| !is_placeholder(s))
        .and_then(|s| checked_url(s, base, true))
        .or_else(|| srcset.as_deref().and_then(first_candidate))
        .or_else(|| picture_source(arena, id, base))?;
    let number = |name: &str| {
        el.attr(name)
            .map(str::trim)
            .filter(|v| !v.is_empty() && v.len() < 6 && v.bytes().all(|b| b.is_ascii_digit()))
            .map(str::to_string)
    };
    Some(Image {
        src,
        srcset,
        alt: el.attr("alt").map(normalize_space),
        title: el
            .attr("title")
            .map(normalize_space)
            .filter(|t| !t.is_empty()),
        width: number("width"),
        height: number("height"),
    })
}

/// The first `srcset` URL of a `<source>` in the same `<picture>`.
fn picture_source(arena: &Arena, img: NodeId, base: Option<&str>) -> Option<String> {
    let parent = arena.parent(img).filter(|&p| arena.tag(p) == "picture")?;
    arena
        .element_children(parent)
        .filter(|&c| arena.tag(c) == "source")
        .find_map(|s| arena.attr(s, "srcset").and_then(|v| clean_srcset(v, base)))
        .as_deref()
        .and_then(first_candidate)
}

fn first_candidate(srcset: &str) -> Option<String> {
    srcset
        .split(", ")
        .next()?
        .split_whitespace()
        .next()
        .map(str::to_string)
}

/// `srcset` with each candidate URL made absolute and checked (`http(s)`
/// only); candidates that fail are left out. Commas inside a URL are kept
/// (the URL runs to the next white space, as in the HTML parsing rules).
pub fn clean_srcset(srcset: &str, base: Option<&str>) -> Option<String> {
    let mut out: Vec<String> = Vec::new();
    let mut rest = srcset;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
        if rest.is_empty() {
            break;
        }
        let url_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let mut raw = &rest[..url_end];
        rest = &rest[url_end..];
        let descriptor;
        if raw.ends_with(',') {
            raw = raw.trim_end_matches(',');
            descriptor = "";
        } else {
            let end = rest.find(',').unwrap_or(rest.len());
            descriptor = rest[..end].trim();
            rest = &rest[end..];
        }
        let safe_descriptor = descriptor
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == ' ');
        let checked = checked_url(raw, base, false).filter(|u| {
            safe_descriptor
                && !u.contains(' ')
                && matches!(url::scheme(u).as_deref(), Some("http" | "https") | None)
        });
        if let Some(u) = checked {
            out.push(if descriptor.is_empty() {
                u
            } else {
                format!("{u} {descriptor}")
            });
        }
    }
    (!out.is_empty()).then(|| out.join(", "))
}

/// A `<dc-noscript>` shows its image unless the element just before it
/// already shows a real image (the lazy image it is the fallback of).
pub fn noscript_shows_image(arena: &Arena, id: NodeId, base: Option<&str>) -> bool {
    let Some(inner) = arena.descendants(id).find(|&d| arena.tag(d) == "img") else {
        return false;
    };
    if image(arena, inner, base).is_none() {
        return false;
    }
    let prev = std::iter::successors(arena.prev_sibling(id), |&p| arena.prev_sibling(p))
        .find(|&p| arena.is_element(p));
    // The first image in the sibling's first few hundred nodes (bounded).
    let prev_shows_image = prev.is_some_and(|p| {
        arena
            .descendants(p)
            .take(300)
            .find(|&d| arena.tag(d) == "img")
            .is_some_and(|img| image(arena, img, base).is_some())
    });
    !prev_shows_image
}

/// A blurred preview or placeholder that a lazy-loading script swaps out
/// (Medium, Gatsby): the image sits in a text-less media box whose
/// `<dc-noscript>` fallback, a few siblings later, is shown instead. Looks
/// at most 3 levels up and 3 siblings on, so the cost stays constant.
pub fn superseded_by_fallback(arena: &Arena, img: NodeId, base: Option<&str>) -> bool {
    let chain = std::iter::once(img).chain(arena.ancestors(img)).take(4);
    for node in chain {
        let Some(parent) = arena.parent(node) else {
            return false;
        };
        let has_text = arena
            .children(parent)
            .any(|c| arena.text(c).is_some_and(|t| !t.trim().is_empty()));
        if has_text {
            return false;
        }
        let later = std::iter::successors(arena.next_sibling(node), |&n| arena.next_sibling(n))
            .filter(|&n| arena.is_element(n))
            .take(3);
        for sibling in later {
            if arena.tag(sibling) == "dc-noscript" && noscript_shows_image(arena, sibling, base) {
                return true;
            }
        }
    }
    false
}

/// Whether a heading repeats the article title (the reader shows the title
/// itself): same words, ignoring case, white space and end punctuation.
pub fn repeats_title(arena: &Arena, id: NodeId, title: Option<&str>) -> bool {
    let Some(title) = title else {
        return false;
    };
    let squash = |s: &str| -> String {
        normalize_space(s)
            .trim_end_matches(['.', ':', '!'])
            .to_lowercase()
    };
    let t = squash(title);
    // Bounded read: a heading much longer than the title cannot repeat it.
    let mut text = String::new();
    for (i, d) in arena.descendants(id).enumerate() {
        if i > 200 || text.len() > t.len() * 2 + 64 {
            return false;
        }
        text.push_str(arena.text(d).unwrap_or(""));
    }
    !t.is_empty() && squash(&text) == t
}

/// `lang` and `dir` may stay on any kept element, when well formed.
pub fn global_attrs(arena: &Arena, id: NodeId) -> Vec<(&'static str, String)> {
    let lang = arena.attr(id, "lang").map(str::trim).filter(|l| {
        !l.is_empty() && l.len() <= 35 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    });
    let dir = arena
        .attr(id, "dir")
        .map(|d| d.trim().to_ascii_lowercase())
        .filter(|d| matches!(d.as_str(), "ltr" | "rtl" | "auto"));
    let mut out = Vec::new();
    out.extend(lang.map(|l| ("lang", l.to_string())));
    out.extend(dir.map(|d| ("dir", d)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::parse::parse_str;

    fn first(a: &Arena, tag: &str) -> NodeId {
        a.descendants(0).find(|&d| a.tag(d) == tag).unwrap()
    }

    #[test]
    fn links_refuse_unsafe_schemes() {
        let base = Some("https://example.com/a/");
        for (href, want) in [
            ("javascript:alert(1)", None),
            (" JaVa\tScRiPt:alert(1)", None),
            ("vbscript:x", None),
            ("data:text/html,<script>", None),
            ("b.html", Some("https://example.com/a/b.html")),
            ("mailto:x@y.z", Some("mailto:x@y.z")),
            ("#note", Some("#note")),
        ] {
            let a = parse_str(&format!("<a href='{href}'>x</a>"));
            assert_eq!(
                link_href(&a, first(&a, "a"), base).as_deref(),
                want,
                "{href}"
            );
        }
    }

    #[test]
    fn images_need_a_usable_source() {
        let base = Some("https://example.com/");
        let a = parse_str("<img src='/a.jpg' width=10 height='x'>");
        let img = image(&a, first(&a, "img"), base).unwrap();
        assert_eq!(
            (img.src.as_str(), img.width.as_deref(), img.height),
            ("https://example.com/a.jpg", Some("10"), None)
        );
        let a = parse_str(
            "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=='>",
        );
        assert_eq!(image(&a, first(&a, "img"), base), None);
        let big = format!("<img src='data:image/png;base64,{}'>", "A".repeat(2000));
        let a = parse_str(&big);
        assert!(
            image(&a, first(&a, "img"), base)
                .unwrap()
                .src
                .starts_with("data:image/png")
        );
        let a = parse_str("<img src='javascript:alert(1)'>");
        assert_eq!(image(&a, first(&a, "img"), base), None);
        let a = parse_str("<img srcset='/s.jpg 1x, /l.jpg 2x'>");
        assert_eq!(
            image(&a, first(&a, "img"), base).unwrap().src,
            "https://example.com/s.jpg"
        );
        let a = parse_str("<picture><source srcset='/p.webp'><img alt=x></picture>");
        assert_eq!(
            image(&a, first(&a, "img"), base).unwrap().src,
            "https://example.com/p.webp"
        );
    }

    #[test]
    fn srcset_is_resolved_and_filtered() {
        let base = Some("https://example.com/");
        assert_eq!(
            clean_srcset("a.jpg 1x, javascript:x 2x,/c,d.jpg 3x", base).as_deref(),
            Some("https://example.com/a.jpg 1x, https://example.com/c,d.jpg 3x")
        );
        assert_eq!(clean_srcset("  ,, ", base), None);
    }

    #[test]
    fn shown_fallback_replaces_the_blurred_preview() {
        let html = "<figure><div><div><img src='/preview-60.jpg'></div><img class=lazy>\
            <noscript><img src='/full.jpg'></noscript></div><figcaption>Cap</figcaption></figure>";
        let a = parse_str(html);
        let imgs: Vec<NodeId> = a.descendants(0).filter(|&d| a.tag(d) == "img").collect();
        assert!(superseded_by_fallback(&a, imgs[0], None));
        assert_eq!(action(&a, imgs[0], None), Action::Drop);
        assert_eq!(action(&a, imgs[2], None), Action::Keep("img"));
        // Beside text, an image is content, not a preview.
        let a = parse_str(
            "<p><img src='/a.jpg'> text <img class=lazy><noscript><img src='/b.jpg'></noscript></p>",
        );
        let first = a.descendants(0).find(|&d| a.tag(d) == "img").unwrap();
        assert!(!superseded_by_fallback(&a, first, None));
    }

    #[test]
    fn noscript_fallback_only_without_a_real_image_before_it() {
        let a = parse_str(
            "<p><img src='data:image/gif;base64,R0l'><noscript><img src='/real.jpg'></noscript></p>",
        );
        assert!(noscript_shows_image(&a, first(&a, "dc-noscript"), None));
        let a = parse_str("<p><img src='/real.jpg'><noscript><img src='/real.jpg'></noscript></p>");
        assert!(!noscript_shows_image(&a, first(&a, "dc-noscript"), None));
    }
}
