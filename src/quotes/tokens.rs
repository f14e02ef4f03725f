//! Words of an attribution window, with the punctuation around them.
//!
//! Input: a slice of the text. Output: [`Tok`]s (the word without outer
//! punctuation, whether it is capitalised or possessive, and the mark that
//! follows it), for the cue and name rules.

use crate::summary::sentences::is_abbreviation;

pub use crate::wordset::WordSet;

#[derive(Debug, Clone, PartialEq)]
pub struct Tok<'a> {
    /// The word without outer punctuation and without a possessive `’s`.
    pub word: &'a str,
    pub lower: String,
    /// Starts with an uppercase letter (`Mark`, `U.S.`).
    pub cap: bool,
    /// Ended with `’s`, `'s` or a plural `s’` (`Institute’s`).
    pub possessive: bool,
    /// The first punctuation mark right after the word (`,` in `Lewis,`), if any.
    pub after: Option<char>,
    /// The first punctuation mark right before the word (`“` in `“We`), if any.
    pub before: Option<char>,
}

impl Tok<'_> {
    /// The word's byte offset in `text`, the string it was tokenized from (or a slice of it).
    pub fn offset_in(&self, text: &str) -> usize {
        (self.word.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
    }

    /// Punctuation after the word that breaks a name (`,` `.` `:` `;` quote marks, dashes).
    pub fn breaks(&self) -> bool {
        self.after
            .is_some_and(|c| !matches!(c, '-' | '\'' | '’' | '&'))
    }
}

/// Splits `s` on white space into words with their surrounding punctuation.
pub fn tokenize(s: &str) -> Vec<Tok<'_>> {
    let mut out: Vec<Tok> = Vec::new();
    let chunks = s.split_whitespace().flat_map(|chunk| {
        // Most words hold no quote mark: no split, no allocation. (`"` is ASCII; the curly
        // and angle marks start with byte 0xE2 or 0xC2, so one byte scan rules most words out.)
        let tail = chunk.as_bytes().get(1..).unwrap_or_default();
        let maybe_mark = tail.iter().any(|&b| matches!(b, b'"' | 0xC2 | 0xE2));
        let glued = (maybe_mark
            && chunk
                .char_indices()
                .skip(1)
                .any(|(_, c)| matches!(c, '“' | '”' | '"' | '„' | '«' | '»' | '—' | '–')))
            || (tail.contains(&b'-') && chunk.contains("--"));
        let parts = if glued {
            split_inner_quote(chunk)
        } else {
            Vec::new()
        };
        let whole = (!glued).then_some(chunk);
        whole.into_iter().chain(parts)
    });
    for chunk in chunks {
        let core_start = chunk
            .find(|c: char| c.is_alphanumeric())
            .unwrap_or(chunk.len());
        let before = chunk[..core_start].chars().next();
        let core_end = chunk
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_alphanumeric())
            .map_or(core_start, |(i, c)| i + c.len_utf8());
        if core_start >= core_end {
            // A bare mark (`—`, `“`): it breaks the previous word. (A hyphen standing alone,
            // `members - 19 Democrats and 12 Republicans - wrote`, is a dash.)
            if let (Some(last), Some(c)) = (out.last_mut(), chunk.chars().next())
                && last.after.is_none()
            {
                last.after = Some(if c == '-' { '—' } else { c });
            }
            continue;
        }
        let mut word = &chunk[core_start..core_end];
        let mut rest = &chunk[core_end..];
        // `Dr.` and `U.S.` keep their final dot.
        if rest.starts_with('.') && is_abbreviation(word) {
            word = &chunk[core_start..core_end + 1];
            rest = &rest[1..];
        }
        let mut possessive = false;
        for suffix in ["’s", "'s"] {
            if let Some(w) = word.strip_suffix(suffix) {
                word = w;
                possessive = true;
            }
        }
        if !possessive && word.ends_with('s') && (rest.starts_with('’') || rest.starts_with('\''))
        {
            possessive = true;
            rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
        }
        out.push(Tok {
            word,
            lower: word.to_lowercase(),
            cap: (word.chars().next().is_some_and(char::is_uppercase) && !elided(word))
                || particle_surname(word)
                || numbered_noun(word),
            possessive,
            // `R-Neb.,`: the comma after a dot is what breaks the phrase.
            after: if rest.starts_with(".,") {
                Some(',')
            } else if rest.starts_with("--") {
                Some('—')
            } else {
                rest.chars().next()
            },
            before,
        });
    }
    // `said Konyukhov Jr. Oskar Konyukhov said …`: a name's suffix with its dot, then a
    // capitalised word, ends the sentence.
    for k in 1..out.len() {
        let suffix = matches!(out[k - 1].lower.as_str(), "jr." | "sr.");
        if suffix && out[k - 1].after.is_none() && out[k].cap {
            out[k - 1].after = Some('.');
        }
    }
    out
}

/// `Kaine."So`, `said:“We`: a quote mark between two words with no space splits them; the
/// mark stays with the sentence it closes (after `.` `,` `!` `?`) or the one it opens.
fn split_inner_quote(chunk: &str) -> Vec<&str> {
    // `Plosser--dissented`, `Clinton—who`: a dash (typed `--`, or `—` `–`) between two words
    // splits them too.
    let dash = ["--", "—", "–"]
        .iter()
        .filter_map(|d| chunk.find(d).map(|i| (i, i + d.len())))
        .filter(|&(i, end)| i > 0 && end < chunk.len())
        .map(|(_, end)| end)
        .min();
    if let Some(end) = dash {
        let mut parts = split_inner_quote(&chunk[..end]);
        parts.extend(split_inner_quote(&chunk[end..]));
        return parts;
    }
    let inner = chunk.char_indices().find(|&(i, c)| {
        i > 0
            && matches!(c, '“' | '”' | '"' | '„' | '«' | '»')
            && chunk[i + c.len_utf8()..].starts_with(char::is_alphanumeric)
            && chunk[..i].contains(char::is_alphanumeric)
    });
    let Some((i, c)) = inner else {
        return vec![chunk];
    };
    let closes = chunk[..i].ends_with(['.', ',', '!', '?']);
    let cut = if closes { i + c.len_utf8() } else { i };
    let mut parts = vec![&chunk[..cut]];
    parts.extend(split_inner_quote(&chunk[cut..]));
    parts
}

/// `S’il`, `C’est`, `L’émergence`, `I’m`: a short word elided before a lowercase one is a
/// function word, not a name (`L’Oréal`, `O’Brien` are names).
fn elided(word: &str) -> bool {
    // The mark comes within the first three letters (`Qu’`), so only they are looked at.
    let head = &word[..char_boundary(word, 6)];
    let Some(k) = head.find(['’', '\'']) else {
        return false;
    };
    // (Not `Ze'ev`, `Sa'ar`, `Ya'alon`: a name with a glottal stop, two letters before it.)
    let short = k == 1
        || ["qu", "un"]
            .iter()
            .any(|p| word[..k].eq_ignore_ascii_case(p));
    let next_lower = word[k..].chars().nth(1).is_some_and(char::is_lowercase);
    short && next_lower
}

/// `47-Jährige`, `27-Jähriger`: a German noun written after a number and a hyphen is
/// capitalised like any noun.
fn numbered_noun(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        && word.split_once('-').is_some_and(|(n, noun)| {
            n.chars().all(|c| c.is_ascii_digit()) && noun.starts_with(char::is_uppercase)
        })
}

/// `al-Douri`, `duPlessis`, `deGrom`: a surname written with a lowercase particle
/// joined to its capitalised part counts as capitalised.
pub(super) fn particle_surname(word: &str) -> bool {
    // The particle is at most three letters and a mark: only the word's start is looked at.
    if !word.starts_with(['a', 'e', 'u', 'd', 'l', 'v']) {
        return false;
    }
    let split = word
        .char_indices()
        .take(5)
        .find(|&(_, c)| c.is_uppercase())
        .map(|(i, _)| i);
    let Some(i) = split.filter(|&i| i > 0) else {
        return false;
    };
    let particle = word[..i].trim_end_matches(['-', '’', '\'']);
    let rest_lower = word[i..].chars().nth(1).is_some_and(char::is_lowercase);
    rest_lower && {
        static WORDS: WordSet =
            WordSet::new("al el ad an ar as ash at az ul du de di da le la van von");
        WORDS.contains(particle)
    }
}

/// The first char boundary of `text` at or after byte `i` (at most its length).
pub fn char_boundary(text: &str, i: usize) -> usize {
    (i.min(text.len())..=text.len())
        .find(|&k| text.is_char_boundary(k))
        .unwrap_or(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_and_possessives_are_split_off() {
        let t = tokenize("says the Quincy Institute’s Mark Episkopos.");
        let words: Vec<&str> = t.iter().map(|t| t.word).collect();
        assert_eq!(
            words,
            vec!["says", "the", "Quincy", "Institute", "Mark", "Episkopos"]
        );
        assert!(t[3].possessive && t[3].cap && !t[1].cap);
        assert_eq!(t[5].after, Some('.'));
    }

    #[test]
    fn abbreviations_keep_their_dot_and_dashes_break() {
        let t = tokenize("U.S. envoy Dr. Smith — said");
        assert_eq!(t[0].word, "U.S.");
        assert_eq!(t[2].word, "Dr.");
        assert_eq!(t[3].after, Some('—'));
    }

    #[test]
    fn glued_quote_marks_and_typed_dashes_split_words() {
        let words = |s| tokenize(s).iter().map(|t| t.word).collect::<Vec<_>>();
        assert_eq!(words("Plosser--dissented"), vec!["Plosser", "dissented"]);
        assert_eq!(tokenize("Plosser--dissented")[0].after, Some('—'));
        assert_eq!(words("Kaine.\"So that"), vec!["Kaine", "So", "that"]);
    }

    #[test]
    fn plural_possessive() {
        let t = tokenize("the Times’ editor");
        assert!(t[1].possessive && t[1].word == "Times");
    }
}
