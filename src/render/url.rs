//! A small RFC 3986 reference resolver (no `url` crate: the wasm stays small).
//!
//! Input: a base URL (absolute, with a scheme) and a reference as found in an
//! `href` or `src`. Output: the absolute URL, or `None` when the reference is
//! relative and there is no usable base. Already-absolute references (any
//! scheme, `data:` included) come back as they are, dot segments removed;
//! deciding which schemes may be shown is the serializer's job
//! ([`scheme`] helps it).

/// The five parts of a URI reference (RFC 3986 §3 / appendix B).
#[derive(Debug, Default, PartialEq)]
struct Parts<'a> {
    scheme: Option<&'a str>,
    authority: Option<&'a str>,
    path: &'a str,
    query: Option<&'a str>,
    fragment: Option<&'a str>,
}

/// Splits a reference as the regular expression of RFC 3986 appendix B does.
fn split(s: &str) -> Parts<'_> {
    let mut parts = Parts::default();
    let mut rest = s;
    if let Some(i) = rest.find('#') {
        parts.fragment = Some(&rest[i + 1..]);
        rest = &rest[..i];
    }
    if let Some(i) = rest.find('?') {
        parts.query = Some(&rest[i + 1..]);
        rest = &rest[..i];
    }
    if let Some(i) = rest.find(':') {
        let candidate = &rest[..i];
        // A scheme is a letter then letters, digits, `+`, `-`, `.`; a colon
        // after a `/` belongs to the path.
        if is_scheme(candidate) {
            parts.scheme = Some(candidate);
            rest = &rest[i + 1..];
        }
    }
    if let Some(after) = rest.strip_prefix("//") {
        let end = after.find('/').unwrap_or(after.len());
        parts.authority = Some(&after[..end]);
        rest = &after[end..];
    }
    parts.path = rest;
    parts
}

fn is_scheme(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// The lowercase scheme of an absolute URL (`https`, `data`, `javascript`),
/// after dropping the white space and control characters browsers ignore.
pub fn scheme(url: &str) -> Option<String> {
    let cleaned = strip_ignored(url);
    split(&cleaned).scheme.map(|s| s.to_ascii_lowercase())
}

/// Browsers drop leading/trailing C0 controls and spaces, and tabs and
/// newlines anywhere (so `java\nscript:` is `javascript:`).
fn strip_ignored(s: &str) -> String {
    s.trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|&c| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// Resolves `href` against `base` (RFC 3986 §5.2). `None` when `href` is
/// relative and `base` is missing or not absolute.
pub fn resolve(base: Option<&str>, href: &str) -> Option<String> {
    let href = strip_ignored(href);
    let r = split(&href);
    if let Some(scheme) = r.scheme {
        // Already absolute: keep it, only tidy the dot segments.
        let path = if r.authority.is_some() || r.path.starts_with('/') {
            remove_dot_segments(r.path)
        } else {
            r.path.to_string()
        };
        return Some(compose(
            &scheme.to_ascii_lowercase(),
            r.authority,
            &path,
            r.query,
            r.fragment,
        ));
    }
    let base = strip_ignored(base?);
    let b = split(&base);
    let scheme = b.scheme?.to_ascii_lowercase();
    let (authority, path, query);
    if r.authority.is_some() {
        authority = r.authority;
        path = remove_dot_segments(r.path);
        query = r.query;
    } else {
        authority = b.authority;
        if r.path.is_empty() {
            path = b.path.to_string();
            query = r.query.or(b.query);
        } else {
            path = if r.path.starts_with('/') {
                remove_dot_segments(r.path)
            } else {
                remove_dot_segments(&merge(&b, r.path))
            };
            query = r.query;
        }
    }
    Some(compose(&scheme, authority, &path, query, r.fragment))
}

/// RFC 3986 §5.2.3: the base path up to its last `/`, then the reference.
fn merge(base: &Parts<'_>, path: &str) -> String {
    if base.authority.is_some() && base.path.is_empty() {
        return format!("/{path}");
    }
    match base.path.rfind('/') {
        Some(i) => format!("{}{}", &base.path[..=i], path),
        None => path.to_string(),
    }
}

/// RFC 3986 §5.2.4, on whole segments.
fn remove_dot_segments(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let absolute = path.starts_with('/');
    let segments: Vec<&str> = path.split('/').collect();
    let last = segments.len().saturating_sub(1);
    let mut trailing_slash = false;
    for (i, seg) in segments.iter().enumerate() {
        if i == 0 && absolute {
            continue;
        }
        match *seg {
            "." => trailing_slash = i == last,
            ".." => {
                out.pop();
                trailing_slash = i == last;
            }
            s => {
                out.push(s);
                trailing_slash = false;
            }
        }
    }
    let mut result = String::with_capacity(path.len());
    if absolute {
        result.push('/');
    }
    result.push_str(&out.join("/"));
    if trailing_slash && !result.ends_with('/') {
        result.push('/');
    }
    result
}

/// RFC 3986 §5.3.
fn compose(
    scheme: &str,
    authority: Option<&str>,
    path: &str,
    query: Option<&str>,
    fragment: Option<&str>,
) -> String {
    let mut s = String::with_capacity(scheme.len() + path.len() + 16);
    s.push_str(scheme);
    s.push(':');
    if let Some(a) = authority {
        s.push_str("//");
        s.push_str(a);
    }
    s.push_str(path);
    if let Some(q) = query {
        s.push('?');
        s.push_str(q);
    }
    if let Some(f) = fragment {
        s.push('#');
        s.push_str(f);
    }
    s
}

/// Whether `url` is absolute with an `http`/`https` scheme and a host.
pub fn is_http(url: &str) -> bool {
    let p = split(url.trim());
    p.scheme
        .is_some_and(|s| s.eq_ignore_ascii_case("http") || s.eq_ignore_ascii_case("https"))
        && p.authority.is_some_and(|a| !a.is_empty())
}

/// The host of an absolute URL, lowercase, without port, user info or `www.`.
pub fn host(url: &str) -> Option<String> {
    let authority = split(url.trim()).authority?;
    let host = authority.rsplit('@').next().unwrap_or(authority);
    let host = host.split(':').next().unwrap_or(host).to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (!host.is_empty()).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "http://a/b/c/d;p?q";

    fn r(href: &str) -> String {
        resolve(Some(BASE), href).unwrap()
    }

    #[test]
    fn rfc3986_normal_examples() {
        let cases = [
            ("g:h", "g:h"),
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"),
            ("g#s", "http://a/b/c/g#s"),
            ("g?y#s", "http://a/b/c/g?y#s"),
            (";x", "http://a/b/c/;x"),
            ("g;x", "http://a/b/c/g;x"),
            ("g;x?y#s", "http://a/b/c/g;x?y#s"),
            ("", "http://a/b/c/d;p?q"),
            (".", "http://a/b/c/"),
            ("./", "http://a/b/c/"),
            ("..", "http://a/b/"),
            ("../", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../", "http://a/"),
            ("../../g", "http://a/g"),
        ];
        for (href, want) in cases {
            assert_eq!(r(href), want, "{href}");
        }
    }

    #[test]
    fn rfc3986_abnormal_examples() {
        let cases = [
            ("../../../g", "http://a/g"),
            ("../../../../g", "http://a/g"),
            ("/./g", "http://a/g"),
            ("/../g", "http://a/g"),
            ("g.", "http://a/b/c/g."),
            (".g", "http://a/b/c/.g"),
            ("g..", "http://a/b/c/g.."),
            ("..g", "http://a/b/c/..g"),
            ("./../g", "http://a/b/g"),
            ("./g/.", "http://a/b/c/g/"),
            ("g/./h", "http://a/b/c/g/h"),
            ("g/../h", "http://a/b/c/h"),
            ("g;x=1/./y", "http://a/b/c/g;x=1/y"),
            ("g;x=1/../y", "http://a/b/c/y"),
            ("g?y/./x", "http://a/b/c/g?y/./x"),
            ("g?y/../x", "http://a/b/c/g?y/../x"),
            ("g#s/./x", "http://a/b/c/g#s/./x"),
            ("g#s/../x", "http://a/b/c/g#s/../x"),
            ("http:g", "http:g"),
        ];
        for (href, want) in cases {
            assert_eq!(r(href), want, "{href}");
        }
    }

    #[test]
    fn web_cases() {
        let base = Some("https://example.com/news/2024/story.html");
        assert_eq!(
            resolve(base, "//cdn.example.net/a.jpg").unwrap(),
            "https://cdn.example.net/a.jpg"
        );
        assert_eq!(
            resolve(base, "img/a.jpg").unwrap(),
            "https://example.com/news/2024/img/a.jpg"
        );
        assert_eq!(
            resolve(Some("https://example.com"), "a.jpg").unwrap(),
            "https://example.com/a.jpg"
        );
        assert_eq!(
            resolve(base, " https://x.org/y ").unwrap(),
            "https://x.org/y"
        );
        assert_eq!(
            resolve(base, "data:image/png;base64,AAA=").unwrap(),
            "data:image/png;base64,AAA="
        );
        assert_eq!(resolve(None, "/relative"), None);
        assert_eq!(resolve(Some("not a url"), "x"), None);
        assert_eq!(
            resolve(None, "HTTPS://x.org/a/../b").unwrap(),
            "https://x.org/b"
        );
    }

    #[test]
    fn scheme_sees_through_obfuscation() {
        assert_eq!(
            scheme(" java\nscript:alert(1)").as_deref(),
            Some("javascript")
        );
        assert_eq!(scheme("JAVASCRIPT:x").as_deref(), Some("javascript"));
        assert_eq!(scheme("/a:b"), None);
        assert_eq!(scheme("a/b:c"), None);
    }

    #[test]
    fn hosts() {
        assert_eq!(
            host("https://www.Example.com:8080/x").as_deref(),
            Some("example.com")
        );
        assert_eq!(host("/x"), None);
        assert!(is_http("https://a.b/"));
        assert!(!is_http("/a"));
        assert!(!is_http("javascript:x"));
    }
}
