//! Bodies' names that the runs of capitals in [`super::mentions`] cut short, so that `la
//! Cour`, `le ministère`, `das Ministerium` later find no body.
//!
//! - French capitalises one word of a body's name, or none: `la Cour des comptes`, `l'Office
//!   français de la biodiversité`, `le ministère du Logement et de la Rénovation urbaine`, `le
//!   tribunal correctionnel de Rennes`. Such a name is a head noun for a kind of body, its
//!   adjectives, then complements: `de`, `du`, `des` or `d'`, an optional article, a noun
//!   (capitalised, or one lowercase noun) and its adjectives; `et de …` adds another.
//! - German joins a body's field with lowercase `für`: `das Bundesamt für Migration und
//!   Flüchtlinge`, `das Ministerium für Wirtschaft, Arbeit und Tourismus`.
//!
//! Input: one paragraph's tokens. Output: each body's words and the index of its head token.

use super::{Tok, WordSet, is_stopword};

/// The French bodies named in `toks`: (index of the head token, the name's words).
pub fn french_bodies(toks: &[Tok]) -> Vec<(usize, Vec<String>)> {
    every_body(toks, body_at)
}

/// Each body `at` reads in `toks`, left to right, none inside another.
fn every_body(
    toks: &[Tok],
    at: impl Fn(&[Tok], usize) -> Option<(usize, Vec<String>)>,
) -> Vec<(usize, Vec<String>)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match at(toks, i) {
            Some((end, words)) => {
                out.push((i, words));
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// The German bodies named in `toks` with `für` (`das Amt für Wald und Naturgefahren`):
/// (index of the head token, the name's words).
pub fn german_bodies(toks: &[Tok]) -> Vec<(usize, Vec<String>)> {
    every_body(toks, german_body_at)
}

/// The German body whose head is `toks[i]`, its field after `für`: capitalised nouns in a
/// list (`Wirtschaft, Arbeit und Tourismus`); (index after its last word, its words).
fn german_body_at(toks: &[Tok], i: usize) -> Option<(usize, Vec<String>)> {
    let [head, fuer, field, ..] = toks.get(i..)? else {
        return None;
    };
    let named = head.cap
        && is_german_body_head(&head.lower)
        && !head.breaks()
        && fuer.lower == "für"
        && !fuer.breaks()
        && field.cap;
    if !named {
        return None;
    }
    let mut words = vec![
        head.word.to_string(),
        fuer.word.to_string(),
        field.word.to_string(),
    ];
    let mut j = i + 3;
    // (`Wirtschaft, Arbeit und Tourismus`: a comma or `und` before another capitalised noun.)
    while let Some(t) = toks.get(j) {
        let prev = &toks[j - 1];
        let listed =
            prev.after == Some(',') && t.cap && !t.breaks() || t.cap && prev.lower == "und";
        if t.lower == "und" && !prev.breaks() && toks.get(j + 1).is_some_and(|n| n.cap) {
            words.push(t.word.to_string());
        } else if listed || (t.cap && !prev.breaks() && prev.after == Some('-')) {
            if prev.after == Some(',')
                && let Some(w) = words.last_mut()
            {
                w.push(',');
            }
            words.push(t.word.to_string());
        } else {
            break;
        }
        j += 1;
    }
    // (A list's last noun comes after `und`: `Wirtschaft, Arbeit` alone ends at `Wirtschaft`.)
    if let Some(k) = words
        .iter()
        .rposition(|w| w == "und")
        .filter(|&k| k + 1 == words.len())
    {
        words.truncate(k);
    }
    Some((i + words.len(), words))
}

/// A capitalised German noun that heads a body's name before `für`.
fn is_german_body_head(w: &str) -> bool {
    super::is_org_word(w)
        || [
            "amt",
            "ministerium",
            "agentur",
            "verband",
            "behörde",
            "direktion",
            "kommission",
            "anstalt",
            "zentrum",
            "stiftung",
            "rat",
        ]
        .iter()
        .any(|h| w.ends_with(h))
}

/// The body's name that is the whole phrase `toks`, after its article (`le tribunal
/// correctionnel de Rennes`, `l'Office français de la biodiversité`).
pub fn whole_phrase(toks: &[Tok]) -> Option<String> {
    let head = usize::from(toks.first().is_some_and(|t| is_article(&t.lower)));
    let (end, words) = body_at(toks, head).or_else(|| german_body_at(toks, head))?;
    (end == toks.len()).then(|| words.join(" "))
}

/// The body's name that opens `toks` with its article (`le ministère de l'Économie dans
/// un communiqué`).
pub fn opening(toks: &[Tok]) -> Option<String> {
    let head = usize::from(toks.first().is_some_and(|t| is_article(&t.lower)));
    body_at(toks, head)
        .or_else(|| german_body_at(toks, head))
        .map(|(_, words)| words.join(" "))
}

/// The body whose head is `toks[i]`: (index after its last word, its words).
fn body_at(toks: &[Tok], i: usize) -> Option<(usize, Vec<String>)> {
    let t = toks.get(i)?;
    let (article, head) = split_article(t.word);
    // (The head in lowercase, cut from the token's: no allocation on this path, which every
    // phrase read as a subject takes. An elided article is as long in lowercase.)
    let lower = t.lower.get(article.map_or(0, str::len)..).unwrap_or("");
    // (`le Conseil`, `l'Office`, `au ministère`: an article before the head.)
    let after_article =
        article.is_some() || i.checked_sub(1).is_some_and(|k| is_article(&toks[k].lower));
    if !after_article || !is_body_head(lower) {
        return None;
    }
    let mut words = vec![head.to_string()];
    let mut capitalised = false;
    let mut j = i + 1;
    // `Haut Conseil`: an adjective written before a capitalised head.
    if matches!(lower, "haut" | "haute")
        && let Some(t) = toks.get(j).filter(|t| t.cap && !toks[i].breaks())
    {
        words.push(t.word.to_string());
        j += 1;
    }
    let mut last = j - 1;
    j = adjectives(toks, j, &mut words, &mut last);
    loop {
        if toks[last].breaks() {
            break;
        }
        // `et de la Rénovation urbaine`, `et des Finances`.
        let and = toks.get(j).is_some_and(|t| t.lower == "et" && !t.breaks());
        let before = words.len();
        let Some((after, noun_cap)) = complement(toks, j + usize::from(and), &mut words) else {
            break;
        };
        if and {
            words.insert(before, "et".to_string());
        }
        capitalised |= noun_cap;
        last = after - 1;
        j = adjectives(toks, after, &mut words, &mut last);
    }
    let head_cap = head.starts_with(char::is_uppercase);
    // (A lowercase head names a body with a capitalised complement, `le parquet de Bobigny`,
    // or when it can only be one, `le ministère de la santé`; not `la direction de l'usine`.)
    let named = head_cap || capitalised || lower == "ministère";
    (named && words.len() >= 2).then_some((j, words))
}

/// Reads the complement at `toks[k]` (`de`, `des`, `du`, `d'X`; an article; the noun) into
/// `words`: (index after it, whether its noun is capitalised).
fn complement(toks: &[Tok], k: usize, words: &mut Vec<String>) -> Option<(usize, bool)> {
    let t = toks.get(k)?;
    let mut taken = Vec::new();
    let mut n = k;
    let elided = ["d'", "d’"].iter().find_map(|a| t.word.strip_prefix(a));
    let (noun, bare): (&Tok, &str) = if let Some(rest) = elided {
        // `d'Angers`, `d'Ille-et-Vilaine`.
        (t, rest)
    } else {
        if !matches!(t.lower.as_str(), "de" | "du" | "des") || t.breaks() {
            return None;
        }
        taken.push(t.word);
        n += 1;
        let mut next = toks.get(n)?;
        // `de la Santé`.
        if next.lower == "la" && !next.breaks() {
            taken.push(next.word);
            n += 1;
            next = toks.get(n)?;
        }
        (next, split_article(next.word).1)
    };
    let cap = bare.starts_with(char::is_uppercase);
    let plain = bare.chars().all(|c| c.is_alphabetic() || c == '-');
    let lower_noun = !cap && plain && !is_stopword(&noun.lower) && bare.chars().count() >= 3;
    if !(cap || lower_noun) {
        return None;
    }
    taken.push(noun.word);
    n += 1;
    // (More capitals of the same name: `de la Basse Vesdre`.)
    let mut last = noun;
    while cap && !last.breaks() && toks.get(n).is_some_and(|t| t.cap) {
        last = &toks[n];
        taken.push(last.word);
        n += 1;
    }
    words.extend(taken.iter().map(|w| w.to_string()));
    Some((n, cap))
}

/// Adds the adjectives from `toks[j]` on (`fédéral`, `correctionnel`, `urbaine`) to `words`,
/// moving `last` to the last word taken; the index after them.
fn adjectives(toks: &[Tok], mut j: usize, words: &mut Vec<String>, last: &mut usize) -> usize {
    while !toks[*last].breaks()
        && let Some(t) = toks.get(j).filter(|t| !t.cap && is_adjective(&t.lower))
    {
        words.push(t.word.to_string());
        *last = j;
        j += 1;
    }
    j
}

/// An article before a body's head (`le Conseil`, `au ministère`, `das Ministerium`).
fn is_article(w: &str) -> bool {
    {
        static WORDS: WordSet = WordSet::new("le la les au du das der die dem den beim vom");
        WORDS.contains(w)
    }
}

/// `l'Office` → (`l'`, `Office`); `Cour` → (none, `Cour`).
fn split_article(word: &str) -> (Option<&str>, &str) {
    for a in ["l'", "l’", "L'", "L’"] {
        if let Some(rest) = word.strip_prefix(a).filter(|r| !r.is_empty()) {
            return (Some(a), rest);
        }
    }
    (None, word)
}

/// A lowercase word with an adjective's ending (`fédéral`, `nationale`, `écologique`,
/// `correctionnel`, `intégré`), not a verb's (`estime`, `rappelle`, `interpelle`).
pub(super) fn is_adjective(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "al", "ale", "ales", "aux", "el", "uelle", "ielle", "nelle", "relle", "els", "ien",
        "ienne", "ais", "aise", "ique", "iques", "if", "ive", "ifs", "ives", "é", "ée", "és",
        "ées", "ier", "iers", "ière", "ières", "ère", "ères", "aire", "aires", "ain", "aine",
        "ains", "aines", "ois", "oise", "eux", "euse", "ices",
    ];
    w.chars().count() >= 4
        && w.chars().all(char::is_alphabetic)
        && !is_stopword(w)
        && ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Nouns that head a French body's name.
fn is_body_head(w: &str) -> bool {
    BODY_HEADS.contains(w)
}

static BODY_HEADS: WordSet = WordSet::new(concat!(
    "ministère préfecture sous-préfecture mairie ville conseil cour tribunal parquet direction ",
    "agence office commission chambre haut haute autorité banque caisse institut centre ",
    "service syndicat fédération confédération union observatoire rectorat gendarmerie ",
    "inspection comité forces compagnie fondation communauté ",
));

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::tokens::tokenize;

    fn bodies(text: &str) -> Vec<String> {
        french_bodies(&tokenize(text))
            .into_iter()
            .map(|(_, w)| w.join(" "))
            .collect()
    }

    #[test]
    fn names_that_capitalise_one_word() {
        // Synthetic sets synY and synZ.
        assert_eq!(
            bodies("Sur 142 pages, la Cour des comptes aligne les premiers"),
            ["Cour des comptes"]
        );
        assert_eq!(
            bodies("Selon les relevés de l'Office français de la biodiversité, le trait"),
            ["Office français de la biodiversité"]
        );
        assert_eq!(
            bodies("l'avis du Haut Conseil des finances publiques est tombé"),
            ["Haut Conseil des finances publiques"]
        );
        assert_eq!(
            bodies("selon le ministère des Affaires étrangères, qui"),
            ["ministère des Affaires étrangères"]
        );
        assert_eq!(
            bodies("Le Conseil fédéral estime que le projet"),
            ["Conseil fédéral"]
        );
    }

    #[test]
    fn lowercase_heads_with_capitalised_complements() {
        assert_eq!(
            bodies("Au ministère du Logement et de la Rénovation urbaine, on accuse le coup."),
            ["ministère du Logement et de la Rénovation urbaine"]
        );
        assert_eq!(
            bodies("devant le tribunal correctionnel de Rennes, qui"),
            ["tribunal correctionnel de Rennes"]
        );
        assert_eq!(
            bodies("D'après le parquet d'Angers, le prévenu"),
            ["parquet d'Angers"]
        );
        assert_eq!(
            bodies("Le ministère de l’Économie et des Finances entend aussi vérifier"),
            ["ministère de l’Économie et des Finances"]
        );
    }

    #[test]
    fn german_names_with_fuer() {
        // Synthetic set synAA.
        let german = |text: &str| -> Vec<String> {
            german_bodies(&tokenize(text))
                .into_iter()
                .map(|(_, w)| w.join(" "))
                .collect()
        };
        assert_eq!(
            german("Das Bundesamt für Migration und Flüchtlinge, das die Kurse bezahlt"),
            ["Bundesamt für Migration und Flüchtlinge"]
        );
        assert_eq!(
            german("Das Ministerium für Wirtschaft, Arbeit und Tourismus in Stuttgart"),
            ["Ministerium für Wirtschaft, Arbeit und Tourismus"]
        );
        assert_eq!(
            german("Geologin beim Amt für Wald und Naturgefahren des Kantons"),
            ["Amt für Wald und Naturgefahren"]
        );
        assert!(german("Das Amt für die Stadt").is_empty());
    }

    #[test]
    fn no_body_without_a_name() {
        assert!(bodies("la direction de l'usine a annoncé").is_empty());
        assert!(bodies("le conseil estime que").is_empty());
        assert!(bodies("devant la mairie, les habitants").is_empty());
    }
}
