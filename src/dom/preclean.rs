//! The pre-clean: what no stage reads leaves before the tree is built.
//!
//! Input: the page as UTF-8 text (or, in the wasm build, the parsed arena).
//! Output: the page without scripts (but JSON-LD), styles, templates,
//! comments and tracking pixels; with lazy images resolved to real sources
//! (`data-src`, `data-srcset`, ..., and the images of `<noscript>`
//! fallbacks, kept as `<dc-noscript><img …></dc-noscript>`); and with
//! nesting past [`MAX_DEPTH`] flattened.
//!
//! Two ways to apply the same rules: natively a lol_html streaming pass over
//! the text (`stream`, the default feature: one pass, never buffers, and
//! html5ever parses less); in the wasm build, where lol_html and its
//! encoding tables would cost 76 KB gzipped, the same rules on the arena
//! (`arena`) after a depth-limiting scan of the text (`depth`). Both give
//! the same tree, which the Node parity test checks. The live-page builder
//! skips what [`drops_element`] says, so element positions agree too.

use crate::wordset::WordSet;

#[cfg(feature = "stream")]
mod stream;
#[cfg(feature = "stream")]
pub use stream::preclean;

mod arena;
mod depth;
pub use arena::preclean_arena;
pub use depth::limit_depth;

/// Tag names whose whole subtree no stage reads.
pub static DROPPED_TAGS: WordSet = WordSet::new("script style template link object embed canvas");

/// The element that holds the images of a `<noscript>` fallback (inside the
/// body; in the head a `<noscript>` is dropped whole). The live-page
/// builder never sees it and position counting skips it.
pub const NOSCRIPT_FALLBACK: &str = "dc-noscript";

/// How deep elements may nest before their tags are dropped (their content
/// stays). Browsers cap the tree depth too (Blink at 512); this keeps
/// html5ever's scope checks, which walk the open-element stack, linear.
pub const MAX_DEPTH: usize = 1024;

/// Whether an element is dropped with its subtree: the rule shared by the
/// pre-clean and the live-page builder. `attr` looks up an attribute.
pub fn drops_element(tag: &str, attr: &dyn Fn(&str) -> Option<String>) -> bool {
    match tag {
        // JSON-LD is metadata: kept for `metadata`, ignored by the rest.
        "script" => !is_json_ld(attr("type").as_deref()),
        "noscript" => true,
        "img" => is_tracking_pixel(attr),
        // `<link rel=canonical>` and `rel=author` are metadata; other links are not.
        "link" => !attr("rel").is_some_and(|r| {
            r.split_whitespace()
                .any(|t| t.eq_ignore_ascii_case("canonical") || t.eq_ignore_ascii_case("author"))
        }),
        t => DROPPED_TAGS.contains(t),
    }
}

fn is_json_ld(kind: Option<&str>) -> bool {
    kind.is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
}

/// A 1x1 (or 0x0) image is a tracker, not content.
fn is_tracking_pixel(attr: &dyn Fn(&str) -> Option<String>) -> bool {
    let tiny = |name: &str| {
        attr(name)
            .and_then(|v| v.trim().trim_end_matches("px").parse::<u32>().ok())
            .is_some_and(|n| n <= 1)
    };
    tiny("width") && tiny("height")
}

/// Attributes that lazy-loading scripts read the real source from, best first.
const LAZY_SRC: &[&str] = &[
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-lazy",
    "data-url",
    "data-hi-res-src",
    "data-runner-src",
];
const LAZY_SRCSET: &[&str] = &["data-srcset", "data-lazy-srcset", "data-original-set"];

/// A `src` that only holds a placeholder until a script swaps in the image.
pub fn is_placeholder_src(src: &str) -> bool {
    let s = src.trim();
    s.is_empty()
        || s.starts_with("data:")
        || s.contains("placeholder")
        || s.contains("blank.")
        || s.contains("spacer.")
        || s.contains("lazy")
        || s.contains("pixel.")
        || s == "about:blank"
}

/// A lazy image's real source and srcset: `(src, srcset)` to set, if any.
/// `attr` looks up an attribute of an `<img>` or `<source>`.
pub fn lazy_sources(attr: &dyn Fn(&str) -> Option<String>) -> (Option<String>, Option<String>) {
    let src = attr("src")
        .as_deref()
        .is_none_or(is_placeholder_src)
        .then(|| LAZY_SRC.iter().find_map(|a| attr(a)))
        .flatten()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    let srcset = attr("srcset")
        .is_none_or(|s| s.trim().is_empty())
        .then(|| LAZY_SRCSET.iter().find_map(|a| attr(a)))
        .flatten()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    (src, srcset)
}

/// Attributes an image taken out of a `<noscript>` keeps.
const FALLBACK_ATTRS: &[&str] = &["src", "srcset", "alt", "width", "height", "title"];

/// The `<img>` tags in the raw markup of a `<noscript>`, as attribute
/// lists (values with their character references decoded).
pub fn noscript_images(markup: &str) -> Vec<Vec<(String, String)>> {
    let mut images = Vec::new();
    let lower = markup.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find("<img") {
        let start = from + i + 4;
        let end = tag_end(markup, start);
        let attrs: Vec<(String, String)> = parse_attrs(&markup[start..end])
            .into_iter()
            .filter(|(n, _)| FALLBACK_ATTRS.contains(&n.as_str()))
            .collect();
        if attrs
            .iter()
            .any(|(n, v)| n == "src" && !is_placeholder_src(v))
        {
            images.push(attrs);
        }
        from = end;
    }
    images
}

/// The byte index of the `>` closing a tag whose attributes start at
/// `from` (quotes respected), or the end of the text.
pub(crate) fn tag_end(s: &str, from: usize) -> usize {
    let mut quote: Option<u8> = None;
    for (i, &b) in s.as_bytes()[from..].iter().enumerate() {
        match (quote, b) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'>') => return from + i,
            _ => {}
        }
    }
    s.len()
}

/// Attributes of a tag's inside: `name`, `name=value`, `name="v"`, `name='v'`.
fn parse_attrs(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches('/');
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if rest.is_empty() {
            return out;
        }
        let name_end = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        rest = rest[name_end..].trim_start();
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (v, next) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let body = &after[1..];
                    let close = body.find(q).unwrap_or(body.len());
                    (&body[..close], &body[(close + 1).min(body.len())..])
                }
                _ => {
                    let end = after.find(char::is_whitespace).unwrap_or(after.len());
                    (&after[..end], &after[end..])
                }
            };
            value = decode_entities(v);
            rest = next;
        }
        if !name.is_empty() && out.iter().all(|(n, _)| *n != name) {
            out.push((name, value));
        }
    }
}

/// Decodes the character references that occur in attribute values.
fn decode_entities(v: &str) -> String {
    if !v.contains('&') {
        return v.to_string();
    }
    let mut out = String::with_capacity(v.len());
    let mut rest = v;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let semi = rest.find(';').filter(|&j| j <= 10);
        let decoded = semi.and_then(|j| {
            let name = &rest[1..j];
            let c = match name {
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "nbsp" => Some('\u{a0}'),
                n if n.starts_with("#x") || n.starts_with("#X") => u32::from_str_radix(&n[2..], 16)
                    .ok()
                    .and_then(char::from_u32),
                n if n.starts_with('#') => n[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            };
            c.map(|c| (c, j))
        });
        match decoded {
            Some((c, j)) => {
                out.push(c);
                rest = &rest[j + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "stream")]
    #[test]
    fn drops_scripts_styles_comments_and_pixels() {
        let out = preclean(
            "<p>a<script>x()</script><style>p{}</style><!-- c --><img src=t.gif width=1 height=1>b</p>",
        )
        .unwrap();
        assert_eq!(out, "<p>ab</p>");
    }

    #[cfg(feature = "stream")]
    #[test]
    fn keeps_json_ld() {
        let html = r#"<script type="application/ld+json">{"a":1}</script>"#;
        assert_eq!(preclean(html).unwrap(), html);
    }

    #[cfg(feature = "stream")]
    #[test]
    fn resolves_lazy_images() {
        let out =
            preclean(r#"<img src="data:image/gif;base64,R0l" data-src="/real.jpg">"#).unwrap();
        assert!(out.contains(r#"src="/real.jpg""#), "{out}");
        let out = preclean(r#"<img data-srcset="a.jpg 1x, b.jpg 2x">"#).unwrap();
        assert!(out.contains(r#"srcset="a.jpg 1x, b.jpg 2x""#), "{out}");
    }

    #[test]
    fn noscript_images_keep_only_real_sources() {
        let imgs = noscript_images(
            r#"<img class=x src="/a.jpg?w=1&amp;h=2" alt='A "b"'><IMG SRC=data:x><img src=/c.png>"#,
        );
        assert_eq!(imgs.len(), 2);
        assert_eq!(
            imgs[0],
            vec![
                ("src".to_string(), "/a.jpg?w=1&h=2".to_string()),
                ("alt".into(), "A \"b\"".into())
            ]
        );
        assert_eq!(imgs[1], vec![("src".to_string(), "/c.png".to_string())]);
    }

    #[test]
    fn lazy_sources_replace_placeholders_only() {
        let lazy = |pairs: &'static [(&'static str, &'static str)]| {
            move |n: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == n)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            lazy_sources(&lazy(&[("src", "data:x"), ("data-src", " /r.jpg ")]))
                .0
                .as_deref(),
            Some("/r.jpg")
        );
        assert_eq!(
            lazy_sources(&lazy(&[("src", "/real.jpg"), ("data-src", "/r.jpg")])).0,
            None
        );
        assert_eq!(
            lazy_sources(&lazy(&[("data-srcset", "a 1x")])).1.as_deref(),
            Some("a 1x")
        );
    }

    #[cfg(feature = "stream")]
    #[test]
    fn very_deep_nesting_is_flattened() {
        let html = "<div>".repeat(MAX_DEPTH + 10) + "x";
        let out = preclean(&html).unwrap();
        assert_eq!(out.matches("<div>").count(), MAX_DEPTH);
    }
}
