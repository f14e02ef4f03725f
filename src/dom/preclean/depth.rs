//! Flattens nesting deeper than [`MAX_DEPTH`] in page text, for the build
//! without lol_html: a scan of tags (comments, raw-text elements, quoted
//! attributes and optional end tags respected) that drops the start and end
//! tags of elements past the limit and keeps their content, as lol_html's
//! pass does. Pages within the limit come back unchanged, borrowed.

use std::borrow::Cow;

use crate::wordset::WordSet;

use super::{MAX_DEPTH, tag_end};

static VOID: WordSet = WordSet::new(
    "
    area base br col embed hr img input link meta source track wbr param keygen
",
);
static RAW_TEXT: WordSet = WordSet::new(
    "
    script style textarea title xmp iframe noembed noframes noscript plaintext
",
);

/// Elements whose end tag may be left out, closed by a sibling of the same name.
fn closes_previous(open: &str, new: &str) -> bool {
    match new {
        "li" => open == "li",
        "dt" | "dd" => matches!(open, "dt" | "dd"),
        "td" | "th" => matches!(open, "td" | "th"),
        "tr" => matches!(open, "tr" | "td" | "th"),
        "option" => open == "option",
        "p" | "div" | "ul" | "ol" | "table" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
        | "section" | "article" | "blockquote" | "pre" | "form" | "header" | "footer"
        | "figure" | "dl" => open == "p",
        _ => false,
    }
}

pub fn limit_depth(html: &str) -> Cow<'_, str> {
    if html.bytes().filter(|&b| b == b'<').count() < MAX_DEPTH {
        return Cow::Borrowed(html);
    }
    let b = html.as_bytes();
    let mut stack: Vec<(String, bool)> = Vec::new();
    let mut kept_depth = 0usize;
    let mut drops: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(off) = b[i..].iter().position(|&c| c == b'<') {
        let j = i + off;
        let next = b.get(j + 1).copied().unwrap_or(0);
        if b[j + 1..].starts_with(b"!--") {
            i = find(b, j + 4, b"-->").map_or(b.len(), |k| k + 3);
        } else if next == b'!' || next == b'?' {
            i = tag_end(html, j + 1) + 1;
        } else if next == b'/' {
            let (name, after) = read_name(b, j + 2);
            let end = tag_end(html, after);
            if let Some(pos) = stack.iter().rev().take(16).position(|(n, _)| *n == name) {
                let mut matched_kept = true;
                for k in 0..=pos {
                    let kept = stack.pop().is_some_and(|(_, kept)| kept);
                    if kept {
                        kept_depth -= 1;
                    }
                    if k == pos {
                        matched_kept = kept;
                    }
                }
                // An element whose start tag was dropped loses its end tag too.
                if !matched_kept {
                    drops.push((j, end + 1));
                }
            }
            i = end + 1;
        } else if next.is_ascii_alphabetic() {
            let (name, after) = read_name(b, j + 1);
            let end = tag_end(html, after);
            i = end + 1;
            if RAW_TEXT.contains(name.as_str()) {
                i = find_ci(b, i, format!("</{name}").as_bytes()).unwrap_or(b.len());
                continue;
            }
            if VOID.contains(name.as_str()) || b.get(end.wrapping_sub(1)) == Some(&b'/') {
                continue;
            }
            while stack
                .last()
                .is_some_and(|(open, _)| closes_previous(open, &name))
            {
                if stack.pop().is_some_and(|(_, kept)| kept) {
                    kept_depth -= 1;
                }
            }
            let keep = kept_depth < MAX_DEPTH;
            if keep {
                kept_depth += 1;
            } else {
                drops.push((j, end + 1));
            }
            stack.push((name, keep));
        } else {
            i = j + 1;
        }
    }
    if drops.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for (start, end) in drops {
        let end = end.min(html.len());
        if start >= from && html.is_char_boundary(start) && html.is_char_boundary(end) {
            out.push_str(&html[from..start]);
            from = end;
        }
    }
    out.push_str(&html[from..]);
    Cow::Owned(out)
}

fn read_name(b: &[u8], from: usize) -> (String, usize) {
    let len = b[from.min(b.len())..]
        .iter()
        .position(|c| c.is_ascii_whitespace() || *c == b'>' || *c == b'/')
        .unwrap_or(b.len() - from.min(b.len()));
    let name = String::from_utf8_lossy(&b[from.min(b.len())..from.min(b.len()) + len])
        .to_ascii_lowercase();
    (name, from + len)
}

fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

fn find_ci(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_come_back_borrowed() {
        assert!(matches!(
            limit_depth("<div><p>x</p></div>"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn deep_nesting_is_flattened_and_end_tags_follow() {
        let html = "<div>".repeat(MAX_DEPTH + 10) + "x" + &"</div>".repeat(MAX_DEPTH + 10);
        let out = limit_depth(&html);
        assert_eq!(out.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(out.matches("</div>").count(), MAX_DEPTH);
    }

    #[test]
    fn optional_end_tags_do_not_count_as_depth() {
        let html = "<ul>".to_string() + &"<li>item".repeat(3000) + "</ul><div><p>kept</p></div>";
        assert!(matches!(limit_depth(&html), Cow::Borrowed(_)));
    }

    #[test]
    fn comments_and_scripts_hide_their_tags() {
        let html = "<!--".to_string()
            + &"<div>".repeat(2000)
            + "--><script>"
            + &"<div>".repeat(2000)
            + "</script>";
        assert!(matches!(limit_depth(&html), Cow::Borrowed(_)));
    }
}
