//! The page as one compact tree.
//!
//! Input: nodes appended by a builder (`parse` from HTML text, `live` from
//! the browser's DOM). Output: an [`Arena`], a `Vec` of nodes linked by `u32`
//! ids (parent, children, siblings), which every later stage reads and the
//! extractor edits by detaching subtrees. Every walk here is iterative, so a
//! page 100,000 elements deep costs no stack.

#[cfg(target_arch = "wasm32")]
pub mod live;
pub mod parse;
pub mod positions;
pub mod preclean;
pub mod stats;

/// Index of a node in its [`Arena`].
pub type NodeId = u32;

/// The "no node" link.
pub const NONE: NodeId = u32::MAX;

/// The document node is always the first.
pub const DOCUMENT: NodeId = 0;

#[derive(Debug, Clone)]
pub enum NodeData {
    Document,
    Element(Element),
    Text(String),
}

#[derive(Debug, Clone)]
pub struct Element {
    /// Lowercase local name (`div`, `p`, `svg`).
    pub name: String,
    /// Attributes in source order, names lowercase.
    pub attrs: Vec<(String, String)>,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Debug, Clone)]
pub struct Node {
    pub parent: NodeId,
    pub first_child: NodeId,
    pub last_child: NodeId,
    pub prev_sibling: NodeId,
    pub next_sibling: NodeId,
    pub data: NodeData,
}

impl Node {
    fn new(data: NodeData) -> Node {
        Node {
            parent: NONE,
            first_child: NONE,
            last_child: NONE,
            prev_sibling: NONE,
            next_sibling: NONE,
            data,
        }
    }
}

/// The tree. Node 0 is the document.
#[derive(Debug, Clone)]
pub struct Arena {
    nodes: Vec<Node>,
}

impl Default for Arena {
    fn default() -> Self {
        Self::new()
    }
}

impl Arena {
    pub fn new() -> Arena {
        Arena {
            nodes: vec![Node::new(NodeData::Document)],
        }
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.len() <= 1
    }

    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id as usize]
    }

    pub fn data_mut(&mut self, id: NodeId) -> &mut NodeData {
        &mut self.nodes[id as usize].data
    }

    /// Adds a node with no place in the tree yet.
    pub fn create(&mut self, data: NodeData) -> NodeId {
        let id = self.nodes.len() as NodeId;
        self.nodes.push(Node::new(data));
        id
    }

    /// Creates an element and appends it to `parent`.
    pub fn append_element(
        &mut self,
        parent: NodeId,
        name: &str,
        attrs: Vec<(String, String)>,
    ) -> NodeId {
        let id = self.create(NodeData::Element(Element {
            name: name.to_string(),
            attrs,
        }));
        self.append(parent, id);
        id
    }

    /// Appends text to `parent`, merging with a text node already last.
    pub fn append_text(&mut self, parent: NodeId, text: &str) {
        let last = self.nodes[parent as usize].last_child;
        if last != NONE
            && let NodeData::Text(t) = &mut self.nodes[last as usize].data
        {
            t.push_str(text);
            return;
        }
        let id = self.create(NodeData::Text(text.to_string()));
        self.append(parent, id);
    }

    /// Moves `child` (detaching it first) to the end of `parent`'s children.
    pub fn append(&mut self, parent: NodeId, child: NodeId) {
        self.detach(child);
        let last = self.nodes[parent as usize].last_child;
        let c = &mut self.nodes[child as usize];
        c.parent = parent;
        c.prev_sibling = last;
        if last == NONE {
            self.nodes[parent as usize].first_child = child;
        } else {
            self.nodes[last as usize].next_sibling = child;
        }
        self.nodes[parent as usize].last_child = child;
    }

    /// Moves `node` (detaching it first) just before `sibling`.
    pub fn insert_before(&mut self, sibling: NodeId, node: NodeId) {
        self.detach(node);
        let parent = self.nodes[sibling as usize].parent;
        let prev = self.nodes[sibling as usize].prev_sibling;
        let n = &mut self.nodes[node as usize];
        n.parent = parent;
        n.prev_sibling = prev;
        n.next_sibling = sibling;
        self.nodes[sibling as usize].prev_sibling = node;
        if prev == NONE {
            if parent != NONE {
                self.nodes[parent as usize].first_child = node;
            }
        } else {
            self.nodes[prev as usize].next_sibling = node;
        }
    }

    /// Takes `node` (and its subtree) out of the tree. Its data stays, so a
    /// removed subtree can still be read (for excerpts) or put back.
    pub fn detach(&mut self, node: NodeId) {
        let n = &self.nodes[node as usize];
        let (parent, prev, next) = (n.parent, n.prev_sibling, n.next_sibling);
        if prev != NONE {
            self.nodes[prev as usize].next_sibling = next;
        } else if parent != NONE {
            self.nodes[parent as usize].first_child = next;
        }
        if next != NONE {
            self.nodes[next as usize].prev_sibling = prev;
        } else if parent != NONE {
            self.nodes[parent as usize].last_child = prev;
        }
        let n = &mut self.nodes[node as usize];
        n.parent = NONE;
        n.prev_sibling = NONE;
        n.next_sibling = NONE;
    }

    /// Replaces `node` by its children, in place.
    pub fn unwrap(&mut self, node: NodeId) {
        while let Some(child) = self.first_child(node) {
            self.insert_before(node, child);
        }
        self.detach(node);
    }

    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        some(self.nodes[id as usize].parent)
    }

    pub fn first_child(&self, id: NodeId) -> Option<NodeId> {
        some(self.nodes[id as usize].first_child)
    }

    pub fn next_sibling(&self, id: NodeId) -> Option<NodeId> {
        some(self.nodes[id as usize].next_sibling)
    }

    pub fn prev_sibling(&self, id: NodeId) -> Option<NodeId> {
        some(self.nodes[id as usize].prev_sibling)
    }

    /// The children of `id`, in order.
    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            arena: self,
            next: self.nodes[id as usize].first_child,
        }
    }

    /// Element children of `id`, in order.
    pub fn element_children(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.children(id).filter(move |&c| self.is_element(c))
    }

    /// `id` and every node below it, in document order (pre-order).
    pub fn descendants(&self, id: NodeId) -> Descendants<'_> {
        Descendants {
            arena: self,
            root: id,
            next: id,
        }
    }

    /// The ancestors of `id`, nearest first (not `id` itself).
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.parent(id), move |&p| self.parent(p))
    }

    /// The first node after `id`'s subtree in document order, within `root`.
    pub fn next_skipping_children(&self, id: NodeId, root: NodeId) -> Option<NodeId> {
        let mut cur = id;
        loop {
            if cur == root {
                return None;
            }
            if let Some(next) = self.next_sibling(cur) {
                return Some(next);
            }
            cur = self.parent(cur)?;
        }
    }

    pub fn element(&self, id: NodeId) -> Option<&Element> {
        match &self.nodes[id as usize].data {
            NodeData::Element(e) => Some(e),
            _ => None,
        }
    }

    pub fn element_mut(&mut self, id: NodeId) -> Option<&mut Element> {
        match &mut self.nodes[id as usize].data {
            NodeData::Element(e) => Some(e),
            _ => None,
        }
    }

    pub fn is_element(&self, id: NodeId) -> bool {
        matches!(self.nodes[id as usize].data, NodeData::Element(_))
    }

    /// The element's lowercase tag name, or "" for other nodes.
    pub fn tag(&self, id: NodeId) -> &str {
        self.element(id).map_or("", |e| e.name.as_str())
    }

    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        self.element(id).and_then(|e| e.attr(name))
    }

    pub fn set_attr(&mut self, id: NodeId, name: &str, value: &str) {
        if let Some(e) = self.element_mut(id) {
            match e.attrs.iter_mut().find(|(n, _)| n == name) {
                Some((_, v)) => *v = value.to_string(),
                None => e.attrs.push((name.to_string(), value.to_string())),
            }
        }
    }

    pub fn text(&self, id: NodeId) -> Option<&str> {
        match &self.nodes[id as usize].data {
            NodeData::Text(t) => Some(t),
            _ => None,
        }
    }

    /// All the text below `id`, concatenated as in `textContent`.
    pub fn text_content(&self, id: NodeId) -> String {
        let mut out = String::new();
        for d in self.descendants(id) {
            if let Some(t) = self.text(d) {
                out.push_str(t);
            }
        }
        out
    }

    /// The `<html>`, `<head>` and `<body>` elements, if the tree has them.
    pub fn find_tag(&self, root: NodeId, name: &str) -> Option<NodeId> {
        self.descendants(root).find(|&d| self.tag(d) == name)
    }

    pub fn body(&self) -> NodeId {
        self.find_tag(DOCUMENT, "body").unwrap_or(DOCUMENT)
    }

    pub fn head(&self) -> Option<NodeId> {
        self.find_tag(DOCUMENT, "head")
    }

    /// Whether `id` is still attached below the document.
    pub fn is_attached(&self, id: NodeId) -> bool {
        id == DOCUMENT || self.ancestors(id).any(|a| a == DOCUMENT)
    }
}

/// One step of [`Arena::walk`]: entering a node, or leaving it after its
/// children.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Enter(NodeId),
    Leave(NodeId),
}

/// What the visitor of [`Arena::walk`] wants next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Walk {
    Continue,
    /// On `Enter`: do not go into this node's children (its `Leave` still comes).
    SkipChildren,
}

impl Arena {
    /// Visits `root`'s subtree in document order, telling when each node is
    /// entered and left. Iterative: depth costs no stack.
    pub fn walk(&self, root: NodeId, mut visit: impl FnMut(Step) -> Walk) {
        let mut cur = root;
        loop {
            let descend = visit(Step::Enter(cur)) == Walk::Continue;
            if descend && let Some(c) = self.first_child(cur) {
                cur = c;
                continue;
            }
            // Leave `cur` and every ancestor whose children are done.
            loop {
                visit(Step::Leave(cur));
                if cur == root {
                    return;
                }
                if let Some(next) = self.next_sibling(cur) {
                    cur = next;
                    break;
                }
                match self.parent(cur) {
                    Some(p) => cur = p,
                    None => return,
                }
            }
        }
    }
}

fn some(id: NodeId) -> Option<NodeId> {
    (id != NONE).then_some(id)
}

pub struct Children<'a> {
    arena: &'a Arena,
    next: NodeId,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let cur = some(self.next)?;
        self.next = self.arena.nodes[cur as usize].next_sibling;
        Some(cur)
    }
}

pub struct Descendants<'a> {
    arena: &'a Arena,
    root: NodeId,
    next: NodeId,
}

impl Descendants<'_> {
    /// Do not descend into the node last returned.
    pub fn skip_children(&mut self, of: NodeId) {
        self.next = self
            .arena
            .next_skipping_children(of, self.root)
            .unwrap_or(NONE);
    }
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let cur = some(self.next)?;
        self.next = match self.arena.first_child(cur) {
            Some(c) => c,
            None => self
                .arena
                .next_skipping_children(cur, self.root)
                .unwrap_or(NONE),
        };
        Some(cur)
    }
}

/// Collapses runs of white space to one space and trims the ends.
pub fn normalize_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The first `words` words of a subtree's text, with "…" if cut.
pub fn excerpt(arena: &Arena, id: NodeId, words: usize) -> String {
    let mut text = arena.text_content(id);
    if text.trim().is_empty() {
        // An image-only block: name it by its label or image's alt text.
        text = arena
            .descendants(id)
            .find_map(|d| {
                arena.attr(d, "aria-label").or_else(|| {
                    (arena.tag(d) == "img")
                        .then(|| arena.attr(d, "alt"))
                        .flatten()
                })
            })
            .unwrap_or("")
            .to_string();
    }
    let mut it = text.split_whitespace();
    let mut out: Vec<&str> = it.by_ref().take(words).collect();
    if it.next().is_some() {
        out.push("…");
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (Arena, NodeId, NodeId, NodeId) {
        let mut a = Arena::new();
        let div = a.append_element(DOCUMENT, "div", vec![]);
        let p1 = a.append_element(div, "p", vec![]);
        a.append_text(p1, "one ");
        a.append_text(p1, "two");
        let p2 = a.append_element(div, "p", vec![("class".into(), "x".into())]);
        a.append_text(p2, "three");
        (a, div, p1, p2)
    }

    #[test]
    fn builds_and_walks_in_document_order() {
        let (a, div, p1, p2) = sample();
        let tags: Vec<&str> = a.descendants(div).map(|d| a.tag(d)).collect();
        assert_eq!(tags, ["div", "p", "", "p", ""]);
        assert_eq!(a.text_content(div), "one twothree");
        assert_eq!(a.children(div).collect::<Vec<_>>(), [p1, p2]);
        assert_eq!(a.attr(p2, "class"), Some("x"));
    }

    #[test]
    fn detach_and_reinsert_keep_links_consistent() {
        let (mut a, div, p1, p2) = sample();
        a.detach(p1);
        assert_eq!(a.children(div).collect::<Vec<_>>(), [p2]);
        assert!(!a.is_attached(p1));
        a.insert_before(p2, p1);
        assert_eq!(a.children(div).collect::<Vec<_>>(), [p1, p2]);
        a.unwrap(p1);
        assert_eq!(a.text_content(div), "one twothree");
        assert_eq!(a.element_children(div).count(), 1);
    }

    #[test]
    fn deep_trees_walk_without_recursion() {
        let mut a = Arena::new();
        let mut cur = DOCUMENT;
        for _ in 0..200_000 {
            cur = a.append_element(cur, "div", vec![]);
        }
        a.append_text(cur, "deep");
        assert_eq!(a.text_content(DOCUMENT), "deep");
        assert_eq!(a.ancestors(cur).count(), 200_000);
    }

    #[test]
    fn excerpt_cuts_long_text() {
        let (a, div, ..) = sample();
        assert_eq!(excerpt(&a, div, 1), "one …");
    }
}
