//! The two ways to pre-clean (the lol_html stream of native builds, the
//! arena pass of the wasm build) must give the same tree and the same
//! Article, on the fixtures and on every corpus page.
#![cfg(feature = "stream")]

mod common;

use declutter::dom::parse::{parse_str, parse_str_without_stream};
use declutter::dom::{Arena, DOCUMENT, Step, Walk};
use declutter::{Options, clean_arena};

/// The tree as text: elements with their attributes, text with adjacent
/// runs merged (comments leave empty text nodes in one way only).
fn canonical(arena: &Arena) -> String {
    let mut out = String::new();
    arena.walk(DOCUMENT, |step| {
        match step {
            Step::Enter(id) => {
                if let Some(t) = arena.text(id) {
                    out.push_str(t);
                } else if let Some(e) = arena.element(id) {
                    out.push_str(&format!("<{} {:?}>", e.name, e.attrs));
                }
            }
            Step::Leave(id) => {
                if let Some(e) = arena.element(id) {
                    out.push_str(&format!("</{}>", e.name));
                }
            }
        }
        Walk::Continue
    });
    out
}

fn check(name: &str, html: &str) -> bool {
    let (a, b) = (parse_str(html), parse_str_without_stream(html));
    let same_tree = canonical(&a) == canonical(&b);
    let options = Options::default();
    let same_article = clean_arena(a, &options).article == clean_arena(b, &options).article;
    if !(same_tree && same_article) {
        eprintln!("{name}: tree {same_tree}, article {same_article}");
    }
    same_tree && same_article
}

#[test]
fn both_preclean_paths_agree_on_the_seed_page() {
    let html = String::from_utf8(common::fixture("seed.html")).unwrap();
    assert!(check("seed", &html));
}

#[test]
fn both_preclean_paths_agree_on_the_corpus() {
    let Some(shared) = common::shared_dir() else {
        return;
    };
    let mut pages = Vec::new();
    pages.extend(
        std::fs::read_dir(shared.join("corpus/scrapinghub/pages"))
            .unwrap()
            .flatten()
            .map(|e| e.path()),
    );
    for entry in std::fs::read_dir(shared.join("corpus/readability"))
        .unwrap()
        .flatten()
    {
        let p = entry.path().join("source.html");
        if p.is_file() {
            pages.push(p);
        }
    }
    let mut differ = Vec::new();
    for page in &pages {
        let html = declutter::dom::parse::decode(&std::fs::read(page).unwrap(), None);
        if !check(&page.display().to_string(), &html) {
            differ.push(page.display().to_string());
        }
    }
    println!("{} pages, {} differ", pages.len(), differ.len());
    assert!(differ.is_empty(), "the paths differ on {differ:?}");
}
