//! Schema.org JSON-LD: the article object a page describes itself with.
//!
//! Input: the texts of the page's `<script type="application/ld+json">`
//! elements. Output: [`LdArticle`], the fields of the first Article-like
//! object found (top level, arrays, `@graph`, or nested such as
//! `mainEntity`). Invalid JSON is ignored; HTML entities inside strings
//! (which pages often leave encoded) are decoded.

use serde_json::Value;

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

fn types(obj: &serde_json::Map<String, Value>) -> Vec<&str> {
    match obj.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// The first Article-like object in any of the scripts.
pub fn find_article(scripts: &[String]) -> Option<LdArticle> {
    scripts.iter().find_map(|s| {
        let value: Value = serde_json::from_str(strip_wrappers(s)).ok()?;
        article_in(&value).map(read_article)
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

/// Iterative search (serde_json already caps nesting at 128) over every
/// object below `root`, in document order.
fn article_in(root: &Value) -> Option<&serde_json::Map<String, Value>> {
    let mut stack = vec![root];
    let mut visited = 0usize;
    while let Some(v) = stack.pop() {
        visited += 1;
        if visited > 50_000 {
            return None;
        }
        match v {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(obj) => {
                if types(obj).iter().any(|t| is_article_type(t)) {
                    return Some(obj);
                }
                stack.extend(obj.values().rev());
            }
            _ => {}
        }
    }
    None
}

fn read_article(obj: &serde_json::Map<String, Value>) -> LdArticle {
    LdArticle {
        headline: obj.get("headline").and_then(text),
        name: obj.get("name").and_then(text),
        authors: obj.get("author").map(names).unwrap_or_default(),
        publisher: obj
            .get("publisher")
            .and_then(|p| names(p).into_iter().next()),
        date_published: obj.get("datePublished").and_then(text),
        image: obj.get("image").and_then(image_url),
        description: obj.get("description").and_then(text),
        body: obj
            .get("articleBody")
            .and_then(|v| v.as_str())
            .map(|s| decode_entities(s).trim().to_string()),
    }
}

/// A non-empty string value, decoded and normalised.
fn text(v: &Value) -> Option<String> {
    let s = normalize_space(&decode_entities(v.as_str()?));
    (!s.is_empty()).then_some(s)
}

/// Author/publisher names: a string, an object with `name`, or an array of
/// those. URLs are not names.
fn names(v: &Value) -> Vec<String> {
    let one = |v: &Value| -> Option<String> {
        let s = match v {
            Value::Object(o) => o.get("name").and_then(|n| match n {
                Value::Array(a) => a.first().and_then(text),
                other => text(other),
            })?,
            other => text(other)?,
        };
        (!s.starts_with("http://") && !s.starts_with("https://")).then_some(s)
    };
    match v {
        Value::Array(items) => {
            let mut out: Vec<String> = Vec::new();
            for n in items.iter().filter_map(one) {
                if !out.contains(&n) {
                    out.push(n);
                }
            }
            out
        }
        other => one(other).into_iter().collect(),
    }
}

/// `image`: a URL string, an `ImageObject` (`url` or `contentUrl`), or an
/// array of those (the first wins).
fn image_url(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(decode_entities(s).trim().to_string()).filter(|s| !s.is_empty()),
        Value::Object(o) => o
            .get("url")
            .or_else(|| o.get("contentUrl"))
            .and_then(image_url),
        Value::Array(a) => a.iter().find_map(image_url),
        _ => None,
    }
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
    fn author_as_plain_string() {
        let a =
            find(&[r#"{"@type":"Article","author":"Jo Bloggs","image":"https://x.org/i.png"}"#])
                .unwrap();
        assert_eq!(a.authors, ["Jo Bloggs"]);
        assert_eq!(a.image.as_deref(), Some("https://x.org/i.png"));
    }
}
