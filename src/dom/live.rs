//! The live page as an arena (wasm only).
//!
//! Input: the browser's `document` (through web-sys). Output: an [`Arena`]
//! holding what the pre-clean would have kept of the same page, and a
//! [`LiveArena::nodes`] table giving, for each arena node id, the live DOM
//! node it was copied from, so clutter found in the arena can be removed from
//! (and put back into) the page itself.
//!
//! Rules, the same as the pre-clean's for HTML text: an element for which
//! [`preclean::drops_element`] is true is skipped with its subtree, except
//! that a `<noscript>` outside `<head>` holding images leaves a
//! [`preclean::NOSCRIPT_FALLBACK`] element with those images in its place
//! (read from its raw text with [`preclean::noscript_images`]); comments,
//! doctypes and processing instructions are skipped; lazy images get their
//! real `src`/`srcset` ([`preclean::lazy_sources`]) in the arena copy only.
//! Our own overlay hosts (`declutter-*` elements) are skipped too. The page
//! is only read, never changed. The walk is iterative.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node};

use super::{Arena, DOCUMENT, Element as ArenaElement, NodeData, NodeId, preclean};

/// The tag-name prefix of the extension's own elements, never part of the page.
pub const OWN_PREFIX: &str = "declutter-";

/// An arena built from the live page, with its live nodes.
pub struct LiveArena {
    pub arena: Arena,
    /// `nodes[id]` is the live node arena node `id` was copied from (the
    /// document for id 0). Merged adjacent text nodes keep the first.
    pub nodes: Vec<Node>,
}

const ELEMENT_NODE: u16 = 1;
const TEXT_NODE: u16 = 3;
const CDATA_SECTION_NODE: u16 = 4;

/// Copies `document` into an arena. See the module comment for the rules.
pub fn build(document: &Document) -> LiveArena {
    let mut arena = Arena::new();
    let mut nodes: Vec<Node> = vec![document.clone().unchecked_into::<Node>()];
    // The live node being visited and the arena parent it goes under; the
    // stack holds the arena ids of the open live ancestors.
    let mut parents: Vec<NodeId> = vec![DOCUMENT];
    let mut cur: Option<Node> = document.first_child();
    while let Some(node) = cur.take() {
        let parent = *parents.last().unwrap_or(&DOCUMENT);
        let mut entered = false;
        match node.node_type() {
            ELEMENT_NODE => {
                if let Some(el) = node.dyn_ref::<Element>() {
                    match copy_element(&mut arena, parent, el) {
                        Copied::Element(id) => {
                            nodes.push(node.clone());
                            if let Some(child) = node.first_child() {
                                parents.push(id);
                                cur = Some(child);
                                entered = true;
                            }
                        }
                        Copied::Fallback(added) => {
                            // The holder and its images stand for the <noscript>.
                            nodes.extend(std::iter::repeat_n(node.clone(), added));
                        }
                        Copied::Skipped => {}
                    }
                    debug_assert_eq!(nodes.len(), arena.len());
                }
            }
            TEXT_NODE | CDATA_SECTION_NODE => {
                let before = arena.len();
                arena.append_text(parent, &node.node_value().unwrap_or_default());
                if arena.len() > before {
                    nodes.push(node.clone());
                }
            }
            _ => {}
        }
        if entered {
            continue;
        }
        // Next sibling, or climb until an ancestor has one.
        let mut at = node;
        cur = loop {
            if let Some(next) = at.next_sibling() {
                break Some(next);
            }
            if parents.len() <= 1 {
                break None;
            }
            parents.pop();
            match at.parent_node() {
                Some(p) => at = p,
                None => break None,
            }
        };
    }
    LiveArena { arena, nodes }
}

/// What [`copy_element`] added to the arena.
enum Copied {
    /// The element, to be entered.
    Element(NodeId),
    /// A `<noscript>` image fallback: this many nodes (holder and images).
    Fallback(usize),
    /// Nothing.
    Skipped,
}

/// Appends a copy of `el` under `parent` as the rules say.
fn copy_element(arena: &mut Arena, parent: NodeId, el: &Element) -> Copied {
    let name = el.local_name().to_ascii_lowercase();
    if name.starts_with(OWN_PREFIX) {
        return Copied::Skipped;
    }
    if preclean::drops_element(&name, &|a| el.get_attribute(a)) {
        if name == "noscript" && !in_head(arena, parent) {
            return noscript_fallback(arena, parent, &el.text_content().unwrap_or_default());
        }
        return Copied::Skipped;
    }
    let list = el.attributes();
    let mut attrs = Vec::with_capacity(list.length() as usize);
    for i in 0..list.length() {
        if let Some(attr) = list.item(i) {
            attrs.push((attr.name().to_ascii_lowercase(), attr.value()));
        }
    }
    if name == "img" || name == "source" {
        resolve_lazy_image(&mut attrs);
    }
    Copied::Element(arena.append_element(parent, &name, attrs))
}

fn in_head(arena: &Arena, node: NodeId) -> bool {
    std::iter::once(node)
        .chain(arena.ancestors(node))
        .any(|a| arena.tag(a) == "head")
}

/// A `<dc-noscript>` holding the images of a `<noscript>`'s raw markup, as
/// the pre-clean leaves it; nothing if it has none.
fn noscript_fallback(arena: &mut Arena, parent: NodeId, markup: &str) -> Copied {
    let images = preclean::noscript_images(markup);
    if images.is_empty() {
        return Copied::Skipped;
    }
    let before = arena.len();
    let holder = arena.create(NodeData::Element(ArenaElement {
        name: preclean::NOSCRIPT_FALLBACK.into(),
        attrs: Vec::new(),
    }));
    arena.append(parent, holder);
    for attrs in images {
        arena.append_element(holder, "img", attrs);
    }
    Copied::Fallback(arena.len() - before)
}

fn get<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

fn set(attrs: &mut Vec<(String, String)>, name: &str, value: String) {
    match attrs.iter_mut().find(|(n, _)| n == name) {
        Some((_, v)) => *v = value,
        None => attrs.push((name.to_string(), value)),
    }
}

/// The pre-clean's lazy-image rule on an attribute list.
fn resolve_lazy_image(attrs: &mut Vec<(String, String)>) {
    let (src, srcset) = preclean::lazy_sources(&|n| get(attrs, n).map(str::to_string));
    if let Some(src) = src {
        set(attrs, "src", src);
    }
    if let Some(srcset) = srcset {
        set(attrs, "srcset", srcset);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lazy_images_get_their_real_source() {
        let mut attrs = vec![
            ("src".to_string(), "data:image/gif;base64,R0l".to_string()),
            ("data-src".to_string(), " /real.jpg ".to_string()),
            ("data-srcset".to_string(), "a.jpg 1x".to_string()),
        ];
        resolve_lazy_image(&mut attrs);
        assert_eq!(get(&attrs, "src"), Some("/real.jpg"));
        assert_eq!(get(&attrs, "srcset"), Some("a.jpg 1x"));
    }
}
