//! Schema.org JSON-LD: the article object a page describes itself with.
//!
//! Input: the texts of the page's `<script type="application/ld+json">`
//! elements. Output: [`LdArticle`], the fields of the first Article-like
//! object found (top level, arrays, `@graph`, or nested such as
//! `mainEntity`). Invalid JSON is ignored; HTML entities inside strings
//! (which pages often leave encoded) are decoded.
//!
//! The JSON is read with `miniserde`, whose value parser (no recursion, no
//! generic error formatting) costs the wasm module about 8 KB less than
//! `serde_json`'s.

use miniserde::json::{Object, Value};

use super::decode_entities;
use crate::dom::normalize_space;

/// What the page's JSON-LD says about its article. All strings are
/// entity-decoded and white-space-normalised.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct LdArticle {
    pub headline: Option<String>,
    pub name: Option<String>,
    /// Author names, in order.
    pub authors: Vec<String>,
    pub publisher: Option<String>,
    pub date_published: Option<String>,
    pub image: Option<String>,
    pub description: Option<String>,
    pub body: Option<String>,
}

/// Schema.org types whose object is "the article" (Readability's list,
/// matched by suffix so `OpinionNewsArticle` or `LiveBlogPosting` count).
fn is_article_type(t: &str) -> bool {
    let t = t.rsplit(['/', ':', '#']).next().unwrap_or(t);
    t.ends_with("Article")
        || t.ends_with("Posting")
        || matches!(t, "Report" | "APIReference" | "Recipe")
}

fn types(obj: &Object) -> Vec<&str> {
    match obj.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(as_str).collect(),
        _ => Vec::new(),
    }
}

/// The string a value holds, if it is one.
fn as_str(v: &Value) -> Option<&str> {
    match v {
        Value::String(s) => Some(s),
        _ => None,
    }
}

/// The object a value holds, if it is one.
fn as_object(v: &Value) -> Option<&Object> {
    match v {
        Value::Object(o) => Some(o),
        _ => None,
    }
}

/// The first Article-like object in any of the scripts.
pub fn find_article(scripts: &[String]) -> Option<LdArticle> {
    scripts.iter().find_map(|s| {
        let value = parse(s)?;
        let graph = Graph::index(&value);
        article_in(&value).map(|a| graph.read_article(a))
    })
}

/// The first `datePublished` in any JSON-LD object of the page (a
/// `WebPage` or `ClaimReview` often carries it when the article does not).
pub fn any_date_published(scripts: &[String]) -> Option<String> {
    scripts.iter().find_map(|s| {
        let value = parse(s)?;
        objects(&value).find_map(|obj| obj.get("datePublished").and_then(text))
    })
}

/// The objects of one JSON-LD document by `@id`, so that references such
/// as `"author": {"@id": "#/person/1"}` (Yoast and other `@graph` writers)
/// resolve to the node that has the name.
struct Graph<'a> {
    ids: std::collections::HashMap<&'a str, &'a Object>,
}

impl<'a> Graph<'a> {
    fn index(root: &'a Value) -> Graph<'a> {
        let mut ids: std::collections::HashMap<&'a str, &'a Object> =
            std::collections::HashMap::new();
        let mut stack = vec![root];
        let mut visited = 0usize;
        while let Some(v) = stack.pop() {
            visited += 1;
            if visited > 50_000 {
                break;
            }
            match v {
                Value::Array(items) => stack.extend(items.iter()),
                Value::Object(obj) => {
                    if let Some(id) = obj.get("@id").and_then(as_str) {
                        // The defining node has more than the bare reference.
                        let better = ids.get(id).is_none_or(|o| o.len() < obj.len());
                        if better {
                            ids.insert(id, obj);
                        }
                    }
                    stack.extend(obj.values());
                }
                _ => {}
            }
        }
        Graph { ids }
    }

    /// `v` itself, or the node it refers to when it is a bare `{"@id": …}`.
    fn resolve(&self, v: &'a Value) -> Option<&'a Object> {
        let obj = as_object(v)?;
        let id = obj.get("@id").and_then(as_str);
        match id.and_then(|id| self.ids.get(id)) {
            Some(node) if node.len() > obj.len() => Some(node),
            _ => Some(obj),
        }
    }

    fn read_article(&self, obj: &'a Object) -> LdArticle {
        LdArticle {
            headline: obj.get("headline").and_then(text),
            name: obj.get("name").and_then(text),
            authors: obj.get("author").map(|a| self.names(a)).unwrap_or_default(),
            publisher: obj
                .get("publisher")
                .and_then(|p| self.names(p).into_iter().next()),
            date_published: obj.get("datePublished").and_then(text),
            image: obj.get("image").and_then(|i| self.image_url(i)),
            description: obj.get("description").and_then(text),
            body: obj
                .get("articleBody")
                .and_then(as_str)
                .map(|s| decode_entities(s).trim().to_string()),
        }
    }

    /// Author/publisher names: a string, an object (or reference) with
    /// `name`, or an array of those. URLs are not names.
    fn names(&self, v: &'a Value) -> Vec<String> {
        let one = |v: &'a Value| -> Option<String> {
            let s = match v {
                Value::Object(_) => self.resolve(v)?.get("name").and_then(|n| match n {
                    Value::Array(a) => a.first().and_then(text),
                    other => text(other),
                })?,
                other => text(other)?,
            };
            (!s.starts_with("http://") && !s.starts_with("https://")).then_some(s)
        };
        let items: Vec<&Value> = match v {
            Value::Array(items) => items.iter().collect(),
            other => vec![other],
        };
        let mut out: Vec<String> = Vec::new();
        for n in items.into_iter().filter_map(one) {
            if !out.contains(&n) {
                out.push(n);
            }
        }
        out
    }

    /// `image`: a URL string, an `ImageObject` (or reference) with `url` or
    /// `contentUrl`, or an array of those (the first wins). One level of
    /// nesting is followed, no more.
    fn image_url(&self, v: &'a Value) -> Option<String> {
        let first = match v {
            Value::Array(a) => a.first()?,
            other => other,
        };
        let url = match first {
            Value::Object(_) => {
                let node = self.resolve(first)?;
                node.get("url").or_else(|| node.get("contentUrl"))?
            }
            other => other,
        };
        let s = decode_entities(as_str(url)?).trim().to_string();
        (!s.is_empty()).then_some(s)
    }
}

/// Parses one script; a second try with raw control characters (tabs and
/// newlines pasted inside strings, which JSON forbids) turned into spaces.
fn parse(script: &str) -> Option<Value> {
    let text = strip_wrappers(script);
    miniserde::json::from_str(text).ok().or_else(|| {
        let cleaned: String = text
            .chars()
            .map(|c| if c < ' ' { ' ' } else { c })
            .collect();
        miniserde::json::from_str(&cleaned).ok()
    })
}

/// Pages wrap JSON-LD in `<!-- -->` or `<![CDATA[ ]]>` for old browsers.
fn strip_wrappers(s: &str) -> &str {
    let mut t = s.trim();
    for (open, close) in [
        ("<!--", "-->"),
        ("//<![CDATA[", "//]]>"),
        ("<![CDATA[", "]]>"),
    ] {
        if let Some(inner) = t.strip_prefix(open) {
            t = inner.strip_suffix(close).unwrap_or(inner).trim();
        }
    }
    t
}

/// The first article object below `root`, in document order.
fn article_in(root: &Value) -> Option<&Object> {
    objects(root).find(|obj| types(obj).iter().any(|t| is_article_type(t)))
}

/// Every object below `root`, in document order: an iterative walk (the
/// parser does not recurse either) that gives up after 50,000 values.
fn objects(root: &Value) -> impl Iterator<Item = &Object> {
    let mut stack = vec![root];
    let mut visited = 0usize;
    std::iter::from_fn(move || {
        while let Some(v) = stack.pop() {
            visited += 1;
            if visited > 50_000 {
                stack.clear();
                return None;
            }
            match v {
                Value::Array(items) => stack.extend(items.iter().rev()),
                Value::Object(obj) => {
                    stack.extend(obj.values().rev());
                    return Some(obj);
                }
                _ => {}
            }
        }
        None
    })
}

/// A non-empty string value, decoded and normalised.
fn text(v: &Value) -> Option<String> {
    let s = normalize_space(&decode_entities(as_str(v)?));
    (!s.is_empty()).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(scripts: &[&str]) -> Option<LdArticle> {
        let owned: Vec<String> = scripts.iter().map(|s| s.to_string()).collect();
        find_article(&owned)
    }

    #[test]
    fn reads_a_news_article() {
        let a = find(&[r#"{"@context":"https://schema.org","@type":"NewsArticle","headline":"Big &amp; News",
            "author":[{"@type":"Person","name":"Ann Lee"},{"name":"Bo Ng"},"https://x.org/me"],
            "publisher":{"@type":"Organization","name":"The Paper"},"datePublished":"2024-11-26T10:00:00Z",
            "image":[{"@type":"ImageObject","url":"https://x.org/a.jpg"}],"articleBody":"Body."}"#])
        .unwrap();
        assert_eq!(a.headline.as_deref(), Some("Big & News"));
        assert_eq!(a.authors, ["Ann Lee", "Bo Ng"]);
        assert_eq!(a.publisher.as_deref(), Some("The Paper"));
        assert_eq!(a.image.as_deref(), Some("https://x.org/a.jpg"));
        assert_eq!(a.body.as_deref(), Some("Body."));
    }

    #[test]
    fn finds_the_article_in_graphs_arrays_and_later_scripts() {
        let graph = r#"{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":["BlogPosting"],"name":"Post"}]}"#;
        assert_eq!(find(&[graph]).unwrap().name.as_deref(), Some("Post"));
        let array = r#"[{"@type":"Organization"},{"@type":"http://schema.org/ReportageNewsArticle","headline":"H"}]"#;
        assert_eq!(find(&[array]).unwrap().headline.as_deref(), Some("H"));
        let nested = r#"{"@type":"WebPage","mainEntity":{"@type":"Article","headline":"Deep"}}"#;
        assert_eq!(
            find(&["not json {", "{\"@type\":\"Thing\"}", nested])
                .unwrap()
                .headline
                .as_deref(),
            Some("Deep")
        );
        assert_eq!(
            find(&["<!--{\"@type\":\"Article\",\"name\":\"C\"}-->"])
                .unwrap()
                .name
                .as_deref(),
            Some("C")
        );
        assert_eq!(find(&["{\"@type\":\"WebSite\"}"]), None);
    }

    #[test]
    fn references_by_id_resolve_in_the_graph() {
        let yoast = r##"{"@context":"https://schema.org","@graph":[
            {"@type":"Organization","@id":"https://x.org/#org","name":"X Daily","logo":{"@id":"https://x.org/#logo"}},
            {"@type":"ImageObject","@id":"https://x.org/#img","url":"https://x.org/i.jpg"},
            {"@type":"Article","@id":"https://x.org/a#article","headline":"H","author":{"@id":"https://x.org/#/person/1"},
             "publisher":{"@id":"https://x.org/#org"},"image":{"@id":"https://x.org/#img"}},
            {"@type":"Person","@id":"https://x.org/#/person/1","name":"Pat Doe"}]}"##;
        let a = find(&[yoast]).unwrap();
        assert_eq!(a.authors, ["Pat Doe"]);
        assert_eq!(a.publisher.as_deref(), Some("X Daily"));
        assert_eq!(a.image.as_deref(), Some("https://x.org/i.jpg"));
        // A dangling reference gives nothing rather than a wrong value.
        let a = find(&[r##"{"@type":"Article","author":{"@id":"#nobody"}}"##]).unwrap();
        assert!(a.authors.is_empty());
    }

    #[test]
    fn a_date_anywhere_in_the_graph() {
        let owned = vec![r#"{"@type":"ClaimReview","datePublished":"2019-11-18"}"#.to_string()];
        assert_eq!(find_article(&owned), None);
        assert_eq!(any_date_published(&owned).as_deref(), Some("2019-11-18"));
    }

    #[test]
    fn raw_newlines_inside_strings_are_tolerated() {
        let a = find(&["{\"@type\":\"Article\",\"headline\":\"Two\nlines\tand a tab\"}"]).unwrap();
        assert_eq!(a.headline.as_deref(), Some("Two lines and a tab"));
    }

    #[test]
    fn author_as_plain_string() {
        let a =
            find(&[r#"{"@type":"Article","author":"Jo Bloggs","image":"https://x.org/i.png"}"#])
                .unwrap();
        assert_eq!(a.authors, ["Jo Bloggs"]);
        assert_eq!(a.image.as_deref(), Some("https://x.org/i.png"));
    }
}
