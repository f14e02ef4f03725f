//! Fixed word lists (tag names, cue verbs, titles, class-name parts) stored as one string.
//!
//! Input: one `&'static str` of words separated by white space ([`WordSet::new`]), or of
//! phrases one to a line ([`WordSet::lines`]). Output: a [`WordSet`] that answers exact
//! lookups in constant time (the hash set is built on first use) and iterates its entries for
//! substring and prefix checks. Shared by the cleaner, the extractor, the renderers, the
//! quote finder and the summariser.

/// A word list looked up in constant time (the lists are checked for every word of a page).
/// The words are written as one string: a slice of strings would cost the wasm build eight
/// bytes of pointers an entry.
pub struct WordSet {
    slots: std::sync::OnceLock<Vec<&'static str>>,
    words: &'static str,
    one_per_line: bool,
}

impl WordSet {
    /// Words separated by white space.
    pub const fn new(words: &'static str) -> Self {
        WordSet {
            slots: std::sync::OnceLock::new(),
            words,
            one_per_line: false,
        }
    }

    /// Phrases (which may hold spaces), one to a line; surrounding spaces are ignored.
    pub const fn lines(phrases: &'static str) -> Self {
        WordSet {
            slots: std::sync::OnceLock::new(),
            words: phrases,
            one_per_line: true,
        }
    }

    /// The entries, in the order written.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> {
        let one_per_line = self.one_per_line;
        self.words
            .split(move |c: char| {
                if one_per_line {
                    c == '\n'
                } else {
                    c.is_whitespace()
                }
            })
            .map(str::trim)
            .filter(|w| !w.is_empty())
    }

    pub fn contains(&self, w: &str) -> bool {
        let slots = self.slots.get_or_init(|| {
            // Open addressing: at most half the slots used, so probes stay short.
            let mut slots = vec![""; (2 * self.iter().count()).next_power_of_two()];
            for e in self.iter() {
                let i = self.probe(&slots, e);
                slots[i] = e;
            }
            slots
        });
        !w.is_empty() && slots[self.probe(slots, w)] == w
    }

    /// The slot that holds `w`, or the empty slot where it would go (linear probing).
    fn probe(&self, slots: &[&str], w: &str) -> usize {
        let mask = slots.len() - 1;
        let mut i = fnv1a(w) as usize & mask;
        while !slots[i].is_empty() && slots[i] != w {
            i = (i + 1) & mask;
        }
        i
    }
}

/// The 32-bit FNV-1a hash of a word: where its probe starts.
fn fnv1a(w: &str) -> u32 {
    w.bytes().fold(0x811c_9dc5, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

#[cfg(test)]
mod tests {
    use super::WordSet;

    #[test]
    fn words_split_on_white_space_and_phrases_on_lines() {
        static WORDS: WordSet = WordSet::new("a  b\n c");
        static PHRASES: WordSet = WordSet::lines(
            "
            read more
            show less
            ",
        );
        assert_eq!(WORDS.iter().collect::<Vec<_>>(), ["a", "b", "c"]);
        assert!(WORDS.contains("b") && !WORDS.contains("a b"));
        assert_eq!(
            PHRASES.iter().collect::<Vec<_>>(),
            ["read more", "show less"]
        );
        assert!(PHRASES.contains("show less") && !PHRASES.contains("show"));
    }

    #[test]
    fn every_entry_is_found_and_nothing_else() {
        static MONTHS: WordSet = WordSet::new(
            "january february march april may june july august september october november december",
        );
        assert!(MONTHS.iter().all(|m| MONTHS.contains(m)));
        for w in ["", "jan", "mayo", "December", "decembe", "decemberr"] {
            assert!(!MONTHS.contains(w), "{w}");
        }
    }
}
