//! `l'Office fédéral de l'environnement (OFEV)`: the long form a parenthesised acronym stands
//! for, so that `l'OFEV a indiqué`, `l'Office` and `l'agence` later mean the whole name.
//!
//! Input: one paragraph's text. Output: [`LongForm`]s (offset, words, acronym), in text order.
//!
//! The match is Schwartz and Hearst's (2003): the acronym's letters, right to left, each found
//! in the words before the parenthesis, the first at the start of a word. It finds names that
//! write some words in lowercase (`Agence régionale de santé (ARS)`), which the runs of
//! capitals in [`super::mentions`] cut short.

use crate::summary::words::is_stopword;

/// A body's name written out before its acronym in parentheses.
#[derive(Debug, Clone, PartialEq)]
pub struct LongForm {
    /// Byte offset of the name's first word in the paragraph.
    pub pos: usize,
    pub words: Vec<String>,
    pub acronym: String,
}

/// Every long form in `text` with its parenthesised acronym.
#[inline(never)]
pub fn long_forms(text: &str) -> Vec<LongForm> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('(').map(|k| from + k) {
        from = open + 1;
        // (An acronym is at most six letters: the `)` is looked for only that far, so a long
        // paragraph with many `(` and no `)` is read once, not once per `(`.)
        let Some(close) = text[from..]
            .bytes()
            .take(8)
            .position(|b| b == b')')
            .map(|k| from + k)
        else {
            continue;
        };
        let acronym = &text[open + 1..close];
        if !super::is_acronym(acronym) {
            continue;
        }
        let Some(start) = long_form_start(&text[..open], acronym) else {
            continue;
        };
        let mut name = text[start..open].trim_end().to_string();
        // `L'Agence régionale de santé (ARS) de Bretagne`: a place after the acronym belongs to
        // the name.
        name.push_str(&place_after(&text[close + 1..]));
        out.push(LongForm {
            pos: start,
            words: name.split_whitespace().map(String::from).collect(),
            acronym: acronym.to_string(),
        });
    }
    out
}

/// Where the long form of `acronym` starts in `before` (the text up to the parenthesis), if
/// the words there spell it.
#[inline(never)]
fn long_form_start(before: &str, acronym: &str) -> Option<usize> {
    // Only the clause before the parenthesis, and at most twice as many words as letters
    // (Schwartz and Hearst's bound, min(|A| + 5, 2|A|)).
    let clause = before
        .rfind(|c: char| ",;:.!?()«»“”\"„".contains(c))
        .map_or(0, |k| {
            k + before[k..].chars().next().map_or(1, char::len_utf8)
        });
    let letters = acronym.chars().count();
    let max_words = (letters + 5).min(2 * letters);
    let mut start = clause;
    let words: Vec<(usize, &str)> = word_offsets(&before[clause..]);
    if let Some(&(k, _)) = words
        .len()
        .checked_sub(max_words)
        .and_then(|s| words.get(s))
    {
        start = clause + k;
    }
    let span = &before[start..];
    let chars: Vec<(usize, char)> = span.char_indices().map(|(i, c)| (i, fold(c))).collect();
    let wanted: Vec<char> = acronym.chars().map(fold).collect();
    let at = match_right_to_left(&chars, &wanted)?;
    let first = chars[at].0;
    let opening = span[first..].split_whitespace().next().unwrap_or("");
    // (`Klaus Rehberg (CDU)`: a party after a person's name is no long form of it.)
    let person = super::first_names::gender(opening.trim_end_matches(['\'', '’'])).is_some();
    let lowercase_words = span[first..]
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_lowercase) && !is_stopword(w))
        .count();
    // (A lowercase first word only opens a name that is mostly lowercase words:
    // `la direction des services départementaux de l'Éducation nationale (DSDEN)`.)
    let opens = opening.starts_with(char::is_uppercase) || lowercase_words >= 3;
    (opens && !person && span[first..].split_whitespace().count() >= 2).then_some(start + first)
}

/// The index in `chars` where the acronym's first letter matched, each letter found right to
/// left and the first at the start of a word that is no function word.
fn match_right_to_left(chars: &[(usize, char)], wanted: &[char]) -> Option<usize> {
    let mut l = chars.len();
    for (s, &c) in wanted.iter().enumerate().rev() {
        loop {
            l = l.checked_sub(1)?;
            if chars[l].1 != c {
                continue;
            }
            if s > 0 || (word_start(chars, l) && !function_word_at(chars, l)) {
                break;
            }
        }
    }
    Some(l)
}

/// `chars[k]` opens a word (after a space, an apostrophe or a hyphen, or at the start).
fn word_start(chars: &[(usize, char)], k: usize) -> bool {
    k == 0 || !chars[k - 1].1.is_alphanumeric()
}

/// The word at `chars[k]` is a function word (`de`, `la`, `of`) or an elided article (`l'`).
fn function_word_at(chars: &[(usize, char)], k: usize) -> bool {
    let word: String = chars[k..]
        .iter()
        .map(|&(_, c)| c)
        .take_while(|c| c.is_alphanumeric())
        .collect();
    let elided = chars
        .get(k + word.chars().count())
        .is_some_and(|&(_, c)| c == '\'' || c == '’');
    elided || is_stopword(&word)
}

/// `de Bretagne`, `de l'Ardèche`: a particle and one capitalised place right after the
/// parenthesis, with its leading space; else nothing.
fn place_after(rest: &str) -> String {
    let mut words = rest.split_whitespace();
    let (Some(particle), Some(place)) = (words.next(), words.next()) else {
        return String::new();
    };
    let elided = ["l'", "l’"]
        .iter()
        .find_map(|a| place.strip_prefix(a))
        .unwrap_or(place);
    let plain = !place.ends_with(|c: char| !c.is_alphanumeric());
    if rest.starts_with(' ')
        && matches!(particle, "de" | "du")
        && plain
        && elided.starts_with(char::is_uppercase)
    {
        format!(" {particle} {place}")
    } else {
        String::new()
    }
}

/// Words of `s` with their byte offsets.
fn word_offsets(s: &str) -> Vec<(usize, &str)> {
    s.split_whitespace()
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
        .collect()
}

/// Lowercase without the accents French and German put on capitals (`É` → `e`). (Acronyms
/// are ASCII, [`super::is_acronym`], so only Latin letters need folding.)
fn fold(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' | 'á' | 'À' | 'Â' | 'Ä' | 'Á' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'î' | 'ï' | 'í' | 'Î' | 'Ï' | 'Í' => 'i',
        'ô' | 'ö' | 'ó' | 'Ô' | 'Ö' | 'Ó' => 'o',
        'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ü' | 'Ú' => 'u',
        'ç' | 'Ç' => 'c',
        _ => c.to_ascii_lowercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(text: &str) -> Vec<(String, String)> {
        long_forms(text)
            .into_iter()
            .map(|f| (f.words.join(" "), f.acronym))
            .collect()
    }

    fn one(name: &str, acronym: &str) -> Vec<(String, String)> {
        vec![(name.to_string(), acronym.to_string())]
    }

    #[test]
    fn a_long_form_with_lowercase_words() {
        // Synthetic set synX-05 and synX-02.
        assert_eq!(
            forms("D'après l'Office fédéral de l'environnement (OFEV), « la dégradation »."),
            one("Office fédéral de l'environnement", "OFEV")
        );
        assert_eq!(
            forms("L'Agence régionale de santé (ARS) de Bretagne a acté une suspension."),
            one("Agence régionale de santé de Bretagne", "ARS")
        );
        assert_eq!(
            forms("Le groupe Verrières de la Moselotte (VDM), spécialiste des flacons"),
            one("Verrières de la Moselotte", "VDM")
        );
    }

    #[test]
    fn a_long_form_opening_in_lowercase_skips_function_words() {
        // Synthetic set synX-06: the first `D` is `direction`, not `des`.
        assert_eq!(
            forms(
                "Fin janvier, la direction des services départementaux de l'Éducation \
                 nationale (DSDEN) de l'Ardèche nous a annoncé"
            ),
            one(
                "direction des services départementaux de l'Éducation nationale de l'Ardèche",
                "DSDEN"
            )
        );
    }

    #[test]
    fn no_long_form_for_a_party_a_dateline_or_a_credit() {
        assert!(forms("Baubürgermeister Klaus Rehberg (CDU) sagte").is_empty());
        assert!(forms("WASHINGTON (AP) — The Senate voted").is_empty());
        assert!(forms("Flowers left at the scene on Moor Lane in Thorncliffe (PA)").is_empty());
        assert!(forms("un comité (CSE) et").is_empty());
    }

    #[test]
    fn english_long_forms() {
        assert_eq!(
            forms("a survey by the Royal College of Nursing (RCN) found"),
            one("Royal College of Nursing", "RCN")
        );
    }
}
