//! Mozilla Readability's 130 test pages (shared/corpus/readability): every
//! page cleans without a panic, and the text agrees with Readability's
//! expected output (per-page shingle F1, printed) above a floor that only
//! goes up.

mod common;

use declutter::{Options, clean_html};

/// Mean per-page F1 against Readability's expected text. Raise it when the
/// extractor gets better; never lower it.
const MEAN_F1_FLOOR: f64 = 0.93;

#[test]
fn readability_pages_clean_and_agree_with_readability() {
    let Some(shared) = common::shared_dir() else {
        eprintln!("shared/corpus not found: skipping");
        return;
    };
    let corpus = shared.join("corpus/readability");
    let bench = corpus.join("_bench");
    // `_bench/pages` holds link paths, not pages: read each `<name>/source.html`.
    let mut pages: Vec<_> = std::fs::read_dir(bench.join("truth"))
        .expect("truth")
        .flatten()
        .map(|e| e.path())
        .collect();
    pages.sort();
    assert!(
        pages.len() >= 130,
        "expected the 130 pages, found {}",
        pages.len()
    );
    let mut sum = 0.0;
    let mut rows = Vec::new();
    for page in &pages {
        let name = page.file_stem().unwrap().to_string_lossy().to_string();
        let truth = std::fs::read_to_string(bench.join("truth").join(format!("{name}.txt")))
            .unwrap_or_default();
        let bytes = std::fs::read(corpus.join(&name).join("source.html")).expect("page");
        let url = format!("http://fakehost/test/{name}/");
        let article = clean_html(
            &bytes,
            &Options {
                url: Some(url),
                ..Options::default()
            },
        );
        let text = article.map(|a| a.text).unwrap_or_default();
        let (_, _, f1) = common::shingle_prf(&text, &truth);
        sum += f1;
        rows.push((f1, name));
    }
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    for (f1, name) in &rows {
        println!("{f1:.3}  {name}");
    }
    let mean = sum / pages.len() as f64;
    println!(
        "readability corpus: {} pages, mean text F1 {mean:.3} (floor {MEAN_F1_FLOOR})",
        pages.len()
    );
    assert!(
        mean >= MEAN_F1_FLOOR,
        "mean F1 {mean:.3} fell below the floor {MEAN_F1_FLOOR}"
    );
}
