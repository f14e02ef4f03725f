//! From page bytes to an [`Arena`].
//!
//! Input: the bytes of a page in any encoding, and an optional charset hint.
//! Output: the arena html5ever builds (the same tree a browser builds), or a
//! one-line [`Error`] for input that is empty or not a page at all.
//!
//! Steps: refuse binary input; decode (BOM, then the hint, then
//! `<meta charset>`, else UTF-8 with replacement); the lol_html pre-clean;
//! html5ever into the arena through [`Sink`].

use std::borrow::Cow;
use std::cell::RefCell;

use html5ever::interface::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::{Attribute, QualName, parse_document};

use super::{Arena, DOCUMENT, NodeData, NodeId, preclean};
use crate::Error;

/// Parses page bytes. See the module comment for the steps.
pub fn parse_bytes(bytes: &[u8], charset_hint: Option<&str>) -> Result<Arena, Error> {
    check_input(bytes)?;
    Ok(parse_str(&decode(bytes, charset_hint)))
}

/// Parses page text that is already decoded (a JavaScript string): the
/// same checks, no decoding (so the wasm build links no encoding tables).
pub fn parse_text(html: &str) -> Result<Arena, Error> {
    check_input(html.as_bytes())?;
    Ok(parse_str(html))
}

/// Refuses input that is empty or plainly not a page.
fn check_input(bytes: &[u8]) -> Result<(), Error> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::Empty);
    }
    match binary_kind(bytes) {
        Some(kind) => Err(Error::NotHtml(kind)),
        None => Ok(()),
    }
}

/// Parses page text (already decoded), pre-clean included: the lol_html
/// streaming pass where it is built in, else the same rules on the arena.
pub fn parse_str(html: &str) -> Arena {
    #[cfg(feature = "stream")]
    if let Ok(clean) = preclean::preclean(html) {
        return parse_tree(&clean);
    }
    parse_str_without_stream(html)
}

/// The pre-clean on the arena (the wasm build's way, and the fallback).
pub fn parse_str_without_stream(html: &str) -> Arena {
    let mut arena = parse_tree(&preclean::limit_depth(html));
    preclean::preclean_arena(&mut arena);
    arena
}

/// html5ever alone, no pre-clean: the tree exactly as a browser builds it.
pub fn parse_tree(html: &str) -> Arena {
    let sink = Sink {
        arena: RefCell::new(Arena::new()),
        names: RefCell::new(Vec::new()),
    };
    parse_document(sink, Default::default()).one(html)
}

/// Names the bytes if they are plainly not text: a known binary signature,
/// or control bytes where text would be.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "a PNG image"),
        (b"GIF8", "a GIF image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"%PDF", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"\x1F\x8B", "gzip-compressed data"),
        (b"\x7FELF", "an executable"),
        (b"RIFF", "a RIFF media file"),
        (b"\x00\x00\x01\x00", "an icon"),
        (b"wOF", "a web font"),
    ];
    if let Some((_, kind)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(kind);
    }
    let head = &bytes[..bytes.len().min(4096)];
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        return None; // UTF-16 with a BOM: NULs are expected
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    (control * 10 > head.len()).then_some("binary data")
}

/// Decodes to UTF-8: BOM first, then the caller's hint, then valid UTF-8
/// as it is, then a `<meta charset>` / `http-equiv` declaration in the first
/// 4 KB, else UTF-8. Malformed sequences become U+FFFD.
///
/// Valid UTF-8 wins over a `<meta>`: saved pages are often re-encoded
/// while keeping a stale `charset=gb2312` (Readability's `qq` page), and
/// text in a legacy encoding is almost never valid UTF-8 by chance.
pub fn decode(bytes: &[u8], hint: Option<&str>) -> String {
    let encoding = encoding_rs::Encoding::for_bom(bytes)
        .map(|(e, _)| e)
        .or_else(|| hint.and_then(|h| encoding_rs::Encoding::for_label(h.trim().as_bytes())))
        .or_else(|| {
            std::str::from_utf8(bytes)
                .is_ok()
                .then_some(encoding_rs::UTF_8)
        })
        .or_else(|| sniff_meta_charset(bytes))
        .unwrap_or(encoding_rs::UTF_8);
    let (text, _, _) = encoding.decode(bytes);
    // NUL is never text; html5ever would keep it as U+FFFD anyway.
    if text.contains('\0') {
        return text.replace('\0', "\u{FFFD}");
    }
    text.into_owned()
}

/// Finds `charset=NAME` inside a `<meta` tag near the start of the page.
fn sniff_meta_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let mut rest = head.as_str();
    while let Some(i) = rest.find("<meta") {
        rest = &rest[i + 5..];
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        if let Some(j) = tag.find("charset=") {
            let value = tag[j + 8..].trim_start_matches(['"', '\'', ' ']);
            let end = value
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                .unwrap_or(value.len());
            let enc = encoding_rs::Encoding::for_label(&value.as_bytes()[..end])?;
            // A page cannot really be UTF-16 if it declares so in ASCII.
            if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                return Some(encoding_rs::UTF_8);
            }
            return Some(enc);
        }
    }
    None
}

/// html5ever's tree sink writing into our arena. Handles are node ids.
struct Sink {
    arena: RefCell<Arena>,
    /// Qualified names of the elements, by node id, for `elem_name`.
    names: RefCell<Vec<(NodeId, QualName)>>,
}

impl Sink {
    fn name_slot(&self, id: NodeId) -> usize {
        let names = self.names.borrow();
        names
            .binary_search_by_key(&id, |(n, _)| *n)
            .unwrap_or(usize::MAX)
    }

    fn insert(
        &self,
        child: NodeOrText<NodeId>,
        place: impl FnOnce(&mut Arena, NodeId),
        merge_into: Option<NodeId>,
    ) {
        let mut arena = self.arena.borrow_mut();
        let node = match child {
            NodeOrText::AppendNode(n) => n,
            NodeOrText::AppendText(text) => {
                if let Some(prev) = merge_into
                    && let NodeData::Text(t) = arena.data_mut(prev)
                {
                    t.push_str(&text);
                    return;
                }
                arena.create(NodeData::Text(text.to_string()))
            }
        };
        place(&mut arena, node);
    }
}

/// Element names are stored lowercase as plain strings; html5ever needs its
/// `QualName` back, so the sink keeps them in a side table sorted by id.
#[derive(Debug)]
pub struct Name<'a>(std::cell::Ref<'a, Vec<(NodeId, QualName)>>, usize);

impl html5ever::interface::ElemName for Name<'_> {
    fn ns(&self) -> &html5ever::Namespace {
        &self.0[self.1].1.ns
    }
    fn local_name(&self) -> &html5ever::LocalName {
        &self.0[self.1].1.local
    }
}

impl TreeSink for Sink {
    type Handle = NodeId;
    type Output = Arena;
    type ElemName<'a> = Name<'a>;

    fn finish(self) -> Arena {
        self.arena.into_inner()
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        DOCUMENT
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Name<'a> {
        let slot = self.name_slot(*target);
        Name(self.names.borrow(), slot)
    }

    fn create_element(
        &self,
        name: QualName,
        attrs: Vec<Attribute>,
        _flags: ElementFlags,
    ) -> NodeId {
        let attrs = attrs
            .into_iter()
            .map(|a| (a.name.local.to_string(), a.value.to_string()))
            .collect();
        let id = self
            .arena
            .borrow_mut()
            .create(NodeData::Element(super::Element {
                name: name.local.to_ascii_lowercase().to_string(),
                attrs,
            }));
        self.names.borrow_mut().push((id, name));
        id
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        // Comments are dropped: an empty text node keeps the handle valid.
        self.arena
            .borrow_mut()
            .create(NodeData::Text(String::new()))
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.arena
            .borrow_mut()
            .create(NodeData::Text(String::new()))
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        let last = self.arena.borrow().node(*parent).last_child;
        let merge = (last != super::NONE).then_some(last);
        self.insert(child, |a, n| a.append(*parent, n), merge);
    }

    fn append_before_sibling(&self, sibling: &NodeId, child: NodeOrText<NodeId>) {
        let prev = self.arena.borrow().node(*sibling).prev_sibling;
        let merge = (prev != super::NONE).then_some(prev);
        self.insert(child, |a, n| a.insert_before(*sibling, n), merge);
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        if self.arena.borrow().parent(*element).is_some() {
            self.append_before_sibling(element, child)
        } else {
            self.append(prev_element, child)
        }
    }

    fn append_doctype_to_document(
        &self,
        _name: StrTendril,
        _public_id: StrTendril,
        _system_id: StrTendril,
    ) {
    }

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        // Template contents are never read: they parse into the template itself.
        *target
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        let mut arena = self.arena.borrow_mut();
        if let Some(el) = arena.element_mut(*target) {
            for a in attrs {
                let name = a.name.local.to_string();
                if el.attr(&name).is_none() {
                    el.attrs.push((name, a.value.to_string()));
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &NodeId) {
        self.arena.borrow_mut().detach(*target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        let mut arena = self.arena.borrow_mut();
        while let Some(child) = arena.first_child(*node) {
            arena.append(*new_parent, child);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_a_browser() {
        let a = parse_str("<title>T</title><p>one<p>two<table><td>cell</table>");
        let body = a.body();
        let tags: Vec<&str> = a
            .descendants(body)
            .filter(|&d| a.is_element(d))
            .map(|d| a.tag(d))
            .collect();
        assert_eq!(tags, ["body", "p", "p", "table", "tbody", "tr", "td"]);
        assert_eq!(a.text_content(body), "onetwocell");
    }

    #[test]
    fn misnested_formatting_is_repaired() {
        let a = parse_str("<p><b>bold<i>both</b>italic</i></p>");
        assert_eq!(a.text_content(a.body()), "boldbothitalic");
    }

    #[test]
    fn refuses_empty_and_binary_input() {
        assert_eq!(parse_bytes(b"  \n", None).unwrap_err(), Error::Empty);
        assert!(matches!(
            parse_bytes(b"\x89PNG\r\n\x1a\n\0\0", None),
            Err(Error::NotHtml(_))
        ));
        let junk: Vec<u8> = (0..4000u32).map(|i| (i * 7 % 32) as u8).collect();
        assert!(matches!(parse_bytes(&junk, None), Err(Error::NotHtml(_))));
    }

    #[test]
    fn decodes_declared_and_hinted_charsets() {
        let latin1 = b"<meta charset=\"iso-8859-1\"><p>caf\xe9</p>";
        assert!(decode(latin1, None).contains("café"));
        assert!(decode(b"<p>caf\xe9</p>", Some("windows-1252")).contains("café"));
        assert!(decode(b"<p>caf\xe9</p>", None).contains("caf\u{FFFD}"));
        let bom = b"\xEF\xBB\xBF<p>\xc3\xa9</p>";
        assert!(decode(bom, Some("latin1")).contains("<p>é</p>"));
    }

    #[test]
    fn keeps_noscript_image_fallbacks_as_elements() {
        let a = parse_str(
            r#"<p><img src="data:x" data-none="1"><noscript><img src="/real.jpg"></noscript></p>"#,
        );
        let imgs: Vec<_> = a
            .descendants(DOCUMENT)
            .filter(|&d| a.tag(d) == "img")
            .collect();
        assert_eq!(imgs.len(), 2);
        assert_eq!(a.attr(imgs[1], "src"), Some("/real.jpg"));
    }
}
