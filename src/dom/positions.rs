//! Element positions: how the strict-CSP fallback names live nodes.
//!
//! Input: an arena (built from HTML text or from the live page) and node ids.
//! Output: each node's position among the document's *counted* elements in
//! document order, the number a content script can compute on the live page
//! without wasm.
//!
//! The counting rule, which the content script repeats exactly
//! (`extension/content/dom_positions.js`): walk the elements in pre-order
//! from the document; an element for which [`preclean::drops_element`] is true
//! (scripts but JSON-LD, styles, templates, links, objects, embeds, canvases,
//! `<noscript>`, 1x1 images) or a [`preclean::NOSCRIPT_FALLBACK`] element is
//! skipped with its whole subtree (neither counted nor entered); every other
//! element is counted, starting at 0 with `<html>`.
//!
//! The pre-clean drops exactly those elements from HTML text, so on a parsed
//! arena this counts every element; on a live arena the builder skipped them.
//! Either way the same page gives the same numbers.

use super::{Arena, DOCUMENT, NodeId, Step, Walk, preclean};

/// The position of a node that is not counted (text, skipped, detached).
pub const NOT_COUNTED: u32 = u32::MAX;

/// Whether the walk skips this element and its subtree.
pub fn skips(arena: &Arena, id: NodeId) -> bool {
    match arena.element(id) {
        Some(e) => {
            e.name == preclean::NOSCRIPT_FALLBACK
                || preclean::drops_element(&e.name, &|n| e.attr(n).map(str::to_string))
        }
        None => false,
    }
}

/// The position of every node, indexed by node id: [`NOT_COUNTED`] for nodes
/// that are not counted elements. One walk; compute it before the pipeline
/// detaches anything.
pub fn position_table(arena: &Arena) -> Vec<u32> {
    let mut table = vec![NOT_COUNTED; arena.len()];
    let mut next = 0u32;
    arena.walk(DOCUMENT, |step| {
        let Step::Enter(id) = step else {
            return Walk::Continue;
        };
        if !arena.is_element(id) {
            return Walk::Continue;
        }
        if skips(arena, id) {
            return Walk::SkipChildren;
        }
        table[id as usize] = next;
        next += 1;
        Walk::Continue
    });
    table
}

/// The positions of `nodes` (see the module comment), [`NOT_COUNTED`] for a
/// node that is not a counted element of the document.
pub fn element_positions(arena: &Arena, nodes: &[NodeId]) -> Vec<u32> {
    let table = position_table(arena);
    nodes
        .iter()
        .map(|&n| table.get(n as usize).copied().unwrap_or(NOT_COUNTED))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::parse::{parse_str, parse_tree};

    fn by_tag(arena: &Arena, tag: &str) -> Vec<NodeId> {
        arena
            .descendants(DOCUMENT)
            .filter(|&d| arena.tag(d) == tag)
            .collect()
    }

    #[test]
    fn counts_elements_in_document_order_from_html() {
        let a = parse_str("<title>t</title><div><p>a</p><aside>b</aside></div><footer>c</footer>");
        let nodes: Vec<NodeId> = [
            "html", "head", "title", "body", "div", "p", "aside", "footer",
        ]
        .iter()
        .map(|t| by_tag(&a, t)[0])
        .collect();
        assert_eq!(element_positions(&a, &nodes), [0, 1, 2, 3, 4, 5, 6, 7]);
    }

    #[test]
    fn skipped_elements_and_their_subtrees_are_not_counted() {
        // Without the pre-clean the tree holds what a live page holds.
        let html = r#"<body><script>x</script><style>p{}</style><div><noscript><p>n</p></noscript>
            <img src=t.gif width=1 height=1><template><p>t</p></template><canvas><p>c</p></canvas>
            <object><p>o</p></object><p id=a>a</p><img src=real.jpg><span>s</span></div>"#;
        let raw = parse_tree(html);
        let clean = parse_str(html);
        for a in [&raw, &clean] {
            let p = a
                .descendants(DOCUMENT)
                .find(|&d| a.attr(d, "id") == Some("a"))
                .unwrap();
            let real = by_tag(a, "img")
                .into_iter()
                .find(|&i| a.attr(i, "src") == Some("real.jpg"))
                .unwrap();
            let span = by_tag(a, "span")[0];
            // html, head, body, div come first.
            assert_eq!(element_positions(a, &[p, real, span]), [4, 5, 6]);
        }
        let script = by_tag(&raw, "script")[0];
        assert_eq!(element_positions(&raw, &[script]), [NOT_COUNTED]);
    }

    #[test]
    fn json_ld_scripts_are_counted_and_noscript_fallbacks_are_not() {
        let html = r#"<head><script type="application/ld+json">{}</script></head>
            <body><noscript><img src=x.jpg></noscript><p>a</p></body>"#;
        let a = parse_str(html);
        assert!(by_tag(&a, crate::dom::preclean::NOSCRIPT_FALLBACK).len() == 1);
        let ld = by_tag(&a, "script")[0];
        let p = by_tag(&a, "p")[0];
        let fallback_img = by_tag(&a, "img")[0];
        // html, head, script, body, p
        assert_eq!(
            element_positions(&a, &[ld, p, fallback_img]),
            [2, 4, NOT_COUNTED]
        );
    }

    #[test]
    fn text_and_detached_nodes_are_not_counted() {
        let mut a = parse_str("<p>a</p><div>b</div>");
        let p = by_tag(&a, "p")[0];
        let text = a.first_child(p).unwrap();
        let div = by_tag(&a, "div")[0];
        a.detach(p);
        assert_eq!(
            element_positions(&a, &[text, p, div]),
            [NOT_COUNTED, NOT_COUNTED, 3]
        );
    }

    #[test]
    fn deep_pages_count_without_recursion() {
        let mut a = Arena::new();
        let mut cur = DOCUMENT;
        for _ in 0..100_000 {
            cur = a.append_element(cur, "div", vec![]);
        }
        assert_eq!(element_positions(&a, &[cur]), [99_999]);
    }
}
