//! Helpers shared by the integration tests: where the corpus is, and the
//! ScrapingHub text metric.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::PathBuf;

/// `../shared` beside the crate, or `$DECLUTTER_SHARED`; None if absent.
pub fn shared_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("DECLUTTER_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    dir.join("corpus").is_dir().then_some(dir)
}

pub fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Tokens as the ScrapingHub scorer sees them: runs of word characters.
fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let toks = tokens(text);
    let mut out = HashMap::new();
    if toks.len() < 4 {
        if !toks.is_empty() {
            *out.entry(toks).or_insert(0) += 1;
        }
        return out;
    }
    for w in toks.windows(4) {
        *out.entry(w.to_vec()).or_insert(0) += 1;
    }
    out
}

/// Precision, recall and F1 over 4-token shingles (the ScrapingHub metric).
pub fn shingle_prf(pred: &str, truth: &str) -> (f64, f64, f64) {
    let p = shingles(pred);
    let t = shingles(truth);
    let tp: usize = p
        .iter()
        .map(|(k, n)| (*n).min(*t.get(k).unwrap_or(&0)))
        .sum();
    let np: usize = p.values().sum();
    let nt: usize = t.values().sum();
    let precision = if np == 0 { 0.0 } else { tp as f64 / np as f64 };
    let recall = if nt == 0 { 1.0 } else { tp as f64 / nt as f64 };
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    (precision, recall, f1)
}
