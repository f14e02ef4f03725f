//! The live page as an arena (wasm only).
//!
//! Input: the browser's `document` (through web-sys). Output: an [`Arena`]
//! holding what the pre-clean would have kept of the same page, and a
//! [`LiveArena::nodes`] table giving, for each arena node id, the live DOM
//! node it was copied from, so clutter found in the arena can be removed from
//! (and put back into) the page itself.
//!
//! Rules, the same as for HTML text: an element for which
//! [`preclean::drops_element`] is true is skipped with its subtree; comments,
//! doctypes and processing instructions are skipped; lazy images get their
//! real `src`/`srcset` in the arena copy only. Our own overlay hosts
//! (`declutter-*` elements) are skipped too. The page is only read, never
//! changed. The walk is iterative.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node};

use super::{Arena, DOCUMENT, NodeId, preclean};

/// Attributes that lazy-loading scripts read the real source from, best
/// first. Keep in step with the pre-clean's list (`preclean::LAZY_SRC`).
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
                if let Some(el) = node.dyn_ref::<Element>()
                    && let Some(id) = copy_element(&mut arena, parent, el)
                {
                    nodes.push(node.clone());
                    debug_assert_eq!(nodes.len(), arena.len());
                    if let Some(child) = node.first_child() {
                        parents.push(id);
                        cur = Some(child);
                        entered = true;
                    }
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

/// Appends a copy of `el` under `parent`, or returns `None` if the rules skip it.
fn copy_element(arena: &mut Arena, parent: NodeId, el: &Element) -> Option<NodeId> {
    let name = el.local_name().to_ascii_lowercase();
    if name.starts_with(OWN_PREFIX) {
        return None;
    }
    if preclean::drops_element(&name, &|a| el.get_attribute(a)) {
        return None;
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
    Some(arena.append_element(parent, &name, attrs))
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
    if get(attrs, "src").is_none_or(preclean::is_placeholder_src) {
        let real = LAZY_SRC
            .iter()
            .find_map(|a| get(attrs, a))
            .map(|v| v.trim().to_string());
        if let Some(real) = real.filter(|r| !r.is_empty()) {
            set(attrs, "src", real);
        }
    }
    if get(attrs, "srcset").is_none_or(|s| s.trim().is_empty())
        && let Some(set_value) = LAZY_SRCSET
            .iter()
            .find_map(|a| get(attrs, a))
            .map(|v| v.trim().to_string())
    {
        set(attrs, "srcset", set_value);
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
