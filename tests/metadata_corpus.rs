//! Metadata against Mozilla Readability's test pages.
//!
//! Input: `$DECLUTTER_SHARED/corpus/readability/*/` (default `../shared`
//! next to the crate), each with `source.html` and `expected-metadata.json`.
//! Output: per-field match rates, printed (`cargo test --test
//! metadata_corpus -- --nocapture`), with floors a little below what the
//! module reaches so a regression fails. Skipped with a message when the
//! corpus is absent.
//!
//! Matching: white space normalised, exact. Dates are compared after both
//! sides go through `metadata::date::normalize` (Readability keeps the raw
//! string; we output ISO 8601). Expected values are Readability's own output,
//! so differences by design (we strip "By " and site suffixes, join authors
//! with "and", default `dir` from the language) cost points here.

use std::path::PathBuf;

use declutter::dom::normalize_space;
use declutter::metadata::{self, Metadata};
use serde_json::Value;

fn corpus_dir() -> PathBuf {
    let shared = std::env::var_os("DECLUTTER_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    shared.join("corpus/readability")
}

/// (name, expected json, our metadata) for every page.
fn run_corpus() -> Option<Vec<(String, Value, Metadata)>> {
    let dir = corpus_dir();
    let entries = std::fs::read_dir(&dir).ok()?;
    let mut pages = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let (Ok(html), Ok(json)) = (
            std::fs::read(path.join("source.html")),
            std::fs::read_to_string(path.join("expected-metadata.json")),
        ) else {
            continue;
        };
        let Ok(expected) = serde_json::from_str::<Value>(&json) else {
            continue;
        };
        let Ok(arena) = declutter::dom::parse::parse_bytes(&html, None) else {
            continue;
        };
        let name = entry.file_name().to_string_lossy().into_owned();
        pages.push((name, expected, metadata::extract(&arena, None)));
    }
    pages.sort_by(|a, b| a.0.cmp(&b.0));
    Some(pages)
}

fn norm(v: Option<&str>) -> Option<String> {
    v.map(normalize_space).filter(|s| !s.is_empty())
}

fn expected(v: &Value, key: &str) -> Option<String> {
    norm(v.get(key).and_then(Value::as_str))
}

struct Rate {
    field: &'static str,
    hits: usize,
    total: usize,
}

impl Rate {
    fn pct(&self) -> f64 {
        100.0 * self.hits as f64 / self.total.max(1) as f64
    }
}

fn rate(
    pages: &[(String, Value, Metadata)],
    field: &'static str,
    same: impl Fn(&Value, &Metadata) -> bool,
    show: bool,
) -> Rate {
    let mut hits = 0;
    for (name, exp, got) in pages {
        if same(exp, got) {
            hits += 1;
        } else if show {
            println!("  {field} differs on {name}");
        }
    }
    Rate {
        field,
        hits,
        total: pages.len(),
    }
}

#[test]
fn readability_corpus_metadata() {
    let Some(pages) = run_corpus().filter(|p| !p.is_empty()) else {
        println!(
            "skipped: no corpus at {} (set DECLUTTER_SHARED)",
            corpus_dir().display()
        );
        return;
    };
    let verbose = std::env::var_os("DECLUTTER_VERBOSE").is_some();
    let date = |s: Option<String>| s.map(|d| metadata::date::normalize(&d).unwrap_or(d));
    let rates = [
        rate(
            &pages,
            "title",
            |e, g| expected(e, "title") == norm(g.title.as_deref()),
            verbose,
        ),
        rate(
            &pages,
            "title (contains)",
            |e, g| match (expected(e, "title"), norm(g.title.as_deref())) {
                (Some(e), Some(g)) => e.contains(&g) || g.contains(&e),
                (e, g) => e == g,
            },
            false,
        ),
        rate(
            &pages,
            "byline",
            |e, g| expected(e, "byline") == norm(g.byline.as_deref()),
            verbose,
        ),
        rate(
            &pages,
            "excerpt",
            |e, g| expected(e, "excerpt") == norm(g.excerpt.as_deref()),
            verbose,
        ),
        rate(
            &pages,
            "excerpt (found)",
            |e, g| g.excerpt.is_none() || expected(e, "excerpt") == norm(g.excerpt.as_deref()),
            false,
        ),
        rate(
            &pages,
            "siteName",
            |e, g| expected(e, "siteName") == norm(g.site_name.as_deref()),
            verbose,
        ),
        rate(
            &pages,
            "publishedTime",
            |e, g| date(expected(e, "publishedTime")) == norm(g.published.as_deref()),
            verbose,
        ),
        rate(
            &pages,
            "published (set)",
            |e, g| {
                expected(e, "publishedTime").is_none()
                    || date(expected(e, "publishedTime")) == norm(g.published.as_deref())
            },
            false,
        ),
        rate(
            &pages,
            "lang",
            |e, g| expected(e, "lang") == norm(g.lang.as_deref()),
            verbose,
        ),
        rate(
            &pages,
            "dir",
            |e, g| expected(e, "dir") == norm(g.dir.as_deref()),
            false,
        ),
        rate(
            &pages,
            "dir (where set)",
            |e, g| expected(e, "dir").is_none() || expected(e, "dir") == norm(g.dir.as_deref()),
            verbose,
        ),
    ];
    println!("metadata on {} Readability pages:", pages.len());
    for r in &rates {
        println!(
            "  {:<18} {:>3}/{:<3} {:5.1}%",
            r.field,
            r.hits,
            r.total,
            r.pct()
        );
    }
    // Floors: a little below what the module reaches (see the report).
    let floors = [
        ("title", 90.0),
        ("title (contains)", 96.0),
        ("byline", 74.0),
        ("excerpt", 58.0),
        ("excerpt (found)", 94.0),
        ("siteName", 92.0),
        ("publishedTime", 77.0),
        ("published (set)", 97.0),
        ("lang", 95.0),
        ("dir (where set)", 97.0),
    ];
    for (field, floor) in floors {
        let r = rates
            .iter()
            .find(|r| r.field == field)
            .map(Rate::pct)
            .unwrap_or(0.0);
        assert!(r >= floor, "{field}: {r:.1}% is below the floor {floor}%");
    }
}
