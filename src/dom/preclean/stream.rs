//! The pre-clean as one lol_html streaming pass over the page text.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use lol_html::html_content::{ContentType, Element};
use lol_html::{RewriteStrSettings, comments, element, rewrite_str, text};

use super::{MAX_DEPTH, NOSCRIPT_FALLBACK, drops_element, lazy_sources, noscript_images};

/// Runs the pre-clean. Fails only if lol_html cannot parse the text, in
/// which case the caller parses the original.
pub fn preclean(html: &str) -> Result<String, String> {
    let depth = Rc::new(Cell::new(0usize));
    let in_head = Rc::new(Cell::new(false));
    let noscript = Rc::new(RefCell::new(String::new()));
    let (d, head_flag, ns_text, ns_el, ns_body) = (
        depth.clone(),
        in_head.clone(),
        noscript.clone(),
        noscript.clone(),
        in_head.clone(),
    );
    let settings = RewriteStrSettings::new()
        .append_element_content_handler(element!("head", move |el| {
            // A noscript in the head holds no image worth keeping.
            head_flag.set(true);
            let head = head_flag.clone();
            let leave: lol_html::EndTagHandler<'static> = Box::new(move |_| {
                head.set(false);
                Ok(())
            });
            if let Some(handlers) = el.end_tag_handlers() {
                handlers.push(leave);
            }
            Ok(())
        }))
        .append_element_content_handler(element!("*", move |el| {
            let tag = el.tag_name();
            if tag == "noscript" {
                return Ok(()); // its own handlers below
            }
            if drops_element(&tag, &|n| el.get_attribute(n)) {
                el.remove();
                return Ok(());
            }
            resolve_lazy_image(&tag, el);
            limit_depth(el, &d);
            Ok(())
        }))
        .append_element_content_handler(element!("noscript", move |el| {
            el.remove_and_keep_content();
            let (buf, in_body) = (ns_el.clone(), !ns_body.get());
            let after: lol_html::EndTagHandler<'static> = Box::new(move |end| {
                let markup = std::mem::take(&mut *buf.borrow_mut());
                if in_body {
                    let fallback = fallback_markup(&markup);
                    if !fallback.is_empty() {
                        end.after(&fallback, ContentType::Html);
                    }
                }
                Ok(())
            });
            if let Some(handlers) = el.end_tag_handlers() {
                handlers.push(after);
            }
            Ok(())
        }))
        .append_element_content_handler(text!("noscript", move |t| {
            ns_text.borrow_mut().push_str(t.as_str());
            t.remove();
            Ok(())
        }))
        .append_element_content_handler(comments!("*", |c| {
            c.remove();
            Ok(())
        }));
    rewrite_str(html, settings).map_err(|e| e.to_string())
}

/// `<dc-noscript><img …></dc-noscript>` for the images of a noscript's
/// markup, or "" when it has none.
fn fallback_markup(markup: &str) -> String {
    let images = noscript_images(markup);
    if images.is_empty() {
        return String::new();
    }
    let mut out = format!("<{NOSCRIPT_FALLBACK}>");
    for attrs in images {
        out.push_str("<img");
        for (name, value) in attrs {
            out.push_str(&format!(
                " {name}=\"{}\"",
                value.replace('&', "&amp;").replace('"', "&quot;")
            ));
        }
        out.push('>');
    }
    out.push_str(&format!("</{NOSCRIPT_FALLBACK}>"));
    out
}

fn resolve_lazy_image(tag: &str, el: &mut Element) {
    if tag != "img" && tag != "source" {
        return;
    }
    let (src, srcset) = lazy_sources(&|n| el.get_attribute(n));
    if let Some(src) = src {
        el.set_attribute("src", &src).ok();
    }
    if let Some(srcset) = srcset {
        el.set_attribute("srcset", &srcset).ok();
    }
}

/// Counts open elements; past [`MAX_DEPTH`] the tag is dropped, content kept.
fn limit_depth(el: &mut Element, depth: &Rc<Cell<usize>>) {
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
