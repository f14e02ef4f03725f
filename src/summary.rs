//! Key points, word count and reading time.
//!
//! Input: `Article::text` and the title. Output: 3 to 5 key sentences in
//! article order, counts.

pub fn key_points(_text: &str, _title: Option<&str>) -> Vec<String> {
    Vec::new()
}

pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

pub fn reading_minutes(text: &str) -> u32 {
    (word_count(text) as u32).div_ceil(230)
}

/// The first `n` sentences of the text, as an excerpt.
pub fn first_sentences(_text: &str, _n: usize) -> Option<String> {
    None
}
