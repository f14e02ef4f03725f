//! The streaming pre-clean: a lol_html pass over the page text before it is
//! parsed.
//!
//! Input: the page as UTF-8 text. Output: the same page without what no
//! stage reads (scripts but JSON-LD, styles, templates, comments, tracking
//! pixels, iframes' fallback text) and with lazy images resolved to real
//! sources, so html5ever parses less and the extractor sees the images a
//! reader sees. lol_html never buffers the page, so this costs one pass.
//!
//! The same rules decide what the live-page builder skips ([`drops_element`]),
//! so both ways in give the same arena and the same element positions.

use lol_html::html_content::Element;
use lol_html::{RewriteStrSettings, comments, element, rewrite_str};

/// Tag names whose whole subtree no stage reads.
pub const DROPPED_TAGS: &[&str] = &[
    "script", "style", "template", "link", "object", "embed", "canvas",
];

/// The name a `<noscript>` holding an image fallback is renamed to, so that
/// its markup is parsed (html5ever reads `<noscript>` as raw text) but the
/// live-page builder, which never sees it, can skip it when counting.
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
        t => DROPPED_TAGS.contains(&t),
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

/// Runs the pre-clean. Fails only if lol_html cannot parse the text, in
/// which case the caller parses the original.
pub fn preclean(html: &str) -> Result<String, String> {
    let depth = std::rc::Rc::new(std::cell::Cell::new(0usize));
    let d = depth.clone();
    let settings = RewriteStrSettings::new()
        .append_element_content_handler(element!("*", move |el| {
            let tag = el.tag_name();
            if drops_element(&tag, &|n| el.get_attribute(n)) {
                if tag == "noscript" {
                    keep_image_fallback(el);
                } else {
                    el.remove();
                }
                return Ok(());
            }
            resolve_lazy_image(&tag, el);
            limit_depth(el, &d);
            Ok(())
        }))
        .append_element_content_handler(comments!("*", |c| {
            c.remove();
            Ok(())
        }));
    rewrite_str(html, settings).map_err(|e| e.to_string())
}

/// `<noscript><img src=…></noscript>` after a lazy image is its only real
/// source: keep the markup, renamed so html5ever parses it; `render` shows
/// such an image only where no real image stands before it.
fn keep_image_fallback(el: &mut Element) {
    el.set_tag_name(NOSCRIPT_FALLBACK).ok();
}

fn resolve_lazy_image(tag: &str, el: &mut Element) {
    if tag != "img" && tag != "source" {
        return;
    }
    let src = el.get_attribute("src");
    if src.as_deref().is_none_or(is_placeholder_src)
        && let Some(real) = LAZY_SRC.iter().find_map(|a| el.get_attribute(a))
        && !real.trim().is_empty()
    {
        el.set_attribute("src", real.trim()).ok();
    }
    if el
        .get_attribute("srcset")
        .is_none_or(|s| s.trim().is_empty())
        && let Some(set) = LAZY_SRCSET.iter().find_map(|a| el.get_attribute(a))
    {
        el.set_attribute("srcset", set.trim()).ok();
    }
}

/// Counts open elements; past [`MAX_DEPTH`] the tag is dropped, content kept.
fn limit_depth(el: &mut Element, depth: &std::rc::Rc<std::cell::Cell<usize>>) {
    if !el.can_have_content() || el.is_self_closing() {
        return;
    }
    if depth.get() >= MAX_DEPTH {
        el.remove_and_keep_content();
        return;
    }
    if let Some(handlers) = el.end_tag_handlers() {
        depth.set(depth.get() + 1);
        let d = depth.clone();
        handlers.push(Box::new(move |_end| {
            d.set(d.get().saturating_sub(1));
            Ok(())
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_scripts_styles_comments_and_pixels() {
        let out = preclean(
            "<p>a<script>x()</script><style>p{}</style><!-- c --><img src=t.gif width=1 height=1>b</p>",
        )
        .unwrap();
        assert_eq!(out, "<p>ab</p>");
    }

    #[test]
    fn keeps_json_ld() {
        let html = r#"<script type="application/ld+json">{"a":1}</script>"#;
        assert_eq!(preclean(html).unwrap(), html);
    }

    #[test]
    fn resolves_lazy_images() {
        let out =
            preclean(r#"<img src="data:image/gif;base64,R0l" data-src="/real.jpg">"#).unwrap();
        assert!(out.contains(r#"src="/real.jpg""#), "{out}");
        let out = preclean(r#"<img data-srcset="a.jpg 1x, b.jpg 2x">"#).unwrap();
        assert!(out.contains(r#"srcset="a.jpg 1x, b.jpg 2x""#), "{out}");
    }

    #[test]
    fn noscript_is_renamed_so_its_image_parses() {
        let out = preclean(r#"<noscript><img src="/x.jpg"></noscript>"#).unwrap();
        assert_eq!(out, r#"<dc-noscript><img src="/x.jpg"></dc-noscript>"#);
    }

    #[test]
    fn very_deep_nesting_is_flattened() {
        let html = "<div>".repeat(MAX_DEPTH + 10) + "x";
        let out = preclean(&html).unwrap();
        assert_eq!(out.matches("<div>").count(), MAX_DEPTH);
    }
}
