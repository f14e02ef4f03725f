//! The sanitizer on real pages, whole and mangled.
//!
//! Input: Readability's test pages (`$DECLUTTER_SHARED/corpus/readability`,
//! default `../shared`), each also mangled with hostile fragments inserted
//! at pseudo-random places and cut short. Output: nothing, unless the
//! pipeline panics or `content_html`, the standalone page or the Markdown
//! lets through a script, an event handler, a `style` attribute, an iframe
//! or a `javascript:` URL. Skipped with a message when the corpus is absent.

use std::path::PathBuf;

fn corpus_dir() -> PathBuf {
    let shared = std::env::var_os("DECLUTTER_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    shared.join("corpus/readability")
}

const HOSTILE: [&[u8]; 10] = [
    b"<script>alert(1)</script>",
    b"<p onclick=\"alert(2)\" style=\"position:fixed\">x</p>",
    b"<a href=\"javascript:alert(3)\">j</a>",
    b"<a href=\" JaVa\tScRiPt:alert(4)\">k</a>",
    b"<img src=x onerror=alert(5)>",
    b"<iframe src=\"https://evil.example/\"></iframe>",
    b"<svg><script>alert(6)</script></svg>",
    b"<a href=\"data:text/html,<script>alert(7)</script>\">d</a>",
    b"<noscript><img src=\"javascript:alert(8)\"></noscript>",
    b"<table><tr><td><p>cell<div onmouseover=alert(9)>",
];

/// What must never appear in a tag of our output. Text is escaped (`<`
/// written `&lt;`), so every `<` starts a tag we wrote.
fn assert_clean(what: &str, page: &str, out: &str) {
    let lower = out.to_ascii_lowercase();
    for tag in lower.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or("");
        for bad in ["script", "iframe", "svg", "style", "object", "embed"] {
            assert!(!tag.starts_with(bad), "<{bad} in the {what} of {page}");
        }
        // Attribute names are outside the quotes, URLs inside.
        let (mut names, mut values, mut quoted) = (String::new(), Vec::new(), false);
        for part in tag.split('"') {
            if quoted {
                values.push(part);
            } else {
                names.push_str(part);
            }
            quoted = !quoted;
        }
        for bad in [" on", " style="] {
            assert!(
                !names.contains(bad),
                "{bad} in <{tag}> in the {what} of {page}"
            );
        }
        for v in values {
            let v = v.trim_start();
            assert!(
                !v.starts_with("javascript:") && !v.starts_with("vbscript:"),
                "script URL in <{tag}> in the {what} of {page}"
            );
        }
    }
}

/// Markdown without its fenced blocks and code spans (code shows `<script>`
/// as text, which is fine); raw HTML outside code is what must not appear.
fn outside_code(md: &str) -> String {
    let mut out = String::new();
    let mut fenced = false;
    for line in md.lines() {
        if line.trim_start_matches(['>', ' ', '-']).starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if !fenced {
            // Drop `code spans`; escaped `\<` is text too.
            let mut in_span = false;
            for part in line.split('`') {
                if !in_span {
                    out.push_str(&part.replace("\\<", ""));
                }
                in_span = !in_span;
            }
            out.push('\n');
        }
    }
    out
}

#[test]
fn hostile_pages_come_out_clean() {
    let Ok(entries) = std::fs::read_dir(corpus_dir()) else {
        println!(
            "skipped: no corpus at {} (set DECLUTTER_SHARED)",
            corpus_dir().display()
        );
        return;
    };
    let mut pages: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path().join("source.html"))
        .collect();
    pages.sort();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed as usize
    };
    let options = declutter::Options {
        url: Some("https://example.com/news/story.html".into()),
        ..Default::default()
    };
    let mut checked = 0;
    for page in pages.iter().step_by(4) {
        let Ok(bytes) = std::fs::read(page) else {
            continue;
        };
        let mut mangled = bytes.clone();
        for _ in 0..12 {
            let at = next() % (mangled.len() + 1);
            let piece = HOSTILE[next() % HOSTILE.len()];
            mangled.splice(at..at, piece.iter().copied());
        }
        let keep = mangled.len() / 2 + next() % (mangled.len() / 2 + 1);
        mangled.truncate(keep);
        for input in [&bytes, &mangled] {
            let Ok(article) = declutter::clean_html(input, &options) else {
                continue;
            };
            let name = page.display().to_string();
            assert_clean("content_html", &name, &article.content_html);
            // The page's own `<style>` is in its head; the body must be clean.
            let page_html = declutter::render::standalone(&article);
            let body = page_html.split_once("<body>").map_or("", |(_, b)| b);
            assert!(!body.is_empty(), "no body in the standalone page of {name}");
            assert_clean("standalone body", &name, body);
            assert_clean("markdown", &name, &outside_code(&article.markdown));
            checked += 1;
        }
    }
    println!("{checked} pages checked");
    assert!(checked > 0);
}
