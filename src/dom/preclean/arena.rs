//! The pre-clean's rules applied to a parsed arena (the build without
//! lol_html): drop what [`drops_element`] says, keep `<noscript>` image
//! fallbacks in the body as `<dc-noscript>` elements, resolve lazy images.

use super::{NOSCRIPT_FALLBACK, drops_element, lazy_sources, noscript_images};
use crate::dom::{Arena, DOCUMENT, Element, NodeData, NodeId};

pub fn preclean_arena(arena: &mut Arena) {
    let mut cur = arena.first_child(DOCUMENT);
    while let Some(id) = cur {
        let skip = arena.next_skipping_children(id, DOCUMENT);
        let Some(el) = arena.element(id) else {
            cur = arena.first_child(id).or(skip);
            continue;
        };
        let tag = el.name.clone();
        if drops_element(&tag, &|n| el.attr(n).map(str::to_string)) {
            if tag == "noscript" && !arena.ancestors(id).any(|a| arena.tag(a) == "head") {
                insert_fallback(arena, id);
            }
            arena.detach(id);
            cur = skip;
            continue;
        }
        if tag == "img" || tag == "source" {
            let (src, srcset) = lazy_sources(&|n| arena.attr(id, n).map(str::to_string));
            if let Some(src) = src {
                arena.set_attr(id, "src", &src);
            }
            if let Some(srcset) = srcset {
                arena.set_attr(id, "srcset", &srcset);
            }
        }
        cur = arena.first_child(id).or(skip);
    }
}

/// Puts a `<dc-noscript>` with the noscript's images just before it.
fn insert_fallback(arena: &mut Arena, noscript: NodeId) {
    let images = noscript_images(&arena.text_content(noscript));
    if images.is_empty() {
        return;
    }
    let holder = arena.create(NodeData::Element(Element {
        name: NOSCRIPT_FALLBACK.into(),
        attrs: Vec::new(),
    }));
    arena.insert_before(noscript, holder);
    for attrs in images {
        arena.append_element(holder, "img", attrs);
    }
}
