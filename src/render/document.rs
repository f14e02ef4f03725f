//! Whole documents for saving: a standalone HTML page and a Markdown file
//! with YAML front matter.
//!
//! Input: a finished [`Article`] (its `content_html` and `markdown` are
//! already sanitized and escaped by [`super::html`] and [`super::markdown`]).
//! Output: text ready to write to a file. Everything else taken from the
//! article (title, byline, URL, summary, quotes) is escaped here. The HTML
//! page has no script and loads nothing but the article's own images (a CSP
//! `<meta>` says so to the browser too).

use super::html::escape;
use super::url;
use crate::Article;

/// Readable measure, serif body, light and dark, responsive media.
const CSS: &str = "\
:root{color-scheme:light dark;--fg:#1f1f1f;--bg:#fbfaf7;--muted:#666;--link:#0b57d0;--rule:#ddd;--tint:#f1efe9}
@media (prefers-color-scheme:dark){:root{--fg:#e6e3dc;--bg:#1b1b1d;--muted:#a3a3a3;--link:#8ab4f8;--rule:#3a3a3a;--tint:#26262a}}
html{background:var(--bg);color:var(--fg)}
body{max-width:70ch;margin:0 auto;padding:2rem 1.25rem 4rem;font:1.125rem/1.65 Georgia,'Iowan Old Style','Times New Roman',serif;overflow-wrap:break-word}
h1,h2,h3,h4,h5,h6{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.25}
header h1{font-size:2rem;margin:0 0 .5rem}
.meta,.source,footer{color:var(--muted);font:.9rem/1.4 system-ui,-apple-system,'Segoe UI',sans-serif}
a{color:var(--link)}
img,video{max-width:100%;height:auto}
figure{margin:1.5rem 0}
figcaption{color:var(--muted);font-size:.9rem}
blockquote{margin:1.5rem 0;padding:.25rem 1rem;border-left:4px solid var(--rule);background:var(--tint)}
pre{overflow-x:auto;padding:1rem;background:var(--tint)}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
table{border-collapse:collapse;display:block;overflow-x:auto}
td,th{border:1px solid var(--rule);padding:.3rem .5rem}
hr{border:0;border-top:1px solid var(--rule)}
.quotes li{margin:.75rem 0}
.speaker{color:var(--muted)}
footer{margin-top:3rem;border-top:1px solid var(--rule);padding-top:1rem}
";

/// A complete, standalone HTML document for the article.
pub fn standalone(article: &Article) -> String {
    let title = article
        .title
        .as_deref()
        .filter(|t| !t.trim().is_empty())
        .unwrap_or("Untitled");
    let mut doc = String::with_capacity(article.content_html.len() + 4096);
    doc.push_str("<!DOCTYPE html>\n<html");
    if let Some(lang) = article.lang.as_deref().filter(|l| is_lang_tag(l)) {
        doc.push_str(&format!(" lang=\"{lang}\""));
    }
    if let Some(dir) = article
        .dir
        .as_deref()
        .filter(|d| matches!(*d, "ltr" | "rtl"))
    {
        doc.push_str(&format!(" dir=\"{dir}\""));
    }
    doc.push_str(">\n<head>\n<meta charset=\"utf-8\">\n");
    doc.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    doc.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'\">\n");
    doc.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n");
    doc.push_str(&format!(
        "<title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n",
        escape(title)
    ));
    doc.push_str(&format!("<header>\n<h1>{}</h1>\n", escape(title)));
    let line = meta_line(article);
    if !line.is_empty() {
        doc.push_str(&format!("<p class=\"meta\">{}</p>\n", escape(&line)));
    }
    if let Some(u) = article.url.as_deref().filter(|u| url::is_http(u)) {
        doc.push_str(&format!(
            "<p class=\"source\"><a href=\"{0}\">{0}</a></p>\n",
            escape(u)
        ));
    }
    doc.push_str("</header>\n<article>\n");
    doc.push_str(&article.content_html);
    doc.push_str("\n</article>\n");
    push_key_points(&mut doc, &article.summary);
    push_quotes(&mut doc, article);
    doc.push_str("<footer>Saved with Declutter.</footer>\n</body>\n</html>\n");
    doc
}

/// "byline · site · date · N min read", from what the article has.
pub fn meta_line(article: &Article) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(article.byline.clone().filter(|b| !b.trim().is_empty()));
    parts.extend(article.site_name.clone().filter(|s| !s.trim().is_empty()));
    parts.extend(article.published.as_deref().map(human_date));
    if article.reading_minutes > 0 {
        parts.push(format!("{} min read", article.reading_minutes));
    }
    parts.join(" · ")
}

/// `2024-11-26…` → "November 26, 2024"; anything else as it is.
fn human_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let number = |r: std::ops::Range<usize>| iso.get(r).and_then(|v| v.parse::<usize>().ok());
    let name = number(5..7)
        .and_then(|m| m.checked_sub(1))
        .and_then(|i| MONTHS.get(i));
    match (number(0..4), name, number(8..10)) {
        (Some(y), Some(name), Some(d)) if iso.get(4..5) == Some("-") => format!("{name} {d}, {y}"),
        _ => iso.to_string(),
    }
}

fn is_lang_tag(l: &str) -> bool {
    !l.is_empty() && l.len() <= 35 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

fn push_key_points(doc: &mut String, summary: &[String]) {
    let points: Vec<&String> = summary.iter().filter(|s| !s.trim().is_empty()).collect();
    if points.is_empty() {
        return;
    }
    doc.push_str("<section class=\"key-points\">\n<h2>Key points</h2>\n<ul>\n");
    for p in points {
        doc.push_str(&format!("<li>{}</li>\n", escape(p)));
    }
    doc.push_str("</ul>\n</section>\n");
}

fn push_quotes(doc: &mut String, article: &Article) {
    let quotes: Vec<&crate::Quote> = article
        .quotes
        .iter()
        .filter(|q| !q.text.trim().is_empty())
        .collect();
    if quotes.is_empty() {
        return;
    }
    doc.push_str("<section class=\"quotes\">\n<h2>Quotes</h2>\n<ul>\n");
    for q in quotes {
        doc.push_str(&format!("<li>“{}”", escape(&q.text)));
        if let Some(s) = q.speaker.as_deref().filter(|s| !s.trim().is_empty()) {
            doc.push_str(&format!(" <span class=\"speaker\">— {}</span>", escape(s)));
        }
        doc.push_str("</li>\n");
    }
    doc.push_str("</ul>\n</section>\n");
}

/// A Markdown file: YAML front matter (title, url, author, site, published,
/// saved; missing ones left out), `# title`, the body, then `## Quotes`.
pub fn markdown_document(article: &Article, saved: &str) -> String {
    let mut doc = String::from("---\n");
    let fields = [
        ("title", article.title.as_deref()),
        ("url", article.url.as_deref()),
        ("author", article.byline.as_deref()),
        ("site", article.site_name.as_deref()),
        ("published", article.published.as_deref()),
        ("saved", Some(saved)),
    ];
    for (key, value) in fields {
        if let Some(v) = value.filter(|v| !v.trim().is_empty()) {
            doc.push_str(&format!("{key}: {}\n", yaml_quote(v)));
        }
    }
    doc.push_str("---\n\n");
    if let Some(t) = article.title.as_deref().filter(|t| !t.trim().is_empty()) {
        doc.push_str(&format!("# {}\n\n", super::markdown::escape_text(t)));
    }
    let body = article.markdown.trim();
    if !body.is_empty() {
        doc.push_str(body);
        doc.push_str("\n\n");
    }
    let quotes: Vec<&crate::Quote> = article
        .quotes
        .iter()
        .filter(|q| !q.text.trim().is_empty())
        .collect();
    if !quotes.is_empty() {
        doc.push_str("## Quotes\n\n");
        for q in quotes {
            for line in q.text.lines().filter(|l| !l.trim().is_empty()) {
                doc.push_str(&format!(
                    "> {}\n",
                    super::markdown::escape_text(line.trim())
                ));
            }
            if let Some(s) = q.speaker.as_deref().filter(|s| !s.trim().is_empty()) {
                doc.push_str(&format!("> — {}\n", super::markdown::escape_text(s)));
            }
            doc.push('\n');
        }
    }
    format!("{}\n", doc.trim_end())
}

/// A YAML double-quoted scalar: `\` and `"` escaped, control characters as
/// escapes, so any title survives (`: `, `#`, leading `-`, newlines).
pub fn yaml_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20
                || c == '\u{7f}'
                || c == '\u{2028}'
                || c == '\u{2029}'
                || c == '\u{feff}' =>
            {
                out.push_str(&format!("\\u{:04X}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Quote;

    fn article() -> Article {
        Article {
            url: Some("https://example.com/a?x=1&y=2".into()),
            title: Some("Tom & Jerry: <the> \"chase\"".into()),
            byline: Some("Ann <b>Lee</b>".into()),
            site_name: Some("The Paper".into()),
            published: Some("2024-11-26T10:00:00Z".into()),
            lang: Some("en".into()),
            dir: Some("ltr".into()),
            content_html: "<p>Body text.</p>".into(),
            markdown: "Body text.".into(),
            reading_minutes: 4,
            summary: vec!["First <point>.".into(), "Second point.".into()],
            quotes: vec![
                Quote {
                    text: "We will <win>.".into(),
                    speaker: Some("The Mayor".into()),
                    ..Quote::default()
                },
                Quote {
                    text: "Unattributed".into(),
                    ..Quote::default()
                },
            ],
            ..Article::default()
        }
    }

    #[test]
    fn standalone_is_complete_escaped_and_script_free() {
        let doc = standalone(&article());
        assert!(doc.starts_with("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"));
        for part in [
            "<meta charset=\"utf-8\">",
            "name=\"viewport\"",
            "<title>Tom &amp; Jerry: &lt;the&gt; &quot;chase&quot;</title>",
            "prefers-color-scheme:dark",
            "max-width:70ch",
            "<p class=\"meta\">Ann &lt;b&gt;Lee&lt;/b&gt; · The Paper · November 26, 2024 · 4 min read</p>",
            "<a href=\"https://example.com/a?x=1&amp;y=2\">",
            "<article>\n<p>Body text.</p>\n</article>",
            "<h2>Key points</h2>",
            "<li>First &lt;point&gt;.</li>",
            "<li>“We will &lt;win&gt;.” <span class=\"speaker\">— The Mayor</span></li>",
            "<li>“Unattributed”</li>",
            "<footer>",
        ] {
            assert!(doc.contains(part), "{part} missing in {doc}");
        }
        assert!(!doc.contains("<script"));
        assert!(!doc.contains("<link"));
    }

    #[test]
    fn standalone_leaves_out_what_is_missing() {
        let doc = standalone(&Article {
            content_html: "<p>x</p>".into(),
            ..Article::default()
        });
        assert!(doc.contains("<title>Untitled</title>"));
        for absent in [
            "class=\"meta\"",
            "class=\"source\"",
            "Key points",
            "Quotes",
            " lang=",
        ] {
            assert!(!doc.contains(absent), "{absent}");
        }
        let hostile = Article {
            url: Some("javascript:alert(1)".into()),
            lang: Some("en\"><script>".into()),
            ..Article::default()
        };
        let doc = standalone(&hostile);
        assert!(
            !doc.contains("javascript") && !doc.contains("<script"),
            "{doc}"
        );
    }

    #[test]
    fn markdown_document_has_front_matter_and_quotes() {
        let doc = markdown_document(&article(), "2024-11-27T08:00:00Z");
        let expected_head = "---\ntitle: \"Tom & Jerry: <the> \\\"chase\\\"\"\nurl: \"https://example.com/a?x=1&y=2\"\n\
            author: \"Ann <b>Lee</b>\"\nsite: \"The Paper\"\npublished: \"2024-11-26T10:00:00Z\"\n\
            saved: \"2024-11-27T08:00:00Z\"\n---\n\n# Tom & Jerry: \\<the> \"chase\"\n\nBody text.\n\n## Quotes\n\n";
        assert!(doc.starts_with(expected_head), "{doc}");
        assert!(
            doc.ends_with("> We will \\<win>.\n> — The Mayor\n\n> Unattributed\n"),
            "{doc}"
        );
    }

    #[test]
    fn yaml_quoting() {
        assert_eq!(yaml_quote("a\"b\\c\nd\u{1}"), "\"a\\\"b\\\\c\\nd\\u0001\"");
        assert_eq!(yaml_quote("- #x: y"), "\"- #x: y\"");
    }

    #[test]
    fn human_dates() {
        assert_eq!(human_date("2024-02-03"), "February 3, 2024");
        assert_eq!(human_date("2024-13-03"), "2024-13-03");
        assert_eq!(human_date("é"), "é");
    }
}
