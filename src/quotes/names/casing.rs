//! How the article capitalises its words, and which language its function words are in.
//!
//! Input: the tokens of every paragraph. Output: [`Casing`], which tells a name from a common
//! word written with a capital (a sentence's first word, a German noun).

use super::*;

/// How the article itself writes its words: capitalised inside a sentence (a
/// name) or in lowercase (a common word). Tells a sentence's first word that is
/// not a name (`Hosting Cook at Dreamforce …`, `Because Dempsey …`) from one that is.
#[derive(Default)]
pub struct Casing {
    mid_caps: HashSet<String>,
    lower: HashSet<String>,
    /// Capitalised words written after a German article (`die Mail`, `einer Version`):
    /// German capitalises its nouns, and these are nouns, not names.
    nouns: HashSet<String>,
    /// Counts of the commonest German and English function words: which the text is in.
    german_words: usize,
    english_words: usize,
    romance_words: usize,
}

/// `Sicherheit`, `Bewegung`, `Leiterin`, `Followerinnen`: endings only German nouns have
/// (for a text in German; `-ung` only in longer words, not `Jung`, `Cheung`).
fn has_german_noun_ending(w: &str) -> bool {
    let long = w.chars().count() >= 7;
    [
        "heit", "keit", "heiten", "keiten", "schaft", "schaften", "innen", "erin", "tät", "täten",
        "ismus",
    ]
    .iter()
    .any(|e| w.ends_with(e))
        || (long && (w.ends_with("ung") || w.ends_with("ungen")))
}

/// German articles and fused prepositions, for `is_german_article`.
static GERMAN_ARTICLES: WordSet = WordSet::new(concat!(
    "der die das dem den ein eine einen einem einer eines kein keine keinen keinem keiner ",
    "diese dieser dieses diesem diesen jede jeder jedes jedem jeden im zum zur vom beim ins ",
));

/// `sein Werk`, `ihre Kinder`: a German possessive before a noun.
fn is_german_possessive(w: &str) -> bool {
    ["sein", "ihr", "unser"].iter().any(|stem| {
        w.strip_prefix(stem)
            .is_some_and(|end| matches!(end, "" | "e" | "en" | "em" | "er" | "es"))
    })
}

/// German articles and the prepositions fused with one (`im`, `zum`): a capitalised word
/// right after one is a common noun (`die Mail`, `im Gegenteil`), not a name.
pub fn is_german_article(w: &str) -> bool {
    GERMAN_ARTICLES.contains(w)
}

/// `Dane Whitcombe Would Like to Order the Fish`: a headline in title case, where most longer
/// words are capitalised.
pub fn is_title_case(text: &str, toks: &[Tok]) -> bool {
    let long: Vec<&Tok> = toks.iter().filter(|t| t.word.chars().count() > 3).collect();
    let caps = long.iter().filter(|t| t.cap).count();
    // (A headline holds no sentence's end and ends without a full stop.)
    let Some((last, inner)) = toks.split_last() else {
        return false;
    };
    let end = last.offset_in(text) + last.word.len();
    let sentence_end = inner
        .iter()
        .any(|t| matches!(t.after, Some('.' | '!' | '?')))
        || last.word.ends_with('.')
        || text[end..].lines().next().is_some_and(|l| l.contains('.'));
    // (A longer headline may hold two sentences: `Inés Valdivia Made a War Movie With No
    // Battles. Now Hollywood Can’t Stop Talking About It.`)
    let all_capitalised = long.len() >= 8 && caps == long.len();
    // (A short subheading, every word capitalised: `Google Home Is Cheaper`.)
    let short_heading = long.len() >= 3 && toks.len() >= 4 && toks.iter().all(|t| t.cap);
    (long.len() >= 4 || short_heading)
        && caps * 5 >= long.len() * 4
        && (!sentence_end || all_capitalised)
}

impl Casing {
    pub fn add(&mut self, toks: &[Tok]) {
        for (i, t) in toks.iter().enumerate() {
            match t.lower.as_str() {
                "und" | "der" | "das" | "nicht" | "ist" => self.german_words += 1,
                "the" | "and" | "is" | "of" => self.english_words += 1,
                // French, Spanish, Italian (`von der Leyen` in a French text is no German).
                "et" | "les" | "est" | "y" | "los" | "el" | "il" | "che" => self.romance_words += 1,
                _ => {}
            }
            if !t.cap {
                self.lower.insert(t.lower.clone());
            } else if !opens_sentence(toks, i) && !self.mid_caps.contains(&t.lower) {
                self.mid_caps.insert(t.lower.clone());
            }
            // (`Kein Wunder also, dass …`: also after an article opening the sentence.)
            if t.cap
                && i > 0
                && (!toks[i - 1].cap || opens_sentence(toks, i - 1))
                && toks[i - 1].after.is_none()
                && (is_german_article(&toks[i - 1].lower)
                    || is_german_number(&toks[i - 1].lower)
                    || is_german_possessive(&toks[i - 1].lower))
                // (`von der Leyen`: a particle, then `der`, is part of a name.)
                && !(i >= 2 && is_connector(&toks[i - 2].lower))
                // (`die Mail, die Relotius Fichtner gezeigt hatte`: after a comma, `die` is
                // a relative pronoun and the name its clause's subject.)
                && !(i >= 2 && toks[i - 2].after == Some(','))
            {
                self.nouns.insert(t.lower.clone());
            }
        }
    }

    /// Whether the article capitalises the word somewhere other than at a sentence's start.
    pub fn capitalised_inside(&self, lower: &str) -> bool {
        self.mid_caps.contains(lower)
    }

    /// Whether the text is mostly German (its commonest function words outnumber English ones).
    pub fn is_german(&self) -> bool {
        self.german_words > self.english_words.max(self.romance_words)
    }

    /// Whether the text is mostly French, Spanish or Italian (where `a` is `to` or `has`).
    pub fn is_romance(&self) -> bool {
        self.romance_words > self.english_words.max(self.german_words)
    }

    /// A capitalised word the article's German shows to be a common noun.
    pub fn is_noun(&self, w: &str) -> bool {
        self.nouns.contains(w) || (self.is_german() && has_german_noun_ending(w))
    }

    /// `die Polizeiinspektion Wiesenau`, `der SV Grünwalde`: in German, a common noun or an
    /// acronym for a kind of body, then a place's or a founder's name, names a body (a person's
    /// name has no noun inside it: [`Casing::person_in`]).
    pub fn is_body_name(&self, name: &str) -> bool {
        let mut words = name.split(' ');
        let (Some(kind), Some(rest)) = (words.next(), words.next()) else {
            return false;
        };
        let acronym = kind.len() >= 2 && kind.chars().all(|c| c.is_ascii_uppercase());
        let kind = kind.to_lowercase();
        // (Not a person's title or job: `Kanzler Scholz`, `Trainerin Hallstein`, `Frau Pohl`.)
        let person_word = is_title(&kind) || is_agent_noun(&kind) || is_german_person_noun(&kind);
        self.is_german()
            && (acronym || (self.is_noun(&kind) && !person_word))
            && rest.starts_with(char::is_uppercase)
            && !self.is_noun(&rest.to_lowercase())
            && first_names::gender(rest).is_none()
    }

    /// A German noun for a person ([`is_german_person_noun`]) that this German article writes
    /// as a noun (`der Sozialdemokrat`), not a surname ending the same way (`Sundermann`).
    pub fn is_person_noun_here(&self, w: &str) -> bool {
        self.is_german() && is_german_person_noun(w) && self.is_noun(w)
    }

    /// A person's name as found, without the German common nouns around it (`Leiterin Özlem
    /// Gezer` → Özlem Gezer); `None` when nouns are all there is, a noun sits inside it
    /// (`Posting Produkte`, `Sicherheit`) or it opens with a function word (`Für Vreni`).
    pub fn person_in(&self, name: &str) -> Option<String> {
        let mut words: Vec<&str> = name.split(' ').collect();
        let mut lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        // `Texte von Claas`, `Mail von Relotius`: in German, a word that is not a given name
        // before `von` is what belongs to the person after it (not `Otto von Bismarck`).
        if self.is_german()
            && lower.len() >= 3
            && lower[1] == "von"
            && first_names::gender(&lower[0]).is_none()
        {
            words.drain(..2);
            lower.drain(..2);
        }
        // `Consistent with …, the statement …`: one word seen only opening sentences and
        // written in lowercase elsewhere is a common word.
        // (Korean and other scripts without capitals have no openers to tell apart.)
        let opener = words.len() == 1 && lower[0] != words[0] && self.is_common_opener(&lower[0]);
        if is_leading_junk(&lower[0]) || opener {
            return None;
        }
        // (`Mail von Relotius` → Relotius: the particle went with the noun.)
        let particle =
            |w: &str, orig: &str| is_connector(w) && !orig.starts_with(char::is_uppercase);
        let start = lower
            .iter()
            .zip(&words)
            .position(|(w, orig)| !self.is_noun(w) && !particle(w, orig))?;
        let end = lower
            .iter()
            .zip(&words)
            .rposition(|(w, orig)| !self.is_noun(w) && !particle(w, orig))?
            + 1;
        if lower[start..end].iter().any(|w| self.is_noun(w)) {
            // (`Lohbergs Trainerin Birgit Hallstein`: an owner and a job before a given name.)
            let k = (start + 1..end).find(|&k| first_names::gender(words[k]).is_some())?;
            if lower[k..end].iter().any(|w| self.is_noun(w)) {
                return None;
            }
            return Some(words[k..end].join(" "));
        }
        let start = self.given_name_start(&words[start..end]) + start;
        Some(words[start..end].join(" "))
    }

    /// Where a name opens at its given name, when job or party words come before it that
    /// are no names (`Rechtsanwalt Christian Solmecke`, `SPD-Chef Lars Klingbeil`): in
    /// German any such word; elsewhere a word the article also writes in lowercase.
    fn given_name_start(&self, words: &[&str]) -> usize {
        let Some(k) =
            (1..words.len().saturating_sub(1)).find(|&k| first_names::gender(words[k]).is_some())
        else {
            return 0;
        };
        let common = |w: &&str| {
            let lower = w.to_lowercase();
            first_names::gender(w).is_none()
                && !is_connector(&lower)
                && (self.is_german() || self.lower.contains(&lower))
        };
        if words[..k].iter().all(common) { k } else { 0 }
    }

    /// A capitalised sentence opener the article never writes as a name elsewhere,
    /// and which is a function word, an adverb or gerund, or written in lowercase elsewhere.
    pub fn is_common_opener(&self, w: &str) -> bool {
        !self.mid_caps.contains(w)
            && (is_stopword(w)
                || super::super::cues::is_cue_word(w)
                || is_leading_junk(w)
                || is_introductory(w)
                || is_adverb_like(w)
                || self.lower.contains(w))
    }
}
