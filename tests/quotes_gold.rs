//! Quote finder against the hand-annotated gold sets: the development sets
//! (`tests/gold/quotes_*.json`, the rules were tuned while watching them) and the
//! held-out set (`tests/gold/heldout/`, annotated blind and never read while tuning).
//!
//! Run: `cargo test --release --test quotes_gold -- --nocapture`
//! (`QUOTES_GOLD_ERRORS=1` also lists each speaker error of the development sets).
//!
//! A match is the same quoted words (lowercase, letters and digits only, so
//! quote marks, outer punctuation, white space and multi-paragraph joins do
//! not matter). Quote P/R/F1 is over full quotes: predicted fragments are
//! left out of precision, gold fragments out of recall, and a full quote
//! only matches a full quote. Speaker accuracy is over matched pairs
//! (case-insensitive, no leading "the", no possessive 's; null = null).
//! Fragments are scored on their own.

use declutter::Quote;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn shared_dir() -> PathBuf {
    std::env::var_os("DECLUTTER_SHARED")
        .map_or_else(|| crate_dir().join("../shared"), PathBuf::from)
}

/// The article's text and Declutter's quotes for a gold `source` path.
fn load(source: &str) -> Option<(String, Vec<Quote>)> {
    let shared = shared_dir().join(source);
    if source.ends_with(".html") {
        let path = [crate_dir().join(source), shared]
            .into_iter()
            .find(|p| p.exists())?;
        let bytes = std::fs::read(path).ok()?;
        let article = declutter::clean_html(&bytes, &declutter::Options::default()).ok()?;
        return Some((article.text.clone(), article.quotes));
    }
    // Texts kept in this repository (`tests/gold/texts/`) first, else the shared corpus.
    let local = crate_dir().join(source);
    let raw = std::fs::read_to_string(if local.exists() { &local } else { &shared }).ok()?;
    let text = if source.ends_with(".json") {
        serde_json::from_str::<Value>(&raw).ok()?["text"]
            .as_str()?
            .to_string()
    } else {
        raw
    };
    let quotes = declutter::quotes::find_quotes(&text);
    Some((text, quotes))
}

/// For training the speaker ranker (`scripts/train_ranker.py`): each full quote it may change
/// (those with a `Choice`) that has a
/// gold quote with the same words, as `FEATURES⇥source⇥gold speaker⇥rules' choice⇥choices`, the choices
/// being a JSON array of `[name or null, feature row]`.
fn print_features(source: &str, text: &str, art: &Value) {
    let gold = art["quotes"].as_array().map_or(&[][..], Vec::as_slice);
    let gold_full: Vec<(String, Option<String>)> = gold
        .iter()
        .filter(|g| !g["fragment"].as_bool().unwrap_or(false))
        .map(|g| {
            let words = norm(g["text"].as_str().unwrap_or(""));
            (words, norm_speaker(g["speaker"].as_str()))
        })
        .collect();
    let quotes = declutter::quotes::find_quotes(text);
    for choice in declutter::quotes::speaker_choices(text) {
        let Some(q) = quotes
            .iter()
            .find(|q| q.start == choice.start && !q.fragment)
        else {
            continue;
        };
        let words = norm(&q.text);
        let Some((_, speaker)) = gold_full.iter().find(|(w, _)| *w == words) else {
            continue;
        };
        let names: Vec<Value> = choice
            .names
            .iter()
            .zip(&choice.rows)
            .map(|(n, row)| {
                let n = norm_speaker(n.as_deref());
                serde_json::json!([n, row.to_vec()])
            })
            .collect();
        println!(
            "FEATURES\t{source}\t{}\t{}\t{}",
            serde_json::json!(speaker),
            choice.rules,
            Value::Array(names)
        );
    }
}

/// Shapes of a quote's attribution, read from the text around it (aggregate totals only):
/// a cue whose subject is a pronoun, a capitalised name, some other noun phrase; no cue and
/// the quote is its paragraph's only words, no cue and it opens a sentence, no cue inside one.
const FORMS: [&str; 6] = [
    "cue+pronoun",
    "cue+name",
    "cue+noun",
    "no cue, whole paragraph",
    "no cue, opens sentence",
    "no cue, in sentence",
];

/// The index in [`FORMS`] of a quote's attribution shape: for a cue, the word beside the
/// first occurrence of the cue word after the quote (else the last before it).
fn cue_form(text: &str, q: &Quote) -> usize {
    let floor = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let Some(cue) = q.cue.as_deref() else {
        let marks = |c: char| c.is_whitespace() || "\"'“”‘’«»„‚‹›「」『』".contains(c);
        let para_start = text[..q.start].rfind('\n').map_or(0, |i| i + 1);
        let para_end = text[q.end..].find('\n').map_or(text.len(), |i| q.end + i);
        let before = text[para_start..q.start].trim_matches(marks);
        if before.is_empty() && text[q.end..para_end].trim_matches(marks).len() <= 2 {
            return 3;
        }
        let opens = before.is_empty() || before.ends_with(['.', '!', '?', ':']);
        return if opens { 4 } else { 5 };
    };
    let after = &text[q.end..floor((q.end + 120).min(text.len()))];
    let before = &text[floor(q.start.saturating_sub(200))..q.start];
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect()
    };
    let near = |ws: Vec<String>| -> Option<(Option<String>, Option<String>)> {
        let i = ws
            .iter()
            .position(|w| w.to_lowercase() == cue.to_lowercase())?;
        Some((
            i.checked_sub(1).map(|j| ws[j].clone()),
            ws.get(i + 1).cloned(),
        ))
    };
    let found = near(words(after)).or_else(|| {
        let mut ws = words(before);
        ws.reverse();
        near(ws).map(|(a, b)| (b, a))
    });
    let Some((prev, next)) = found else { return 2 };
    let pronoun = |w: &Option<String>| {
        w.as_deref().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "he" | "she"
                    | "they"
                    | "it"
                    | "i"
                    | "we"
                    | "er"
                    | "sie"
                    | "il"
                    | "elle"
                    | "ils"
                    | "elles"
                    | "él"
                    | "ella"
            )
        })
    };
    let capital = |w: &Option<String>| {
        w.as_deref()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
    };
    if pronoun(&prev) || pronoun(&next) {
        0
    } else if capital(&prev) || capital(&next) {
        1
    } else {
        2
    }
}

/// The article's language for the per-language totals: the one whose common words it uses
/// most (`en`, `de`, `fr`, `es`), else `other`.
fn language(text: &str) -> &'static str {
    const COMMON: [(&str, &[&str]); 4] = [
        ("en", &["the", "and", "of", "to", "is", "that"]),
        ("de", &["der", "die", "und", "das", "ist", "nicht"]),
        ("fr", &["le", "la", "les", "et", "est", "des"]),
        ("es", &["el", "los", "las", "y", "que", "del"]),
    ];
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .take(3000)
        .map(str::to_lowercase)
        .collect();
    let count = |list: &[&str]| words.iter().filter(|w| list.contains(&w.as_str())).count();
    COMMON
        .iter()
        .map(|(lang, list)| (count(list), *lang))
        .max()
        .filter(|(n, _)| *n >= 10)
        .map_or("other", |(_, lang)| lang)
}

/// The quoted words: lowercase letters and digits, single-spaced.
fn norm(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                ' '
            }
        })
        .collect();
    cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A speaker for comparison: lowercase, no leading "the", no possessive 's,
/// letters and digits only (`Donald J. Trump` = `donald j trump`).
fn norm_speaker(s: Option<&str>) -> Option<String> {
    let s = s?.trim().to_lowercase();
    let s = s.strip_prefix("the ").unwrap_or(&s);
    let s = s.trim_end_matches("'s").trim_end_matches("’s");
    let s = norm(s);
    (!s.is_empty()).then_some(s)
}

/// Where a predicted speaker that is a shorter or longer form of the gold one differs, as an
/// index of [`Counts::partial_kinds`].
fn partial_kind(gold: &str, pred: &str) -> usize {
    let (long, short, pred_longer) = if pred.len() > gold.len() {
        (pred, gold, true)
    } else {
        (gold, pred, false)
    };
    let base = if pred_longer { 0 } else { 2 };
    if long.ends_with(&format!(" {short}")) {
        base
    } else if long.starts_with(&format!("{short} ")) {
        base + 1
    } else {
        4
    }
}

struct Gold {
    text: String,
    speaker: Option<String>,
    fragment: bool,
}

#[derive(Default, Clone, Copy)]
struct Counts {
    gold: usize,
    pred: usize,
    matched: usize,
    speaker_ok: usize,
    gold_frag: usize,
    pred_frag: usize,
    frag_matched: usize,
    flag_mismatch: usize,
    /// Speaker errors by kind (aggregate only): predicted none, predicted one
    /// where gold has none, a shorter/longer form of the gold name, another name.
    miss_none: usize,
    extra: usize,
    partial: usize,
    /// The partial ones by where the words differ: the prediction has words the gold lacks
    /// before / after it, or lacks words the gold has before / after, or neither (in a word).
    partial_kinds: [usize; 5],
    /// Wrong speakers whose gold is a name: how many, and of them how many have the gold
    /// name's last word written within [`NEAR_BYTES`] before the quote, or anywhere in the text
    /// (how far a ranking of the names around a quote could go).
    named_wrong: [usize; 3],
    /// Matched quotes the program found a reporting verb for, and of them right speakers.
    cued: usize,
    cued_ok: usize,
    other: usize,
    /// Matched quotes by the shape of their attribution ([`FORMS`]): (right, all).
    forms: [(usize, usize); 6],
    /// Wrong speakers by shape and kind (none, extra, partial, other).
    form_kinds: [[usize; 4]; 6],
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.pred += o.pred;
        self.matched += o.matched;
        self.speaker_ok += o.speaker_ok;
        self.gold_frag += o.gold_frag;
        self.pred_frag += o.pred_frag;
        self.frag_matched += o.frag_matched;
        self.flag_mismatch += o.flag_mismatch;
        self.miss_none += o.miss_none;
        self.extra += o.extra;
        self.partial += o.partial;
        for (a, b) in self.partial_kinds.iter_mut().zip(o.partial_kinds) {
            *a += b;
        }
        for (a, b) in self.named_wrong.iter_mut().zip(o.named_wrong) {
            *a += b;
        }
        self.other += o.other;
        self.cued += o.cued;
        self.cued_ok += o.cued_ok;
        for (a, b) in self.form_kinds.iter_mut().zip(o.form_kinds) {
            for (x, y) in a.iter_mut().zip(b) {
                *x += y;
            }
        }
        for (a, b) in self.forms.iter_mut().zip(o.forms) {
            a.0 += b.0;
            a.1 += b.1;
        }
    }
    fn prf(&self) -> (f64, f64, f64) {
        prf(self.matched, self.pred, self.gold)
    }
    fn speaker_acc(&self) -> f64 {
        ratio(self.speaker_ok, self.matched)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

fn prf(tp: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
    let (p, r) = (ratio(tp, pred), ratio(tp, gold));
    (
        p,
        r,
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        },
    )
}

/// How far before a quote a wrong speaker's gold name is looked for ([`Counts::named_wrong`]).
const NEAR_BYTES: usize = 3000;

/// The char boundary at or before `i`.
fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Greedy in-order one-to-one matching of same-flag quotes with the same words.
fn score(text: &str, gold: &[Gold], pred: &[Quote], errors: &mut Vec<String>) -> Counts {
    let mut c = Counts::default();
    let pred_norm: Vec<String> = pred.iter().map(|q| norm(&q.text)).collect();
    let mut used = vec![false; pred.len()];
    for g in gold {
        let gn = norm(&g.text);
        let same_words = |i: usize| !used[i] && pred_norm[i] == gn;
        let hit = (0..pred.len()).find(|&i| same_words(i) && pred[i].fragment == g.fragment);
        if hit.is_none() && (0..pred.len()).any(same_words) {
            c.flag_mismatch += 1;
        }
        if g.fragment {
            c.gold_frag += 1;
        } else {
            c.gold += 1;
        }
        let Some(i) = hit else { continue };
        used[i] = true;
        if g.fragment {
            c.frag_matched += 1;
        } else {
            c.matched += 1;
            let (gs, ps) = (
                norm_speaker(g.speaker.as_deref()),
                norm_speaker(pred[i].speaker.as_deref()),
            );
            let form = cue_form(text, &pred[i]);
            if gs != ps
                && let Some(g) = &gs
            {
                let last = g.rsplit(' ').next().unwrap_or(g);
                let lower = text.to_lowercase();
                let at = floor_boundary(&lower, pred[i].start.min(lower.len()));
                let from = floor_boundary(&lower, at.saturating_sub(NEAR_BYTES));
                c.named_wrong[0] += 1;
                c.named_wrong[1] += usize::from(lower[from..at].contains(last));
                c.named_wrong[2] += usize::from(lower.contains(last));
            }
            if gs != ps {
                let words: String = g.text.chars().take(60).collect();
                errors.push(format!(
                    "  @{} p{} gold {:?} pred {:?} cue {:?} <{}> | {words}",
                    pred[i].start,
                    pred[i].paragraph,
                    g.speaker,
                    pred[i].speaker,
                    pred[i].cue,
                    FORMS[form]
                ));
            }
            c.forms[form].0 += usize::from(gs == ps);
            c.forms[form].1 += 1;
            if pred[i].cue.is_some() {
                c.cued += 1;
                c.cued_ok += usize::from(gs == ps);
            }
            let kind = match (gs, ps) {
                (a, b) if a == b => {
                    c.speaker_ok += 1;
                    None
                }
                (Some(_), None) => {
                    c.miss_none += 1;
                    Some(0)
                }
                (None, Some(_)) => {
                    c.extra += 1;
                    Some(1)
                }
                (Some(a), Some(b)) if a.contains(&b) || b.contains(&a) => {
                    c.partial += 1;
                    c.partial_kinds[partial_kind(&a, &b)] += 1;
                    Some(2)
                }
                _ => {
                    c.other += 1;
                    Some(3)
                }
            };
            if let Some(kind) = kind {
                c.form_kinds[form][kind] += 1;
            }
        }
    }
    c.pred = pred.iter().filter(|q| !q.fragment).count();
    c.pred_frag = pred.len() - c.pred;
    c
}

fn gold_files(dir: &str) -> Vec<PathBuf> {
    let dir = crate_dir().join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        name.starts_with("quotes_") && name.ends_with(".json")
    });
    files.sort();
    files
}

/// Whether any article of these gold files is read from the shared corpus rather than
/// from this repository (a clone away from `../shared` cannot score those sets).
fn needs_corpus(files: &[PathBuf]) -> bool {
    files.iter().any(|file| {
        let doc: Value = std::fs::read_to_string(file)
            .ok()
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or_default();
        doc["articles"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|art| art["source"].as_str())
            .any(|source| !crate_dir().join(source).exists())
    })
}

fn short(source: &str) -> String {
    let name = Path::new(source)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(source);
    name.chars().take(24).collect()
}

/// Scores every article of the gold files in `dir`, printing a table (and,
/// with `QUOTES_GOLD_ERRORS=1`, each speaker error), and returns the totals.
fn run_set(dir: &str) -> Option<Counts> {
    let files = gold_files(dir);
    if files.is_empty() {
        println!("no {dir}/quotes_*.json: skipping");
        return None;
    }
    if !shared_dir().join("corpus").is_dir() && needs_corpus(&files) {
        println!("shared/corpus not found: skipping {dir}");
        return None;
    }
    let show_errors = std::env::var_os("QUOTES_GOLD_ERRORS").is_some();
    let mut total = Counts::default();
    let mut by_language: std::collections::BTreeMap<&str, Counts> = Default::default();
    let mut missing = Vec::new();
    println!(
        "| file | article | gold | pred | match | P | R | F1 | speaker | gold frag | pred frag | frag match |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for file in &files {
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(file).expect("gold file"))
            .expect("gold JSON");
        let fname = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        for art in doc["articles"].as_array().into_iter().flatten() {
            let source = art["source"].as_str().unwrap_or("");
            let Some((text, pred)) = load(source) else {
                missing.push(source.to_string());
                continue;
            };
            if std::env::var_os("QUOTES_GOLD_FEATURES").is_some() && !dir.contains("heldout") {
                print_features(source, &text, art);
            }
            let gold: Vec<Gold> = art["quotes"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|q| Gold {
                    text: q["text"].as_str().unwrap_or("").to_string(),
                    speaker: q["speaker"].as_str().map(String::from),
                    fragment: q["fragment"].as_bool().unwrap_or(false),
                })
                .collect();
            let mut errors = Vec::new();
            let c = score(&text, &gold, &pred, &mut errors);
            let (p, r, f) = c.prf();
            println!(
                "| {fname} | {} | {} | {} | {} | {p:.2} | {r:.2} | {f:.2} | {:.2} | {} | {} | {} |",
                short(source),
                c.gold,
                c.pred,
                c.matched,
                c.speaker_acc(),
                c.gold_frag,
                c.pred_frag,
                c.frag_matched
            );
            if show_errors {
                errors.iter().for_each(|e| println!("{e}  [{source}]"));
            }
            total.add(&c);
            by_language.entry(language(&text)).or_default().add(&c);
        }
    }
    let (p, r, f) = total.prf();
    let (fp, fr, ff) = prf(total.frag_matched, total.pred_frag, total.gold_frag);
    println!(
        "\nTOTAL full quotes: gold {} pred {} matched {} | P {p:.3} R {r:.3} F1 {f:.3} | speaker accuracy {:.3} ({}/{})",
        total.gold,
        total.pred,
        total.matched,
        total.speaker_acc(),
        total.speaker_ok,
        total.matched
    );
    println!(
        "fragments: gold {} pred {} matched {} | P {fp:.3} R {fr:.3} F1 {ff:.3} | same words, other fragment flag: {}",
        total.gold_frag, total.pred_frag, total.frag_matched, total.flag_mismatch
    );
    println!(
        "speaker errors: none predicted {} | predicted where gold has none {} | shorter/longer form {} (pred has more words before {}, after {}; lacks words before {}, after {}; within a word {}) | other name {}",
        total.miss_none,
        total.extra,
        total.partial,
        total.partial_kinds[0],
        total.partial_kinds[1],
        total.partial_kinds[2],
        total.partial_kinds[3],
        total.partial_kinds[4],
        total.other
    );
    println!(
        "wrong speakers with a gold name: {} | its last word within {NEAR_BYTES} bytes before the quote: {} | anywhere in the text: {}",
        total.named_wrong[0], total.named_wrong[1], total.named_wrong[2]
    );
    println!(
        "speaker accuracy with a cue {:.3} ({}/{}) | without {:.3} ({}/{})",
        ratio(total.cued_ok, total.cued),
        total.cued_ok,
        total.cued,
        ratio(total.speaker_ok - total.cued_ok, total.matched - total.cued),
        total.speaker_ok - total.cued_ok,
        total.matched - total.cued
    );
    let languages: Vec<String> = by_language
        .iter()
        .map(|(lang, c)| {
            let acc = c.speaker_acc();
            format!("{lang} {acc:.3} ({}/{})", c.speaker_ok, c.matched)
        })
        .collect();
    println!("speaker accuracy by language: {}", languages.join(" | "));
    let english = by_language.get("en").copied().unwrap_or_default();
    for (label, c) in [("all", &total), ("English", &english)] {
        let forms: Vec<String> = FORMS
            .iter()
            .zip(c.forms)
            .map(|(name, (ok, n))| format!("{name} {:.3} ({ok}/{n})", ratio(ok, n)))
            .collect();
        println!(
            "speaker accuracy by attribution shape, {label}: {}",
            forms.join(" | ")
        );
        println!(
            "  wrong [none, extra, partial, other] by shape: {:?}",
            c.form_kinds
        );
    }
    assert!(missing.is_empty(), "gold sources not found: {missing:?}");
    Some(total)
}

/// Asserts the floors (a little below the measured numbers, BENCHMARKS.md §4).
fn assert_floors(total: &Counts, floor_f1: f64, floor_speaker: f64) {
    let (_, _, f) = total.prf();
    assert!(f >= floor_f1, "quote F1 {f:.3} below {floor_f1}");
    assert!(
        total.speaker_acc() >= floor_speaker,
        "speaker accuracy {:.3} below {floor_speaker}",
        total.speaker_acc()
    );
}

/// The development set: the rules were tuned while watching these numbers.
#[test]
fn quotes_match_the_gold_set() {
    if let Some(total) = run_set("tests/gold") {
        assert_floors(&total, FLOOR_F1, FLOOR_SPEAKER);
    }
}

/// The held-out set: annotated blind, never used to tune the rules.
#[test]
fn quotes_match_the_heldout_set() {
    if let Some(total) = run_set("tests/gold/heldout") {
        assert_floors(&total, HELDOUT_FLOOR_F1, HELDOUT_FLOOR_SPEAKER);
    }
}

/// The synthetic set (`tests/gold/synthetic/`): news passages written with their answer keys
/// by annotators who never saw the program, to probe attribution shapes in bulk. A
/// development set: it says where the rules are weak, not how they do on real pages.
#[test]
fn quotes_match_the_synthetic_set() {
    if let Some(total) = run_set("tests/gold/synthetic") {
        assert_floors(&total, SYNTHETIC_FLOOR_F1, SYNTHETIC_FLOOR_SPEAKER);
    }
}

/// Any folder of gold files, for a new set before it joins the others:
/// `QUOTES_GOLD_DIR=tests/gold/new cargo test --release --test quotes_gold -- --ignored --nocapture`.
#[test]
#[ignore]
fn quotes_match_a_gold_dir() {
    let dir = std::env::var("QUOTES_GOLD_DIR").unwrap_or_else(|_| "tests/gold".into());
    run_set(&dir);
}

// Regression floors, a little under the current totals. Rounds 7 and 8 (web pages in German,
// French and Spanish, and blogs) brought both down: development 0.934 → 0.90 speaker
// accuracy, held out 0.828 → 0.71 (BENCHMARKS.md §4). Round 9 (English magazine and news
// pages, blind) brought them to 0.890 and 0.688; the thirteenth session's audit and rules left
// them at 0.912 and 0.718 (synthetic passages 0.841); the fifteenth session's at 0.912 and
// 0.724 (synthetic passages A–H 0.867); the sixteenth session added synthetic passages I–L
// (first total 0.717) and M–P (0.885) and left them at 0.913 and 0.730 (synthetic 0.868);
// the eighteenth added German and French passages Q–T (first total 0.562), the twenty-third
// passages U–X (first total 0.666), the twenty-fourth Y–AB (0.665; all synthetic now 0.837);
// the twenty-fifth real-page rounds 11 and 12 to development (blind first totals 0.759 and
// 0.438), which left development at 0.901 and synthetic at 0.839; the twenty-sixth real-page
// round 13 (blind first total 0.776), which left development at 0.890. The target is 0.92.
const FLOOR_F1: f64 = 0.95;
const FLOOR_SPEAKER: f64 = 0.88;
const HELDOUT_FLOOR_F1: f64 = 0.95;
const HELDOUT_FLOOR_SPEAKER: f64 = 0.70;
const SYNTHETIC_FLOOR_F1: f64 = 0.95;
const SYNTHETIC_FLOOR_SPEAKER: f64 = 0.80;

#[test]
fn scorer_normalises_marks_punctuation_and_joins() {
    assert_eq!(norm("“We won,”  she\n\nsaid."), norm("we won she said"));
    assert_eq!(
        norm_speaker(Some("The New York Times")),
        norm_speaker(Some("new york times"))
    );
    assert_eq!(norm_speaker(Some("Reuters’s")), Some("reuters".into()));
    let gold = vec![
        Gold {
            text: "We won the vote today.".into(),
            speaker: Some("Jane Smith".into()),
            fragment: false,
        },
        Gold {
            text: "constant contact".into(),
            speaker: None,
            fragment: true,
        },
    ];
    let text = "“We won the vote today,” said Jane Smith. It was in “constant contact” often.";
    let pred = declutter::quotes::find_quotes(text);
    let c = score(text, &gold, &pred, &mut Vec::new());
    assert_eq!(c.forms[1], (1, 1), "a cue with a name after it");
    assert_eq!(
        (c.gold, c.pred, c.matched, c.speaker_ok, c.frag_matched),
        (1, 1, 1, 1, 1)
    );
}
