//! The wasm-bindgen API: what the extension and the demo page call.
//!
//! - `cleanHtml(html, url?, options?)` -> the Article as a plain object.
//! - `cleanHtmlWithRemovals(html, url?, options?)` -> `{article, removals}`,
//!   where each removal is `{position, tag, kind}`: the element's position
//!   among the page's counted elements (`dom::positions`) and its tag name,
//!   for the strict-CSP fallback that removes those elements from the live
//!   page without wasm.
//! - `cleanLive(url?, options?)` -> a [`LiveClean`] handle on the live page:
//!   `article()`, `count()`, `apply()`, `undo()`.
//! - `renderStandalone(article)` -> a self-contained HTML document.
//! - `renderMarkdown(article, savedIso)` -> Markdown with YAML front matter.
//! - `version()`.
//!
//! `options` is `{charset?: string}`. Errors are thrown as JS `Error`s with a
//! one-line message; nothing here panics on bad input.

use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Node};

use crate::dom::{self, positions};
use crate::{Article, Kind, Options, Quote};

/// One clutter element to remove, named so a script can find it on the live page.
#[derive(Debug, Serialize)]
struct Removal {
    position: u32,
    tag: String,
    kind: Kind,
}

#[derive(Serialize)]
struct WithRemovals<'a> {
    article: &'a Article,
    removals: Vec<Removal>,
}

fn error(msg: impl std::fmt::Display) -> JsValue {
    js_sys::Error::new(&msg.to_string()).into()
}

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    let serializer = serde_wasm_bindgen::Serializer::new()
        .serialize_maps_as_objects(true)
        .serialize_missing_as_null(true);
    value.serialize(&serializer).map_err(error)
}

fn options(url: Option<String>, options: JsValue) -> Result<Options, JsValue> {
    let charset = if options.is_undefined() || options.is_null() {
        None
    } else {
        let charset = field(&options, "charset");
        if !(charset.is_undefined() || charset.is_null() || charset.is_string()) {
            return Err(error("bad options: `charset` must be a string"));
        }
        charset.as_string()
    };
    Ok(Options {
        url: url.filter(|u| !u.is_empty()),
        charset,
    })
}

// JS objects are read field by field here rather than through a serde deserializer for JS
// values: that deserializer, with the float formatting its error messages pull in, cost 7.4 KB
// of the 400 KB gzip budget, for the two render calls and the options.

/// `obj[key]`, or `undefined`.
fn field(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// The items of an array field (none when it is missing or not an array).
fn items(obj: &JsValue, key: &str) -> Vec<JsValue> {
    let value = field(obj, key);
    if js_sys::Array::is_array(&value) {
        js_sys::Array::from(&value).iter().collect()
    } else {
        Vec::new()
    }
}

/// The fields of an Article (as `cleanHtml` returns it) that rendering reads; an object without
/// `content_html` is no Article.
fn article_from_js(obj: &JsValue) -> Result<Article, JsValue> {
    let text = |key: &str| field(obj, key).as_string();
    let content_html =
        text("content_html").ok_or_else(|| error("bad article: no `content_html`"))?;
    let quotes = items(obj, "quotes")
        .iter()
        .map(|q| Quote {
            text: field(q, "text").as_string().unwrap_or_default(),
            speaker: field(q, "speaker").as_string(),
            cue: field(q, "cue").as_string(),
            fragment: field(q, "fragment").as_bool().unwrap_or(false),
            ..Quote::default()
        })
        .collect();
    Ok(Article {
        url: text("url"),
        title: text("title"),
        byline: text("byline"),
        site_name: text("site_name"),
        published: text("published"),
        lang: text("lang"),
        dir: text("dir"),
        excerpt: text("excerpt"),
        lead_image: text("lead_image"),
        content_html,
        text: text("text").unwrap_or_default(),
        markdown: text("markdown").unwrap_or_default(),
        word_count: field(obj, "word_count").as_f64().unwrap_or(0.0) as usize,
        reading_minutes: field(obj, "reading_minutes").as_f64().unwrap_or(0.0) as u32,
        summary: items(obj, "summary")
            .iter()
            .filter_map(JsValue::as_string)
            .collect(),
        quotes,
        removed: Vec::new(),
        readerable: field(obj, "readerable").as_bool().unwrap_or(false),
    })
}

/// Cleans page HTML; returns the Article.
#[wasm_bindgen(js_name = cleanHtml)]
pub fn clean_html(html: &str, url: Option<String>, opts: JsValue) -> Result<JsValue, JsValue> {
    let options = options(url, opts)?;
    let article = crate::clean_text(html, &options).map_err(error)?;
    to_js(&article)
}

/// Cleans page HTML; returns `{article, removals: [{position, tag, kind}]}`.
#[wasm_bindgen(js_name = cleanHtmlWithRemovals)]
pub fn clean_html_with_removals(
    html: &str,
    url: Option<String>,
    opts: JsValue,
) -> Result<JsValue, JsValue> {
    let options = options(url, opts)?;
    let arena = dom::parse::parse_text(html).map_err(error)?;
    // Positions and tags are read before the pipeline detaches anything.
    let table = positions::position_table(&arena);
    let tags: Vec<String> = (0..arena.len() as u32)
        .map(|id| {
            if table[id as usize] == positions::NOT_COUNTED {
                String::new()
            } else {
                arena.tag(id).to_string()
            }
        })
        .collect();
    let outcome = crate::clean_arena(arena, &options);
    let removals = outcome
        .removals
        .iter()
        .filter_map(|&(node, kind)| {
            let position = *table.get(node as usize)?;
            (position != positions::NOT_COUNTED).then(|| Removal {
                position,
                tag: tags[node as usize].clone(),
                kind,
            })
        })
        .collect();
    to_js(&WithRemovals {
        article: &outcome.article,
        removals,
    })
}

/// A self-contained HTML document for an Article (as `cleanHtml` returns it).
#[wasm_bindgen(js_name = renderStandalone)]
pub fn render_standalone(article: JsValue) -> Result<String, JsValue> {
    Ok(crate::render::standalone(&article_from_js(&article)?))
}

/// A Markdown file for an Article: YAML front matter (`saved` is the save
/// time, ISO 8601), the body, then the quotes.
#[wasm_bindgen(js_name = renderMarkdown)]
pub fn render_markdown(article: JsValue, saved: &str) -> Result<String, JsValue> {
    Ok(crate::render::markdown_document(
        &article_from_js(&article)?,
        saved,
    ))
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// A removed live node and where it stood.
struct Placed {
    node: Node,
    parent: Node,
    next: Option<Node>,
}

/// The pipeline run on the live page, holding the live clutter nodes so they
/// can be removed and put back.
#[wasm_bindgen]
pub struct LiveClean {
    article: Article,
    removals: Vec<Node>,
    removed: Vec<Placed>,
}

/// Runs the pipeline on the live `document` (read only until `apply()`).
#[wasm_bindgen(js_name = cleanLive)]
pub fn clean_live(url: Option<String>, opts: JsValue) -> Result<LiveClean, JsValue> {
    let options = options(url, opts)?;
    let document = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("document"))
        .ok()
        .filter(|d| !d.is_undefined() && !d.is_null())
        .ok_or_else(|| error("no document to clean here"))?
        .unchecked_into::<Document>();
    let live = dom::live::build(&document);
    if live.arena.is_empty() {
        return Err(error(crate::Error::Empty));
    }
    let nodes = live.nodes;
    let outcome = crate::clean_arena(live.arena, &options);
    let removals = outcome
        .removals
        .iter()
        .filter_map(|&(id, _)| nodes.get(id as usize).cloned())
        .collect();
    Ok(LiveClean {
        article: outcome.article,
        removals,
        removed: Vec::new(),
    })
}

#[wasm_bindgen]
impl LiveClean {
    /// The Article, as `cleanHtml` returns it.
    pub fn article(&self) -> Result<JsValue, JsValue> {
        to_js(&self.article)
    }

    /// How many clutter subtrees `apply()` removes.
    pub fn count(&self) -> u32 {
        self.removals.len() as u32
    }

    /// Removes the clutter nodes from the page, recording where each stood.
    /// Returns how many were removed (0 if already applied).
    pub fn apply(&mut self) -> u32 {
        if !self.removed.is_empty() {
            return 0;
        }
        for node in &self.removals {
            let Some(parent) = node.parent_node() else {
                continue;
            };
            let next = node.next_sibling();
            if parent.remove_child(node).is_ok() {
                self.removed.push(Placed {
                    node: node.clone(),
                    parent,
                    next,
                });
            }
        }
        self.removed.len() as u32
    }

    /// Puts the very same nodes back where they stood, in reverse order.
    /// Returns how many were restored.
    pub fn undo(&mut self) -> u32 {
        let mut restored = 0;
        while let Some(p) = self.removed.pop() {
            // If the recorded sibling moved away meanwhile, append instead.
            let next = p
                .next
                .filter(|n| n.parent_node().as_ref() == Some(&p.parent));
            if p.parent.insert_before(&p.node, next.as_ref()).is_ok() {
                restored += 1;
            }
        }
        restored
    }

    /// Whether `apply()` has removed nodes that `undo()` has not put back.
    pub fn applied(&self) -> bool {
        !self.removed.is_empty()
    }
}
