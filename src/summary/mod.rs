//! Key points, word count and reading time.
//!
//! Input: `Article::text` (blocks separated by "\n\n") and the title.
//! Output: 3 to 5 key sentences in article order ([`key_points`]), a word
//! count, reading minutes and a short excerpt ([`first_sentences`]).
//!
//! Key points are extractive: each sentence is scored by its centrality
//! (LexRank: PageRank over TF-IDF cosine similarity of stemmed content
//! words), its position, and its overlap with the title; sentences that are
//! only a quote, a dateline, byline or photo credit, too short or too long
//! are penalised; near-duplicates of a chosen sentence are skipped.

pub mod sentences;
pub mod words;

use std::collections::HashMap;

use crate::wordset::WordSet;
pub use sentences::{sentence_spans, sentences};
use words::{is_cjk, terms};

/// At most this many sentences (from the start) are ranked: keeps time linear on huge inputs.
const MAX_RANKED: usize = 300;

/// 3 to 5 key sentences of the article, in article order (3 for short articles).
pub fn key_points(text: &str, title: Option<&str>) -> Vec<String> {
    let count = sentence_spans(text).len();
    let n = match count {
        0..=24 => 3,
        25..=44 => 4,
        _ => 5,
    };
    key_points_n(text, title, n)
}

/// Exactly `n` key sentences (fewer only if the article has fewer), in article order.
pub fn key_points_n(text: &str, title: Option<&str>, n: usize) -> Vec<String> {
    let sents: Vec<&str> = sentences(text).into_iter().take(MAX_RANKED).collect();
    if sents.is_empty() || n == 0 {
        return Vec::new();
    }
    let vectors = tfidf_vectors(&sents);
    let central = lexrank(&vectors);
    let title_terms: Vec<String> = title.map(terms).unwrap_or_default();
    let scores: Vec<f64> = (0..sents.len())
        .map(|i| score(sents[i], i, central[i], &title_terms))
        .collect();
    let mut order: Vec<usize> = (0..sents.len()).collect();
    order.sort_unstable_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    let mut chosen: Vec<usize> = Vec::new();
    for &i in &order {
        if chosen.len() == n {
            break;
        }
        // Redundancy: skip a sentence that mostly repeats one already chosen.
        if chosen
            .iter()
            .all(|&j| cosine(&vectors[i], &vectors[j]) < 0.6)
        {
            chosen.push(i);
        }
    }
    for &i in &order {
        if chosen.len() < n.min(sents.len()) && !chosen.contains(&i) {
            chosen.push(i);
        }
    }
    chosen.sort_unstable();
    chosen.into_iter().map(|i| sents[i].to_string()).collect()
}

type Vector = HashMap<String, f64>;

/// Unit-length TF-IDF vectors of the sentences' content terms.
fn tfidf_vectors(sents: &[&str]) -> Vec<Vector> {
    let term_lists: Vec<Vec<String>> = sents.iter().map(|s| terms(s)).collect();
    let mut df: HashMap<&str, f64> = HashMap::new();
    for list in &term_lists {
        let mut seen: Vec<&str> = list.iter().map(String::as_str).collect();
        seen.sort_unstable();
        seen.dedup();
        for t in seen {
            *df.entry(t).or_default() += 1.0;
        }
    }
    let n = sents.len() as f64;
    term_lists
        .iter()
        .map(|list| {
            let mut v: Vector = HashMap::new();
            for t in list {
                *v.entry(t.clone()).or_default() += 1.0;
            }
            for (t, w) in v.iter_mut() {
                *w *= (1.0 + n / df[t.as_str()]).ln();
            }
            let norm = v.values().map(|w| w * w).sum::<f64>().sqrt();
            if norm > 0.0 {
                v.values_mut().for_each(|w| *w /= norm);
            }
            v
        })
        .collect()
}

fn cosine(a: &Vector, b: &Vector) -> f64 {
    let (small, large) = if a.len() < b.len() { (a, b) } else { (b, a) };
    small
        .iter()
        .filter_map(|(t, w)| large.get(t).map(|x| w * x))
        .sum()
}

/// LexRank centrality (continuous weights, damping 0.85), scaled so the top is 1.
fn lexrank(vectors: &[Vector]) -> Vec<f64> {
    let n = vectors.len();
    let mut sim = vec![vec![0.0; n]; n];
    for i in 0..n {
        for j in i + 1..n {
            let s = cosine(&vectors[i], &vectors[j]);
            sim[i][j] = s;
            sim[j][i] = s;
        }
    }
    let row_sums: Vec<f64> = sim.iter().map(|r| r.iter().sum()).collect();
    let mut rank = vec![1.0 / n as f64; n];
    for _ in 0..30 {
        let mut next = vec![0.15 / n as f64; n];
        for i in 0..n {
            if row_sums[i] > 0.0 {
                let share = 0.85 * rank[i] / row_sums[i];
                for j in 0..n {
                    next[j] += share * sim[i][j];
                }
            } else {
                next.iter_mut()
                    .for_each(|x| *x += 0.85 * rank[i] / n as f64);
            }
        }
        rank = next;
    }
    let max = rank.iter().cloned().fold(0.0, f64::max);
    rank.iter()
        .map(|r| if max > 0.0 { r / max } else { 0.0 })
        .collect()
}

/// The final score of sentence `index`: centrality, position and title overlap, times penalties.
fn score(sent: &str, index: usize, centrality: f64, title_terms: &[String]) -> f64 {
    // Position: news puts the gist first (`1` for the first sentence, falling slowly).
    let position = 1.0 / (1.0 + 0.2 * index as f64);
    let own = terms(sent);
    let title = if title_terms.is_empty() {
        0.0
    } else {
        title_terms.iter().filter(|t| own.contains(t)).count() as f64 / title_terms.len() as f64
    };
    (0.45 * centrality + 0.35 * position + 0.2 * title) * penalty(sent)
}

/// Multiplier below 1 for sentences that do not carry the article on their own.
fn penalty(sent: &str) -> f64 {
    let words = word_count(sent);
    if is_boilerplate(sent) {
        return 0.05;
    }
    let mut p = 1.0;
    // Too short: `Here is why.` says little.
    if words < 6 {
        p *= 0.3;
    }
    // Too long: a 70-word run-on is a poor key point.
    if words > 55 {
        p *= 0.7;
    }
    // Opens with a pronoun: `She said the buyers came early.` needs the sentence before it.
    let first = sent.split_whitespace().next().unwrap_or("");
    let res = {
        static WORDS: WordSet = WordSet::new("He She It They This These Those His Her Its Their");
        WORDS.contains(first)
    };
    if res {
        p *= 0.75;
    }
    // Only a quote: `“We will win,” he said.` carries a voice, not the news.
    if is_only_quote(sent) {
        p *= 0.6;
    }
    p
}

/// Datelines, bylines, photo credits and captions: `By Jane Doe`, `Photo: AP`, `(Reuters)`.
fn is_boilerplate(sent: &str) -> bool {
    let lower = sent.to_lowercase();
    let starts = [
        "by ",
        "photo",
        "image",
        "picture",
        "credit",
        "copyright",
        "©",
        "read more",
        "related:",
        "advertisement",
        "getty",
        "file photo",
    ];
    let contains = [
        "getty images",
        "all rights reserved",
        "(reuters)",
        "(ap)",
        "(afp)",
        "photograph:",
        "image caption",
        "image source",
    ];
    let letters: Vec<char> = sent.chars().filter(|c| c.is_alphabetic()).collect();
    let shouting = letters.len() > 8 && letters.iter().all(|c| !c.is_lowercase());
    starts
        .iter()
        .any(|p| lower.starts_with(p) && (word_count(sent) < 12 || !p.ends_with(' ')))
        || contains.iter().any(|p| lower.contains(p))
        || shouting
}

/// True when most of the sentence sits inside quote marks opened at its start.
fn is_only_quote(sent: &str) -> bool {
    let Some(first) = sent.chars().next() else {
        return false;
    };
    if !matches!(first, '“' | '"' | '«' | '„' | '»' | '「' | '‘') {
        return false;
    }
    let close = sent[first.len_utf8()..]
        .char_indices()
        .find(|&(_, c)| matches!(c, '”' | '"' | '»' | '“' | '«' | '」' | '’'))
        .map_or(sent.len(), |(p, _)| p + first.len_utf8());
    close * 10 >= sent.len() * 6
}

/// Words in `text`: runs of letters or digits between spaces; each CJK character counts as one.
pub fn word_count(text: &str) -> usize {
    let (latin, cjk) = counts(text);
    latin + cjk
}

/// Latin-script words and CJK characters.
fn counts(text: &str) -> (usize, usize) {
    let cjk = text.chars().filter(|&c| is_cjk(c)).count();
    let latin = text
        .split_whitespace()
        .filter(|w| w.chars().any(|c| c.is_alphanumeric() && !is_cjk(c)))
        .count();
    (latin, cjk)
}

/// Minutes to read: about 230 words a minute, CJK about 500 characters a minute, at least 1.
pub fn reading_minutes(text: &str) -> u32 {
    let (latin, cjk) = counts(text);
    if latin + cjk == 0 {
        return 0;
    }
    let minutes = latin as f64 / 230.0 + cjk as f64 / 500.0;
    (minutes.round() as u32).max(1)
}

/// The first `n` sentences of the first real paragraph, as an excerpt.
///
/// A real paragraph has at least 12 words and ends like prose (skips
/// headlines, bylines, datelines and captions).
pub fn first_sentences(text: &str, n: usize) -> Option<String> {
    if n == 0 {
        return None;
    }
    let block = text
        .split("\n\n")
        .map(str::trim)
        .find(|b| is_real_paragraph(b))?;
    let first: Vec<&str> = sentences(block).into_iter().take(n).collect();
    Some(first.join(" "))
}

fn is_real_paragraph(block: &str) -> bool {
    let ends_like_prose = block
        .trim_end_matches(['"', '”', '’', '»', ')'])
        .ends_with(['.', '!', '?', '…', '。', '！', '？']);
    word_count(block) >= 12 && ends_like_prose && !is_boilerplate(block)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "Acme Corp reported record profits on Monday as sales of its rockets soared.\n\n\
By Jane Doe\n\n\
The company said rocket sales rose 40% in the quarter, driven by demand from desert customers.\n\n\
“We have never sold so many rockets,” said chief executive Wile Coyote.\n\n\
Analysts said the profits would let Acme build a second rocket factory next year.\n\n\
The weather was mild. Birds sang.\n\n\
Acme shares rose 5% after the profits were announced, and rocket demand is expected to keep growing.";

    #[test]
    fn key_points_are_three_for_a_short_article_in_order() {
        let k = key_points(ARTICLE, Some("Acme profits soar on rocket sales"));
        assert_eq!(k.len(), 3, "{k:?}");
        let pos: Vec<usize> = k
            .iter()
            .map(|s| ARTICLE.find(s.as_str()).unwrap())
            .collect();
        assert!(pos.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn key_points_skip_bylines_and_filler() {
        // `By Jane Doe` is a byline and `Birds sang.` is short filler: neither is a key point.
        let k = key_points(ARTICLE, None);
        assert!(
            !k.iter().any(|s| s.starts_with("By ") || s == "Birds sang."),
            "{k:?}"
        );
    }

    #[test]
    fn key_points_prefer_central_sentences_over_quotes() {
        // The quote-only sentence loses to the sentences that share the story's words.
        let k = key_points(ARTICLE, Some("Acme profits soar on rocket sales"));
        assert!(!k.iter().any(|s| s.starts_with('“')), "{k:?}");
        assert!(k[0].starts_with("Acme Corp reported"));
    }

    #[test]
    fn sentences_opening_with_a_pronoun_are_penalised() {
        assert!(
            penalty("She said the buyers had arrived early that day.")
                < penalty("The buyers had arrived early that day, the gallery said.")
        );
    }

    #[test]
    fn long_articles_get_five_points() {
        let text: String = (0..60)
            .map(|i| {
                format!(
                    "Sentence number {i} talks about topic {} at length here.\n\n",
                    i % 7
                )
            })
            .collect();
        assert_eq!(key_points(&text, None).len(), 5);
    }

    #[test]
    fn fewer_sentences_than_asked() {
        assert_eq!(
            key_points("Only one sentence here, nothing more to say.", None).len(),
            1
        );
        assert!(key_points("", None).is_empty());
    }

    #[test]
    fn near_duplicates_are_skipped() {
        let t = "Acme rockets sold out in the desert today.\n\nAcme rockets sold out in the desert today!\n\nThe coyote bought every single one of them for his plans.\n\nRoad runners were not impressed by the rocket sale at all.";
        let k = key_points_n(t, Some("Acme rockets sold out"), 2);
        assert_eq!(k.len(), 2);
        assert_ne!(
            k[0].trim_end_matches(['.', '!']),
            k[1].trim_end_matches(['.', '!'])
        );
    }

    #[test]
    fn word_count_counts_words_and_cjk_characters() {
        assert_eq!(word_count("Hello, world — again."), 3);
        assert_eq!(word_count("東京 is big"), 4);
    }

    #[test]
    fn reading_minutes_latin_and_cjk() {
        assert_eq!(reading_minutes(""), 0);
        assert_eq!(reading_minutes("one word"), 1);
        assert_eq!(reading_minutes(&"word ".repeat(690)), 3);
        assert_eq!(reading_minutes(&"字".repeat(1000)), 2);
    }

    #[test]
    fn first_sentences_skip_headline_and_byline() {
        assert_eq!(
            first_sentences(ARTICLE, 1).as_deref(),
            Some("Acme Corp reported record profits on Monday as sales of its rockets soared.")
        );
        let t = "Big News\n\nBy Jane Doe\n\nThe first real sentence of the story is right here today. The second one follows it closely. A third.";
        assert_eq!(
            first_sentences(t, 2).as_deref(),
            Some(
                "The first real sentence of the story is right here today. The second one follows it closely."
            )
        );
        assert_eq!(first_sentences("short", 2), None);
    }

    #[test]
    fn huge_input_is_fast() {
        let text = "A sentence about many things and more. ".repeat(250_000);
        let t = std::time::Instant::now();
        let k = key_points(&text, None);
        assert!(!k.is_empty());
        assert!(t.elapsed().as_secs() < 5);
    }
}
