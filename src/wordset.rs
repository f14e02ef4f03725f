//! Fixed word lists (tag names, cue verbs, titles) looked up in constant time.
//!
//! Input: one `&'static str` of words separated by white space. Output: a [`WordSet`] whose
//! hash set is built on first use. Shared by the extractor, the text renderer and the quote
//! finder.

/// A word list looked up in constant time (the lists are checked for every word of a page).
/// The words are written as one string, separated by white space: a slice of strings would
/// cost the wasm build eight bytes of pointers a word.
pub struct WordSet(
    std::sync::OnceLock<std::collections::HashSet<&'static str>>,
    &'static str,
);

impl WordSet {
    pub const fn new(words: &'static str) -> Self {
        WordSet(std::sync::OnceLock::new(), words)
    }

    pub fn contains(&self, w: &str) -> bool {
        self.0
            .get_or_init(|| self.1.split_whitespace().collect())
            .contains(w)
    }
}
