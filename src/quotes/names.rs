//! Who is speaking: noun phrases before or after a cue, titles stripped,
//! and short mentions mapped to the fullest name the article gives.
//!
//! Input: tokens around a cue; the article's name mentions. Output: [`Who`].
//!
//! This file reads the phrases (`clean`, `subject_before`, `subject_after`,
//! `opening_subject`); `casing` learns how the article capitalises its words,
//! `mentions` indexes who it names and their fullest names, and `lists` holds
//! the long title and organisation word lists.

use super::first_names;
use super::tokens::{self, Tok, WordSet};

use crate::summary::words::is_stopword;
use std::collections::{HashMap, HashSet};

mod acronyms;
mod body_names;
mod casing;
mod lists;
mod mentions;
pub use casing::*;
pub use mentions::*;

static TITLE_SET: WordSet = WordSet::new(lists::TITLES);
static ORG_SET: WordSet = WordSet::new(lists::ORG_WORDS);

/// What an attribution names.
#[derive(Debug, Clone, PartialEq)]
pub enum Who {
    /// A person or a body, as written (titles stripped).
    Name { text: String, org: bool },
    /// `he`, `she`, `they` (people) or `it` (group = true, a body): resolved to an earlier speaker.
    Pronoun { group: bool, female: Option<bool> },
    /// A job title alone: `the minister` (definite: an earlier speaker) or `a spokesman`;
    /// `head` is its last title word (`minister`).
    Role { definite: bool, head: String },
    /// A common noun: `the ministry`, `the company` (its head word).
    Desc { head: String, definite: bool },
}

/// A lowercase word joining two parts of a name: a connector (`Institute for International
/// Studies`), `on` after a body's head word, or `and` inside a body's name. `before` is the
/// name so far, `rest` starts at the word, `name_before` is the caller's test that what
/// precedes it belongs to a name.
fn joins_name(before: &[Tok], rest: &[Tok], name_before: bool) -> bool {
    let [t, after @ ..] = rest else {
        return false;
    };
    // (Not `der`, `den` right after a given name and a surname: `sagte Ricarda Lang der
    // Deutschen Presse-Agentur`, where `der` opens who was told; `Ursula von der Leyen` and
    // `der Sprecher der Polizei` keep theirs.)
    // (Nor before a newspaper or agency: `sagte Riedle der Deutschen Presse-Agentur`.)
    let article_alone = matches!(t.lower.as_str(), "der" | "den")
        && (matches!(before, [.., given, surname]
            if surname.cap && first_names::gender(&given.lower).is_some())
            || after.iter().take(3).any(|w| is_german_medium(&w.lower)));
    let connector = (is_connector(&t.lower) && !article_alone)
        || before.last().is_some_and(|p| on_after_body(p, t));
    // `Ursula von der Leyen`, `Juan de la Cruz`: particles may come in pairs before the surname.
    let next_name = after
        .iter()
        .take(2)
        .find(|n| !is_connector(&n.lower))
        .is_some_and(|n| n.cap);
    (connector && name_before && next_name)
        || and_in_body(before, rest)
        || of_the_in_body(before, rest)
}

/// A German newspaper's or news agency's word (`Zeitung`, `Presse-Agentur`, `dpa`): what
/// someone told, not part of their name.
fn is_german_medium(w: &str) -> bool {
    const ENDS: [&str; 6] = [
        "zeitung",
        "agentur",
        "rundschau",
        "anzeiger",
        "nachrichten",
        "kurier",
    ];
    ENDS.iter().any(|e| w.ends_with(e)) || matches!(w, "dpa" | "afp" | "apa" | "epd" | "kna")
}

/// `Office of the Inspector General`, `Department of the Interior`: `of the` inside a body's
/// name, right after its head word and before a capitalised word. `rest` starts at `of` or
/// at the `the` after it.
fn of_the_in_body(before: &[Tok], rest: &[Tok]) -> bool {
    let head = |t: Option<&Tok>| t.is_some_and(|t| t.cap && !t.breaks() && is_org_word(&t.lower));
    match rest {
        [of, the, next, ..] if of.lower == "of" => {
            the.lower == "the" && next.cap && !of.breaks() && head(before.last())
        }
        [the, next, ..] if the.lower == "the" => {
            next.cap
                && !the.breaks()
                && before
                    .last()
                    .is_some_and(|of| of.lower == "of" && !of.breaks())
                && head(before.len().checked_sub(2).map(|k| &before[k]))
        }
        _ => false,
    }
}

/// `Food and Agriculture Organisation`, `Joint Committee on Intelligence and Security`:
/// `and` inside a body's name, when a short capitalised run ends the name after it and an
/// organisation word is in the name (not `Trump and Pence`). `before` is the name so far,
/// `rest` starts at `and`.
fn and_in_body(before: &[Tok], rest: &[Tok]) -> bool {
    let [and, after @ ..] = rest else {
        return false;
    };
    if !matches!(and.lower.as_str(), "and" | "&") || before.last().is_some_and(|t| t.breaks()) {
        return false;
    }
    // `Big Machine and The Carlyle Group`: an article after `and` opens a second name.
    if after
        .first()
        .is_some_and(|t| matches!(t.lower.as_str(), "the" | "a" | "an"))
    {
        return false;
    }
    // `the Ohio EPA and Ridgeline Rail`: an acronym is a whole name; `and` opens another.
    if before.last().is_some_and(|t| is_acronym(t.word)) {
        return false;
    }
    let run = after.iter().take_while(|t| t.cap).count();
    let org = before
        .iter()
        .chain(&after[..run])
        .any(|t| t.cap && is_org_word(&t.lower));
    (1..4).contains(&run) && org && before.last().is_some_and(|t| t.cap)
}

/// Words that join parts of a name (`Institute for International Studies`, `Ludwig van Beethoven`).
/// `Joint Committee on Intelligence`, `Center on Poverty`: `on` inside a body's name, after
/// its head word (not `Trump on Twitter`).
fn on_after_body(prev: &Tok, t: &Tok) -> bool {
    t.lower == "on" && prev.cap && is_org_word(&prev.lower)
}

/// Words that join parts of a name, for `is_connector`.
static CONNECTORS: WordSet =
    WordSet::new("of for de del della di da du des van von zu der den al bin ibn y & la le ");

pub fn is_connector(w: &str) -> bool {
    CONNECTORS.contains(w)
}

/// Determiners, for `is_determiner`.
static DETERMINERS: WordSet = WordSet::new(concat!(
    "the a an le la les l el los las der die das den dem un une una ein eine einer ",
    // German possessives (`Sein Verteidiger Hendrik Brandt`).
    "sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer ",
    // French and Spanish possessives (`Sa femme, Yvonne Le Goff, …`; not `Ma` nor `Son`,
    // which are also surnames: `Ma Ying-jeou`, `Son Heung-min`).
    "sa ses leur leurs notre nos votre vos mes su sus ",
));

fn is_determiner(w: &str) -> bool {
    DETERMINERS.contains(w)
}

/// `his`, `sa`, `leur`, `su`, `seine`: a possessive determiner (`Sa femme, Yvonne Le Goff`).
fn is_possessive_determiner(w: &str) -> bool {
    POSSESSIVE_DETERMINERS.contains(w)
}

static POSSESSIVE_DETERMINERS: WordSet =
    WordSet::new("his her their sa son ses leur leurs su sus sein seine ihr ihre ");

/// `a`, `an`, `one`, `another`: someone brought in without a name (`one witness`).
pub fn is_indefinite(w: &str) -> bool {
    matches!(w, "a" | "an" | "one" | "another")
}

fn is_definite(w: &str) -> bool {
    {
        static WORDS: WordSet = WordSet::new("the le la l el der die das den dem");
        WORDS.contains(w)
    }
}

/// `“Do you two still fight?” I asked.`: the English `I` outside a quote is the article's
/// writer, whom the article does not name as a speaker.
pub fn is_writer(t: &Tok) -> bool {
    t.word == "I"
}

/// The writer as a speaker: someone the article does not name (resolved to no one, and not
/// the previous speaker's run).
pub fn writer() -> Who {
    Who::Role {
        definite: false,
        head: "I".into(),
    }
}

/// Third-person pronouns (`Some(false)` = people, `Some(true)` = `it`, a body), in four languages.
pub fn pronoun(w: &str) -> Option<bool> {
    match w {
        "he" | "she" | "they" | "il" | "elle" | "ils" | "elles" | "er" | "sie" | "él" | "ella"
        | "ellos" | "ellas" => Some(false),
        // `selon lui`, `pour lui`: the French stressed pronoun after a preposition.
        // `Celle-ci rappelle que …`: the French demonstrative for the one just named.
        "lui" | "celle-ci" | "celui-ci" => Some(false),
        // Relative pronouns (`…, aseguró la ministra Teresa Ribera, quien añadió: “…”`).
        "who" | "quien" | "qui" => Some(false),
        "it" => Some(true),
        _ => None,
    }
}

/// A German verb in the third person singular (`ist`, `sagt`, `meint`), not the plural
/// (`sind`, `sagen`).
fn german_singular_verb(w: &str) -> bool {
    ({
        static WORDS: WordSet = WordSet::new("ist war hat hatte wird will muss kann weiß");
        WORDS.contains(w)
    }) || (w.ends_with('t') && !w.ends_with("en") && w.chars().count() > 3)
}

/// The gender a pronoun or honorific tells (`Some(true)` = female), if any.
pub fn gender_of(w: &str) -> Option<bool> {
    match w {
        "she" | "her" | "hers" | "herself" | "elle" | "ella" | "celle-ci" | "ms" | "ms."
        | "mrs" | "mrs." | "miss" | "lady" | "dame" | "queen" | "princess" | "frau" | "madame"
        | "mme" | "señora" | "sra." => Some(true),
        "he" | "his" | "him" | "himself" | "il" | "lui" | "celui-ci" | "él" | "er" | "mr"
        | "mr." | "sir" | "lord" | "king" | "prince" | "herr" | "monsieur" | "m." | "señor"
        | "sr." => Some(false),
        _ => None,
    }
}

/// Job titles and honorifics, stripped from names (`Deputy Foreign Minister Andrey Rudenko`).
pub fn is_title(w: &str) -> bool {
    TITLE_SET.contains(w) || german_role_compound(w)
}

/// German roles written as one word with what they lead (`Siemens-Chef`, `Regierungssprecher`,
/// `Grünen-Politikerin`, `CDU-Vorsitzender`).
fn german_role_compound(w: &str) -> bool {
    const ROLES: &[&str] = &[
        "chef",
        "chefin",
        "sprecher",
        "sprecherin",
        "vorsitzende",
        "vorsitzender",
        "politiker",
        "politikerin",
        "präsident",
        "präsidentin",
        "minister",
        "ministerin",
        "experte",
        "expertin",
        "gründer",
        "gründerin",
        "leiter",
        "leiterin",
    ];
    ROLES.iter().any(|r| {
        // (`minister` only after a hyphen: `administer` is English.)
        w.strip_suffix(r).is_some_and(|head| {
            head.chars().count() >= 2 && (head.ends_with('-') || *r != "minister")
        })
    })
}

/// Heads of organisation and media names (`Defense Ministry`, `New York Times`).
pub fn is_org_word(w: &str) -> bool {
    ORG_SET.contains(w) || german_body_compound(w)
}

/// German compounds ending in a body's head word (`Landgericht`, `Bundesministerium`,
/// `Staatsanwaltschaft`, `Bundesregierung`).
fn german_body_compound(w: &str) -> bool {
    const HEADS: &[&str] = &[
        "gericht",
        "ministerium",
        "regierung",
        "behörde",
        "verband",
        "partei",
        "gewerkschaft",
        "anwaltschaft",
        "kommission",
        "polizei",
        "präsidium",
        "konzern",
        "verein",
        "stiftung",
        "genossenschaft",
    ];
    // (The head word alone too: `die Gewerkschaft Verdi`.)
    HEADS
        .iter()
        .any(|h| w == *h || (w.len() > h.len() + 2 && w.ends_with(h)))
}

/// Days and months in the languages read, for `is_calendar`.
static CALENDAR: WordSet = WordSet::new(concat!(
    "monday tuesday wednesday thursday friday saturday sunday january february march april ",
    "june july august september october november december today yesterday tonight earlier ",
    "later ",
    // German days and months (French and Spanish ones are written in lowercase).
    "montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni ",
    "juli oktober dezember ",
    // (`sagte die 47-Jährige vergangene Woche`: a time phrase after the subject.)
    "woche wochenende monat jahr abend nachmittag vormittag ",
));

/// French and Spanish days, months and times of day, written in lowercase (`a déclaré le
/// journaliste Edwy Plenel lundi`: no noun the name describes). Kept apart from [`CALENDAR`],
/// which also strips capitalised words (`Mayo Clinic`, `Bruno Mars`).
static ROMANCE_TIME: WordSet = WordSet::new(concat!(
    "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin ",
    "juillet août septembre octobre novembre décembre hier soir matin midi ",
    "lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio ",
    "julio agosto septiembre octubre noviembre diciembre ayer tarde noche mañana ",
));

/// Days and months (`Monday`, `Dezember`).
pub fn is_calendar(w: &str) -> bool {
    CALENDAR.contains(w)
}

/// Whether a name reads as a person's full name: two to four capitalised words,
/// none an organisation word or an acronym, not a place (`Hong Kong`, `South Dakota`).
pub fn is_person_name(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            let lower = w.to_lowercase();
            // (`Marius duPlessis`: a surname with a lowercase particle counts as capitalised.)
            (w.chars().next().is_some_and(char::is_uppercase)
                || is_connector(&lower)
                || tokens::particle_surname(w))
                && !is_org_word(&lower)
                && !is_acronym(w)
        })
        // `Hospitalized After Wrong-Way Crash`: a headline's function words are capitalised too.
        // (Not a surname after a given name: `Theresa May`, `Brian May`.)
        && !words[1..].iter().any(|w| {
            let lower = w.to_lowercase();
            is_stopword(&lower)
                && !is_connector(&lower)
                && !(words.len() == 2 && first_names::gender(words[0]).is_some())
        })
        && !PLACE_FIRST.contains(&words[0].to_lowercase())
        // (`Richard Lane`, `Stuart Hall`: after a given name, a place word is a surname.)
        && (!PLACE_LAST.contains(&words[words.len() - 1].to_lowercase())
            || first_names::gender(&words[0].to_lowercase()).is_some())
}

/// Last words of multi-word place names (`Central Park`, `Downing Street`).
static PLACE_LAST: WordSet = WordSet::new(concat!(
    "park street avenue square road lane hall river island islands bridge airport station ",
    "county city state valley mountains beach bay lake garden gardens stadium arena palace ",
    "castle abbey tower towers plaza building boulevard harbour harbor cathedral ",
));

/// First words of multi-word place names.
static PLACE_FIRST: WordSet = WordSet::new(concat!(
    "new north south east west united hong saudi san los las st. santa sri costa puerto ",
    "el great northern southern eastern western central upper lower ",
    // French: `Rue du Moulin`, `Pointe de Mourtay`, `Grand Ouest`.
    "rue place pointe mont lac col pont quai gare port île grand grande ",
    // Countries that open the names of media and bodies, and are seldom given names (`sur
    // France Inter`, `Russia Today`, `Japan Airlines`).
    "france russia germany japan britain europe iran iraq syria ukraine poland spain italy ",
    "mexico canada brazil turkey egypt korea china ",
));

/// Countries that own ministries and offices in the news (`Russia's Defense Ministry`): the
/// commonest in English news only, for the module's size.
#[rustfmt::skip]
static COUNTRIES: WordSet = WordSet::new(concat!(
    "russia japan britain china france germany america israel iran iraq india ukraine turkey ",
    "syria egypt korea canada australia mexico brazil italy spain poland pakistan ireland ",
));

/// Whether a lowercase word names a country ([`COUNTRIES`]).
fn is_country(w: &str) -> bool {
    COUNTRIES.contains(w)
}

/// `AP`, `BBC`, `FT`: two to six capitals.
pub fn is_acronym(w: &str) -> bool {
    let n = w.chars().count();
    (2..=6).contains(&n) && w.chars().all(|c| c.is_ascii_uppercase())
}

/// Words between a subject and its verb that are not the subject (`X has also said`).
fn is_aux(t: &Tok) -> bool {
    !t.cap && (AUX_WORDS.contains(&t.lower) || t.lower.ends_with("ly"))
}

/// The words [`is_aux`] lists (English, German, French, Spanish).
#[rustfmt::skip]
static AUX_WORDS: WordSet = WordSet::new(concat!(
    "has had have instead never even also later then previously recently earlier once ",
    "further again was is were are would will already just still hat habe hatte weiter zudem ",
    "außerdem auch ebenfalls später bereits noch dann damals aussi encore également ensuite ",
    "también además luego ha did does do and who ",
));

/// `China’s ambassador`, `Apple’s chief executive`: a public office of a country or a body,
/// its owner capitalised and no person's given name.
fn holds_office_of(owner: &[Tok], owned: &[Tok]) -> bool {
    let owner: Vec<&Tok> = owner.iter().filter(|t| !is_determiner(&t.lower)).collect();
    matches!(owner.as_slice(), [o] if o.cap && first_names::gender(&o.lower).is_none())
        && owned.last().is_some_and(|t| is_public_office(&t.lower))
}

/// Offices a country or a body holds, never a person (`Smith’s lawyer` is someone new).
fn is_public_office(w: &str) -> bool {
    matches!(
        w,
        "ambassador"
            | "envoy"
            | "president"
            | "minister"
            | "premier"
            | "chancellor"
            | "governor"
            | "mayor"
            | "executive"
            | "ceo"
            | "chairman"
            | "chairwoman"
            | "commissioner"
            // `Japan's top diplomat`, `Labour's leader`, `the club's coach`: one office per owner.
            | "diplomat"
            | "leader"
            | "secretary"
            | "chief"
            | "boss"
            | "coach"
            | "manager"
            | "captain"
            | "founder"
            | "director"
            | "prosecutor"
            | "commander"
    )
}

/// Turns the words of a noun phrase into a [`Who`]: after the last possessive
/// (`the Quincy Institute’s Mark Episkopos` → Mark Episkopos), without a
/// leading article, and for people without their titles.
pub fn clean(words: &[Tok]) -> Option<Who> {
    let mut w = words;
    // `Le tribunal correctionnel de Rennes`, `la Cour des comptes`: the whole phrase a French
    // body's name ([`body_names`]).
    if let Some(text) = body_names::whole_phrase(w) {
        return Some(Who::Name { text, org: true });
    }
    // `l'ex-ministre Roselyne Bachelot`, `l'avocat du plaignant Jean Dupont`: a French role
    // after an elided article (and its lowercase complement) describes the name after it.
    // (After a body's kind, the body: `l'entreprise Air France`, `l'hebdomadaire Le Point`.)
    if let [first, rest @ ..] = w
        && let Some(noun) = elided_noun(&first.lower)
        && !first.cap
        && !first.breaks()
        && first.word.chars().nth(2).is_some_and(char::is_lowercase)
        && let Some(k) = rest.iter().take(4).position(|t| t.cap)
        && rest[..k].iter().all(|t| !t.breaks())
        && let Some(Who::Name { text, .. }) = clean(&rest[k..])
    {
        let body = is_french_kind_of_body(noun)
            || super::attribution::is_french_body(noun)
            || is_french_medium(noun);
        if body {
            return Some(Who::Name { text, org: true });
        }
        if is_person_name(&text) {
            return Some(Who::Name { text, org: false });
        }
    }
    // `l'entreprise affirme`, `l'Agence nationale des risques telluriques assure`: a French
    // elided article, written as one word with the noun it makes definite.
    // (Not `L'Américaine Kayla Brooks`: a description before a person's given name.)
    if let [first, rest @ ..] = w
        && let Some(noun) = elided_noun(&first.lower)
        && !rest.iter().any(|t| first_names::gender(&t.lower).is_some())
    {
        // (The name as written, cut from the word itself: lowercasing may change its length.)
        let written = ["l'", "l’", "L'", "L’"]
            .iter()
            .find_map(|a| first.word.strip_prefix(a));
        return Some(
            if let Some(body) = written.filter(|b| b.starts_with(char::is_uppercase)) {
                let words: Vec<&str> = std::iter::once(body)
                    .chain(rest.iter().map(|t| t.word))
                    .collect();
                Who::Name {
                    text: words.join(" "),
                    org: true,
                }
            } else if rest.len() <= 2 && rest.iter().all(|t| !t.cap) {
                // (`l'élu sarthois`: French adjectives follow their noun.)
                Who::Desc {
                    head: noun.to_string(),
                    definite: true,
                }
            } else {
                return None;
            },
        );
    }
    // `“…,” the Treasury said`: a department called by the title word of its head alone is the
    // department (the word stays a title in `Treasury Secretary Janet Yellen`).
    if let [the, dept] = w
        && the.lower == "the"
        && dept.cap
        && matches!(dept.lower.as_str(), "treasury" | "exchequer")
    {
        return Some(Who::Name {
            text: dept.word.to_string(),
            org: true,
        });
    }
    // `“…,” the Spaniard said`: a nationality after `the` stands for someone named before.
    if let [the, who] = w
        && the.lower == "the"
        && who.cap
        && is_demonym(&who.lower)
    {
        return Some(Who::Role {
            definite: true,
            head: who.lower.clone(),
        });
    }
    // `the Texas Republican told`, `the Washington Democrat`: a politician named before, by
    // state and party.
    let unthe = match w {
        [the, rest @ ..] if the.lower == "the" => rest,
        _ => w,
    };
    if let [place @ .., party] = unthe
        && !place.is_empty()
        && place.len() <= 2
        && place
            .iter()
            .all(|t| t.cap && !t.possessive && !is_determiner(&t.lower) && !is_indefinite(&t.lower))
        && matches!(party.lower.as_str(), "republican" | "democrat")
    {
        return Some(Who::Role {
            definite: true,
            head: party.lower.clone(),
        });
    }
    // `Fuentes de Moncloa aseguran`, `Sources at the Treasury`: unnamed sources speak for the
    // body they are in.
    if let [sources, prep, body @ ..] = w
        && matches!(sources.lower.as_str(), "fuentes" | "sources" | "quellen")
        && ({
            static WORDS: WordSet = WordSet::new("de del du des of at in aus");
            WORDS.contains(prep.lower.as_str())
        })
        && body.iter().any(|t| t.cap)
    {
        let words: Vec<&str> = body.iter().skip_while(|t| !t.cap).map(|t| t.word).collect();
        return Some(Who::Name {
            text: words.join(" "),
            org: true,
        });
    }
    // `Mitteilung der Polizei`: a German document speaks for the body after its genitive.
    if let [doc, of, body @ ..] = w
        && is_german_document(&doc.lower)
        && matches!(of.lower.as_str(), "der" | "des")
        && !body.is_empty()
    {
        return clean(body);
    }
    // `Sen. Elizabeth Warren (D-Mass.)`, `the Institute (IISS)`: a bracket closes the name.
    if let Some(k) = w.iter().skip(1).position(|t| t.before == Some('(')) {
        w = &w[..=k];
    }
    let definite = w.first().is_some_and(|t| is_definite(&t.lower));
    // `the People’s Daily`: an owner right after `the` and an organisation word is one name.
    if let [the, owner, head] = w
        && is_definite(&the.lower)
        && owner.cap
        && owner.possessive
        && head.cap
        && is_org_word(&head.lower)
    {
        return Some(Who::Name {
            text: format!("{}’s {}", owner.word, head.word),
            org: true,
        });
    }
    // `planetary geologist Rosaly Lopes of NASA’s Jet Propulsion Laboratory`: a person's
    // name followed by `of`/`at` and where they work is that person.
    if let Some(k) = person_before_affiliation(w) {
        w = &w[..k];
    }
    // `the Quincy Institute’s Mark Episkopos`: the name follows the owner;
    // `Michelle Hege’s` alone is Michelle Hege.
    if let Some(p) = w.iter().rposition(|t| t.possessive)
        && p + 1 < w.len()
    {
        // `Prime Minister Ariel Sharon's office`, `the senator's campaign`: they speak for the owner.
        // (`The Justice Department’s complaint alleges`: so does its document.)
        if let [owned] = &w[p + 1..]
            && (matches!(
                owned.lower.as_str(),
                "office" | "camp" | "campaign" | "complaint" | "lawsuit"
            ) || is_document(&owned.lower))
            && w[p].cap
            && let Some(owner @ Who::Name { .. }) = clean(&w[..=p])
        {
            return Some(owner);
        }
        let owner = &w[..=p];
        w = &w[p + 1..];
        // `the victim’s mother`, `Carlineo’s attorney`: someone described through another
        // person is a new, unnamed speaker, not one named before. (`China’s ambassador to
        // Britain`: a country's or a body's office holder is whoever the article named in it.)
        if !w.iter().any(|t| t.cap) {
            return Some(Who::Role {
                definite: holds_office_of(owner, w),
                head: role_head(w),
            });
        }
    }
    // `Las Vegas Sands`, `Los Angeles Times`: another language's article, capitalised before a
    // capitalised word, is part of a name (not before an acronym: `La CGT a dénoncé`; nor before
    // an institution's head word, the article capitalised only to open the sentence: `El
    // Ministerio de Sanidad ha informado`).
    let in_name = |w: &[Tok]| {
        w.first()
            .is_some_and(|t| t.cap && !matches!(t.lower.as_str(), "the" | "a" | "an"))
            && w.get(1)
                .is_some_and(|n| n.cap && !is_acronym(n.word) && !is_org_word(&n.lower))
            && matches!(
                w[0].lower.as_str(),
                "las" | "los" | "el" | "la" | "le" | "les"
            )
    };
    // `said a Pennsylvania Republican`, `an Iowa Democrat added`: `a` before capitalised words
    // describes someone unnamed (a party, a place), it does not name them.
    let indefinite = w
        .first()
        .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an" | "another"));
    while let Some(first) = w.first() {
        if in_name(w) {
            break;
        }
        // (`says June Castellano`: a month that is a given name, before a surname, stays.)
        let given = first_names::gender(&first.lower).is_some()
            && w.get(1).is_some_and(|n| n.cap && !is_calendar(&n.lower));
        // (`L’Américaine Kayla Brooks`: a noun after a French elided article, before a given name.)
        let elided = elided_noun(&first.lower).is_some()
            && w.get(1)
                .is_some_and(|n| first_names::gender(&n.lower).is_some());
        // (`Data-Guru Hans Rosling`: a hyphenated descriptor, no given name, before one.)
        let descriptor = first.word.contains('-')
            && first_names::gender(&first.lower).is_none()
            && w.len() >= 3
            && first_names::gender(&w[1].lower).is_some();
        if is_determiner(&first.lower)
            || is_leading_junk(&first.lower)
            || (is_calendar(&first.lower) && !given)
            || elided
            || descriptor
        {
            w = &w[1..];
        } else {
            break;
        }
    }
    // `The New York Times today wrote`: a time word after the name is not part of it.
    while let [rest @ .., t] = w
        && !rest.is_empty()
        && !t.cap
        && matches!(t.lower.as_str(), "today" | "yesterday" | "tonight" | "now")
    {
        w = rest;
    }
    // `Jonathan Crewe KC`, `Sarah Champion MP`: letters after a name are no part of it.
    while let [rest @ .., t] = w
        && !rest.is_empty()
        && is_post_nominal(t.word)
    {
        w = rest;
    }
    let last = w.last()?;
    // `a WeWork spokesperson`, `a Pentagon spokesman`: the body speaks through its spokesperson.
    if let [body @ .., spokes] = w
        && is_spokesperson(&spokes.lower)
        && !body.is_empty()
        && body.iter().all(|t| t.cap)
    {
        let words: Vec<&str> = body.iter().map(|t| t.word).collect();
        return Some(Who::Name {
            text: words.join(" "),
            org: true,
        });
    }
    // (Also `another commonwealth Democrat`; not `a spokesman for Apple`; and `a former News
    // Corp. executive`: a lowercase noun after a body's name.)
    let noun_after_name = !last.cap && w.iter().any(|t| t.cap) && !is_stopword(&last.lower);
    if indefinite
        && (last.cap || noun_after_name)
        && w.iter().all(|t| t.cap || !is_stopword(&t.lower))
    {
        return Some(Who::Role {
            definite: false,
            head: last.lower.clone(),
        });
    }
    // `I’d`, `I’m`, `You’re`, `We’ve`: a pronoun with a verb, not a name.
    if let [only] = w
        && is_contraction(&only.lower)
    {
        return None;
    }
    // `the Tory leader`, `the Russian president`: a lowercase title after capitalised
    // adjectives is a role, not a name; so is a capitalised one after a modifier (`the Prime
    // Minister`, `the Defence Minister`, `the Opposition Leader`, as Australian and British
    // papers write them).
    let capital_role = last.cap && matches!(w, [m, _] if is_role_modifier(&m.lower));
    if definite && (!last.cap || capital_role) && is_title(&last.lower) && w.len() <= 5 {
        // `the prime minister` is not `the minister` named before: the modifier stays.
        let head = match w {
            [.., m, _] if (!m.cap || capital_role) && is_role_modifier(&m.lower) => {
                format!("{} {}", m.lower, last.lower)
            }
            _ => last.lower.clone(),
        };
        return Some(Who::Role { definite, head });
    }
    if !w.iter().any(|t| t.cap) {
        let lone_title = w.iter().all(|t| is_title(&t.lower));
        return Some(if lone_title {
            Who::Role {
                definite,
                head: role_head(w),
            }
        } else {
            Who::Desc {
                head: last.lower.clone(),
                definite,
            }
        });
    }
    // `The German-born Member of Parliament`: a person's title, then `of` and the body it is
    // held in, with no name after, is a role (not the body).
    if let Some(k) = w.iter().position(|t| t.lower == "member")
        && w.get(k + 1).is_some_and(|t| t.lower == "of")
        && w[k + 2..]
            .iter()
            .all(|t| t.cap || is_connector(&t.lower) || t.lower == "the")
        && !w[k + 2..]
            .iter()
            .any(|t| first_names::gender(&t.lower).is_some())
    {
        return Some(Who::Role {
            definite,
            head: "member".into(),
        });
    }
    // A body: named by its head word (`Defense Ministry`), an acronym (`NASA`), or holding an
    // organisation word with no title after it (`Bank of America`, but not
    // `White House Press Secretary Stephanie Grisham`).
    // `Logan International Airport Tom Kinton`: a body, then a person's given name and surname.
    if let Some(k) = w.iter().position(|t| is_org_word(&t.lower))
        && let Some(given) =
            (k + 1..w.len().saturating_sub(1)).find(|&i| first_names::gender(&w[i].lower).is_some())
        && w[given..].iter().all(|t| t.cap && !is_org_word(&t.lower))
    {
        w = &w[given..];
    }
    let org_at = w.iter().position(|t| is_org_word(&t.lower));
    // A title followed by a name (`Press Secretary Stephanie Grisham`), not by `for …`
    // (`United Nations High Commissioner for Human Rights` is a body).
    let title_after = org_at.is_some_and(|k| {
        w[k + 1..].windows(2).any(|p| {
            is_title(&p[0].lower) && p[1].cap && !is_title(&p[1].lower) && !is_org_word(&p[1].lower)
        })
    });
    // `Kell & Halloran`, `Procter & Gamble`: names joined by an ampersand are a firm or a duo.
    let ampersand = last.cap && w.iter().any(|t| t.after == Some('&'));
    let org = is_org_word(&last.lower)
        || ampersand
        || (w.len() == 1 && is_acronym(last.word))
        || (org_at.is_some() && !title_after);
    if !org {
        // Titles and descriptions precede the name: strip up to the last one before the final word
        // (`Cmdr.` and other abbreviated ranks; `Browns DL`: an acronym before a full name).
        let descriptor = |t: &Tok| {
            is_title(&t.lower)
                || is_title_compound(&t.lower)
                || (!t.cap && !is_connector(&t.lower))
                || is_abbreviated_title(t.word)
                // `Me Arié Alimi`: Maître, a French lawyer's title.
                || matches!(t.word, "Me" | "Maître")
        };
        if let Some(k) = w[..w.len().saturating_sub(2)]
            .iter()
            .rposition(|t| is_acronym(t.word))
        {
            w = &w[k + 1..];
        }
        // `Robert M. Danin`: a one-letter `M.` after a first name is an initial, not `Monsieur`.
        // `H.R. McMaster`: initials before a surname, not an abbreviation like `U.S.` before a title.
        let initial = |k: usize| {
            (k > 0 && w[k].word.chars().count() == 2 && w[k - 1].cap && !is_title(&w[k - 1].lower))
                || (is_initials(w[k].word)
                    && w.get(k + 1)
                        .is_some_and(|n| !is_title(&n.lower) && !is_org_word(&n.lower)))
        };
        // `Developer Valve`, `Novelist Andrea Levy`: a job written before a name, capitalised
        // because it opens the sentence.
        // `Prosecutor Timothy Langdale`, `Attorney-General John Ashcroft`: a word for a job, then a
        // given name, so the job is not part of the name.
        // `Kolumnist Jan Fleischhauer`, `Regisseur Wim Wenders`: a word with a job's ending
        // before two more capitalised words, when it is no given name itself.
        // (Or after lowercase words: `deren Landtagsabgeordnete Rosi Steinberger`.)
        let job_first = |k: usize| {
            let (job, rest) = (&w[k], &w[k + 1..]);
            w[..k].iter().all(|t| !t.cap)
                && (is_job_label(&job.lower)
                    || job_before_given_name(&job.lower, rest.first().map(|t| t.lower.as_str()))
                    // (Not before an initial: `Salvador G. Tena`, a given name ending like `-or`.)
                    || (rest.len() == 2
                        && rest[0].cap
                        && rest[0].word.chars().count() > 2
                        && (is_agent_noun(&job.lower)
                            || is_german_feminine_agent(&job.lower)
                            // (`Landtagsabgeordnete Rosi Steinberger`.)
                            || is_german_person_noun(&job.lower)
                            || job.lower.ends_with("eur"))
                        && job
                            .lower
                            .split('-')
                            .all(|p| first_names::gender(p).is_none())))
        };
        // `Det Con Hannah Frost`: a British detective constable (`Con` alone may be a name).
        let constable = |k: usize| k > 0 && w[k].word == "Con" && w[k - 1].lower == "det";
        // (`Martin Luther King Jr.`: the word before a suffix is the surname, not a title.)
        let core = w
            .iter()
            .rposition(|t| !is_name_suffix(t.word))
            .unwrap_or(w.len() - 1);
        // `Sen. Dean Heller`, `Earl Blumenauer`: a title word that is also a given name, after
        // another title and right before the surname, is the given name.
        let given_after_title = |k: usize| {
            k > 0
                && k + 1 == core
                && w[k].cap
                && first_names::gender(&w[k].lower).is_some()
                && descriptor(&w[k - 1])
        };
        if let Some(k) = (0..core.min(w.len() - 1)).rev().find(|&k| {
            (descriptor(&w[k]) || job_first(k) || constable(k))
                && !initial(k)
                && !given_after_title(k)
        }) {
            // `ambassador to Britain Liu Xiaming`: the place after `to`/`in` is not the name.
            // (`Ambassador to the United Nations Nikki Haley`: the name starts at a given name.)
            let to = |t: &Tok| matches!(t.lower.as_str(), "to" | "in" | "from");
            let place_follows = to(&w[k]) || (w[k].lower == "the" && k > 0 && to(&w[k - 1]));
            w = &w[k + 1..];
            if place_follows && w.len() >= 3 {
                let given = (1..w.len() - 1).find(|&j| first_names::gender(&w[j].lower).is_some());
                w = &w[given.unwrap_or(1)..];
            }
            // `Unternehmer und Investor Frank Thelen`: a second job after `and`.
            if w.len() == 3 && is_job_label(&w[0].lower) {
                w = &w[1..];
            }
        } else if w.len() == 1 && is_title(&last.lower) && !surname_title(last, words.len()) {
            return Some(Who::Role {
                definite,
                head: role_head(w),
            });
        }
        // `Zara Hyde Peters of UK Athletics`: a person's name ends before `of`, `for`, `at`.
        if let Some(k) = w
            .iter()
            .position(|t| matches!(t.lower.as_str(), "of" | "for" | "at" | "from" | "in"))
            && k > 0
        {
            w = &w[..k];
        }
        // `Bishop of Durham`: a title with its place is a role, not a name.
        // Not `Le Pen`, `Le Maire`: French `Le` before a capitalised word opens a surname
        // (`La Constitución` is still the constitution).
        let le_surname = in_name(w) && w[0].lower == "le";
        let particle_first = !le_surname
            && w.first().is_some_and(|t| {
                is_connector(&t.lower) && !(t.cap && particle_opens_name(&t.lower, w.len()))
            });
        if particle_first && w.len() <= 3 {
            return Some(Who::Role {
                definite,
                head: role_head(words),
            });
        }
        // `envoy for Yemen Tim Lenderking`: a place after the title is not part of the name.
        if particle_first {
            w = &w[1..];
            while w.len() > 2 {
                w = &w[1..];
            }
        }
        if !w.first().is_some_and(|t| t.cap) {
            return Some(Who::Role {
                definite,
                head: role_head(w),
            });
        }
        // `Former royal PR aides`: a phrase ending in a common noun describes people, it names no one.
        if let Some(last) = w.last().filter(|t| !t.cap && !is_connector(&t.lower)) {
            return Some(Who::Desc {
                head: last.lower.clone(),
                definite,
            });
        }
    } else {
        // `the journal JAMA Psychiatry`: the common noun before a body's name is not part of it.
        // (`the shareholder law firm Scott & Scott`: all of them.)
        while w.len() > 1 && !w[0].cap && !is_connector(&w[0].lower) && w[1..].iter().any(|t| t.cap)
        {
            w = &w[1..];
        }
    }
    // `Wie der „Spiegel“ berichtet`: a name in quote marks is a paper's or a show's.
    let quoted = w.first().is_some_and(|t| is_open_mark(t.before))
        && w.last().is_some_and(|t| is_close_mark(t.after));
    let org = org || quoted;
    // (`Scott & Scott`: the ampersand stays in the name.)
    let mut text = String::new();
    for t in w {
        text.push_str(t.word);
        text.push_str(if t.after == Some('&') { " & " } else { " " });
    }
    text.pop();
    Some(Who::Name { text, org })
}

/// `I’m`, `you’re`, `we’ve`, `they’ll`, `she’d`: a pronoun and a verb in one word.
fn is_contraction(w: &str) -> bool {
    let Some((head, tail)) = w.split_once(['’', '\'']) else {
        return false;
    };
    (pronoun(head).is_some() || matches!(head, "i" | "you" | "we"))
        && matches!(tail, "m" | "re" | "ve" | "ll" | "d")
}

/// Nouns for a person of a nation, for `is_demonym`.
static DEMONYMS: WordSet = WordSet::new(concat!(
    "spaniard frenchman frenchwoman englishman englishwoman irishman welshman scotsman ",
    "dutchman briton scot italian german american australian canadian brazilian argentine ",
    "argentinian portuguese swiss swede norwegian dane finn belgian austrian serb serbian ",
    "croat croatian pole russian ukrainian japanese chinese korean kenyan ethiopian nigerian ",
    "jamaican mexican colombian chilean uruguayan greek turk czech hungarian romanian ",
    "bulgarian kiwi ",
));

/// Nouns for a person of a nation, as sports and foreign news call someone named before
/// (`the Spaniard`, `the Frenchman`); not `the Guardian`, so a closed list.
fn is_demonym(w: &str) -> bool {
    DEMONYMS.contains(w)
}

/// Words that modify a role, for `is_role_modifier`.
static ROLE_MODIFIERS: WordSet = WordSet::new(concat!(
    "prime foreign home finance defence defense health interior justice deputy vice economy ",
    "education environment trade energy transport opposition shadow assistant ",
));

/// A word that makes a title another job (`prime minister`, `deputy leader`, `home secretary`).
fn is_role_modifier(w: &str) -> bool {
    ROLE_MODIFIERS.contains(w)
}

/// A quote mark that opens a quoted name (`„Spiegel“`, `“Pose”`, `« Le Monde »`).
fn is_open_mark(c: Option<char>) -> bool {
    matches!(c, Some('„' | '“' | '«' | '»' | '"'))
}

/// A quote mark that closes a quoted name.
fn is_close_mark(c: Option<char>) -> bool {
    matches!(c, Some('“' | '”' | '»' | '«' | '"'))
}

/// `Di Li`, `Al Gore`, `Da Silva`, `Della`: a capitalised particle that starts a person's name,
/// before another word, or a long one alone (not `Da`, `Du`, nor an article like `La`, `Der`).
fn particle_opens_name(lower: &str, words: usize) -> bool {
    let article = {
        static WORDS: WordSet = WordSet::new("la le der den des y of for &");
        WORDS.contains(lower)
    };
    !article && (words > 1 || lower.chars().count() > 3)
}

/// The word a role is known by: its last title word (`Bishop` in `Bishop of Durham`), else its last word.
fn role_head(w: &[Tok]) -> String {
    w.iter()
        .rev()
        .find(|t| is_title(&t.lower))
        .or(w.last())
        .map(|t| t.lower.clone())
        .unwrap_or_default()
}

/// `Cmdr.`, `Sgt.`, `U.S.`: an abbreviation with its dot (not an initial like `W.`).
fn is_abbreviated_title(w: &str) -> bool {
    w.ends_with('.') && w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !is_name_suffix(w)
}

/// Whether two first words can name the same person: equal, one the short form of
/// the other (`Josh`, `Joshua`), or an initial (`M.`, `Mark`).
fn same_first_name(a: &str, b: &str) -> bool {
    let initial = |w: &str| w.len() == 2 && w.ends_with('.');
    // A short form of the other (looked up last: it is the rare case, and nicknames are short).
    let short_of = |nick: &str, full: &str| {
        nick.len() <= 7
            && formal_name(&nick.to_ascii_lowercase()).is_some_and(|f| f.eq_ignore_ascii_case(full))
    };
    a == b
        || a.starts_with(b)
        || b.starts_with(a)
        || (initial(a) && b.starts_with(&a[..1]))
        || (initial(b) && a.starts_with(&b[..1]))
        || short_of(a, b)
        || short_of(b, a)
}

/// `Larry` → Lawrence, `Bill` → William: the common English short forms of given names
/// that are not the start of the long form (`Josh`, `Joshua` are matched by prefix).
fn formal_name(nick: &str) -> Option<&'static str> {
    Some(match nick {
        "larry" => "lawrence",
        "bill" | "billy" | "will" | "willy" => "william",
        "bob" | "bobby" | "rob" | "robbie" => "robert",
        "dick" | "rick" | "ricky" => "richard",
        "jim" | "jimmy" | "jamie" => "james",
        "ted" | "ed" | "eddie" | "ned" => "edward",
        "tony" => "anthony",
        "jack" => "john",
        "chuck" | "charlie" => "charles",
        "mike" => "michael",
        "tom" | "tommy" => "thomas",
        "joe" => "joseph",
        "dave" => "david",
        "andy" => "andrew",
        "pete" => "peter",
        "hank" | "harry" => "henry",
        "jerry" => "gerald",
        "bernie" => "bernard",
        "peggy" | "maggie" | "meg" => "margaret",
        "betty" | "beth" | "liz" | "betsy" => "elizabeth",
        "kate" | "katie" | "kathy" => "katherine",
        "sue" | "susie" => "susan",
        "becky" => "rebecca",
        "debbie" => "deborah",
        _ => return None,
    })
}

/// `Katya Lindgren, a 19-year-old qualifier ranked 143rd in the world, beat top seed Marisol
/// Ortega`: a lowercase word of its own (not a title or a short function word) between a role
/// word and a name after it means the name is not the one the role word describes.
fn describes_apart(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    w.chars().next().is_some_and(char::is_lowercase)
        && w.chars().count() > 3
        && !is_title(w)
        && !is_stopword(w)
}

/// Honours and offices written after a British name (`KC`, `MP`, `OBE`).
fn is_post_nominal(w: &str) -> bool {
    {
        static WORDS: WordSet = WordSet::new("KC QC MP MEP MSP OBE CBE MBE KBE DBE PhD");
        WORDS.contains(w)
    }
}

/// `Jr.`, `Sr.`, `III`: a generational suffix after a surname.
pub fn is_name_suffix(w: &str) -> bool {
    matches!(w, "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III" | "IV")
}

/// Where a person's name ends before `of`/`at`/`from` and their workplace
/// (`Rosaly Lopes of NASA’s Jet Propulsion Laboratory`): two or more
/// capitalised words, none a title or organisation word, right before it.
fn person_before_affiliation(w: &[Tok]) -> Option<usize> {
    // `Maria Schmidt von der Universität Hamburg`, `Marie Dupont de l’Université de Lyon`: in
    // other languages, only before a body word (`Ursula von der Leyen` is a name).
    // `vom Paritätischen Wohlfahrtsverband`, `vom Ifo-Institut`: an adjective may come first,
    // and a hyphenated compound is a body by its last part.
    let body_word = |t: &Tok| {
        t.cap && (is_org_word(&t.lower) || t.lower.rsplit('-').next().is_some_and(is_org_word))
    };
    let body_after = |k: usize| {
        let mut rest = w[k + 1..]
            .iter()
            .take(3)
            .filter(|t| !is_definite(&t.lower) && !matches!(t.lower.as_str(), "dem"));
        rest.next()
            .is_some_and(|t| match after_elided_article(t.word) {
                Some(body) => is_org_word(&body.to_lowercase()),
                None => {
                    body_word(t) || (t.cap && !t.breaks() && rest.next().is_some_and(body_word))
                }
            })
    };
    let k = w.iter().position(|t| {
        static WORDS: WordSet = WordSet::new("of at from von vom de du del");
        WORDS.contains(t.lower.as_str())
    })?;
    // (`vom`, `from the`, never joins a person's name: `Anna Schmidt vom Deutschen Roten Kreuz`.)
    let contracted = w[k].lower == "vom" && w.get(k + 1).is_some_and(|t| t.cap);
    if !matches!(w[k].lower.as_str(), "of" | "at" | "from") && !contracted && !body_after(k) {
        return None;
    }
    let name: Vec<&Tok> = w[..k]
        .iter()
        .rev()
        .take_while(|t| t.cap && !is_title(&t.lower) && !is_org_word(&t.lower) && !t.possessive)
        .collect();
    (name.len() >= 2 && k + 1 < w.len()).then_some(k)
}

/// `a person close to the Murdochs`, `a source familiar with Ailes`: someone unnamed near the
/// people named after them, ending the subject.
fn unnamed_near(seg: &[Tok]) -> Option<Who> {
    let n = seg.len();
    let j = (0..n.saturating_sub(3)).rev().find(|&j| {
        (is_indefinite(&seg[j].lower) || seg[j].lower == "one")
            && !seg[j + 1].cap
            && (super::attribution::is_person_noun(&seg[j + 1].lower)
                || ({
                    static WORDS: WordSet = WordSet::new(
                        "person source insider friend aide ally associate executive employee",
                    );
                    WORDS.contains(seg[j + 1].lower.as_str())
                }))
            && matches!(
                seg[j + 2].lower.as_str(),
                "close" | "familiar" | "briefed" | "knowledgeable" | "near"
            )
    })?;
    (!seg[j..n - 1].iter().any(|t| t.breaks())).then(|| Who::Role {
        definite: false,
        head: seg[j + 1].lower.clone(),
    })
}

/// The noun phrase that ends `toks` (the subject right before a cue), with
/// appositions skipped: `Jeffery Lewis, an expert at MIIS,` → Jeffery Lewis.
pub fn subject_before(toks: &[Tok]) -> Option<Who> {
    let mut end = toks.len();
    while end > 0 && is_aux(&toks[end - 1]) && !toks[end - 1].breaks() {
        end -= 1;
    }
    // `M. Le Bihan a, pour sa part, écrit`, `Smith, for her part, said`: an aside before the verb,
    // and the auxiliary before the aside even with its comma.
    let aside = aside_before(&toks[..end]);
    if aside > 0 {
        end -= aside;
        if end > 0 && is_aux(&toks[end - 1]) {
            end -= 1;
        }
    }
    // `Obama at the time called`, `Smith on Monday said`: a time phrase before the verb.
    end -= time_phrase_before(&toks[..end]);
    while end > 0 && is_aux(&toks[end - 1]) && !toks[end - 1].breaks() {
        end -= 1;
    }
    // `Paganini and his team wrote`: the named person leads.
    if end >= 4
        && toks[end - 3].lower == "and"
        && matches!(toks[end - 2].lower.as_str(), "his" | "her" | "their")
        && !toks[end - 1].cap
    {
        end -= 3;
    }
    // A parenthesis right before the verb: `Smith (R-Texas) said`.
    if end > 0
        && toks[end - 1].after == Some(')')
        && let Some(open) = toks[..end].iter().rposition(|t| t.before == Some('('))
    {
        end = open;
    }
    let toks = &toks[..end];
    let last = toks.last()?;
    // (Not a numeral after a name: `King Charles I said`, `World War I`.)
    let numeral = toks.len() >= 2 && toks[toks.len() - 2].cap && !toks[toks.len() - 2].breaks();
    if is_writer(last) && !numeral {
        return Some(writer());
    }
    // `Le tribunal correctionnel de Rennes avait décrit`: a French body's name, whose lowercase
    // words would stop the reading below.
    if let Some(text) = (toks.len().saturating_sub(12)..toks.len())
        .find_map(|k| body_names::whole_phrase(&toks[k..]))
    {
        return Some(Who::Name { text, org: true });
    }
    // `Contactée, l'Agence nationale des risques telluriques assure`: a clause's subject opening
    // with a French elided article ([`clean`]).
    if let Some(k) = toks.iter().rposition(|t| elided_noun(&t.lower).is_some())
        && toks.len() - k <= 7
        && toks[k..toks.len() - 1].iter().all(|t| !t.breaks())
        && (k == 0 || toks[k - 1].breaks())
    {
        return clean(&toks[k..]);
    }
    if let Some(who) = unnamed_near(toks) {
        return Some(who);
    }
    // `Kurinji Selvaraj, a research analyst at the … think tank told`: an apposition
    // whose closing comma is missing still follows the name.
    if !matches!(last.after, Some(',' | '—' | '–'))
        && let Some(k) = toks.iter().position(|t| t.after == Some(','))
        && k + 1 < toks.len()
        // `Kaplan, also an avid collector of games, … says`.
        && (matches!(toks[k + 1].lower.as_str(), "a" | "an" | "the")
            || (toks[k + 1].lower == "also"
                && toks
                    .get(k + 2)
                    .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an" | "the"))))
        && phrase_end(&toks[..=k]) == k + 1
        && let Some(who @ Who::Name { .. }) = clean(&toks[..=k])
        && !matches!(trailing_phrase(toks), Some(Who::Name { .. }))
    {
        return Some(who);
    }
    if matches!(last.after, Some(',' | '—' | '–')) {
        // `X, apposition, said`: the subject is the segment before the apposition.
        // The subject is the first segment naming someone, after any introductory phrase
        // (`On Tuesday, Jim Chilton, vice president at Boeing Defense, Space, and Security, said`).
        let segments: Vec<&[Tok]> = split_segments(toks);
        let n = segments.len();
        // `Der Sprecher der Polizei, Thomas Müller, erklärte`: a description, then the name
        // (and perhaps an apposition of its own: `The hospital’s owner, Prairie Health
        // Partners, a nonprofit chain based in Wichita, said`).
        let apposition = |seg: &[Tok]| {
            seg.first()
                .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an" | "the"))
        };
        if (n == 2 || (n == 3 && apposition(segments[2])))
            && let Some(who) = named_in_apposition(toks)
        {
            return Some(who);
        }
        // `The Mandan, North Dakota, police chief, Jason Ziegler, has asserted`: a title ending
        // the segment before the last, then a person's name, is who that title describes.
        if let [.., role, name] = segments.as_slice()
            && role.last().is_some_and(|t| !t.cap && is_title(&t.lower))
            && let Some(who @ Who::Name { org: false, .. }) = clean(name)
            && matches!(&who, Who::Name { text, .. } if is_person_name(text))
        {
            return Some(who);
        }
        // `one user on Weibo, which is essentially China’s version of Twitter, posted`: someone
        // unnamed, described by a relative clause that names something else.
        let relative = |rel: &[Tok]| {
            rel.first()
                .is_some_and(|t| matches!(t.lower.as_str(), "which" | "who" | "whose" | "where"))
        };
        let unnamed = |seg: &[Tok]| match seg {
            [det, noun, ..] => is_indefinite(&det.lower) && !noun.cap,
            _ => false,
        };
        if let Some(pair) = segments
            .windows(2)
            .find(|p| relative(p[1]) && !p[0].first().is_some_and(|t| is_introductory(&t.lower)))
            && unnamed(pair[0])
        {
            return Some(Who::Role {
                definite: false,
                head: pair[0][1].lower.clone(),
            });
        }
        for (j, seg) in segments.iter().enumerate().take(n.saturating_sub(1)) {
            // `…, but General Mark Milley, chairman of …, told`: a conjunction opens a new subject.
            let seg = match seg.split_first() {
                Some((c, rest)) if matches!(c.lower.as_str(), "but" | "and" | "while") => rest,
                _ => seg,
            };
            if seg.first().is_some_and(|t| is_introductory(&t.lower)) {
                continue;
            }
            // `The statement, which was obtained by Variety, claimed`: a short description
            // opening the subject is the subject, not a name inside the clause after it.
            // (`La sénatrice, qui siège aussi au conseil municipal, estime`.)
            if seg.len() <= 3
                && seg
                    .first()
                    .is_some_and(|t| t.lower == "the" || (t.cap && is_definite(&t.lower)))
                && seg[1..].iter().all(|t| !t.cap)
            {
                return clean(seg);
            }
            // `a March 2019 study by the Centre for Economic Policy Research, a London-based
            // think tank, concluded`: a document speaks for whoever wrote it.
            if let Some(who) = document_by(seg) {
                return Some(who);
            }
            // `31 House members - 19 Democrats and 12 Republicans - wrote`: a counted group,
            // then who is in it.
            if let [count, .., noun] = seg
                && (count.lower.chars().all(|c| c.is_ascii_digit())
                    || matches!(count.lower.as_str(), "several" | "two" | "three" | "dozens"))
                && !noun.cap
                && noun.lower.ends_with('s')
            {
                return Some(Who::Role {
                    definite: false,
                    head: noun.lower.clone(),
                });
            }
            // Only a segment that is all name (`Jim Chilton,`), not a clause ending in one
            // (`Two service members were killed in Afghanistan, the US military said`).
            if phrase_end(seg) < seg.len() {
                continue;
            }
            match trailing_phrase(seg) {
                Some(who @ (Who::Name { .. } | Who::Pronoun { .. })) => return Some(who),
                // `The German-born Member of Parliament, who had to give up …, said`: a
                // definite role before a `who` clause is the subject.
                Some(who @ Who::Role { definite: true, .. })
                    if segments[j + 1].first().is_some_and(|t| t.lower == "who") =>
                {
                    return Some(who);
                }
                _ => {}
            }
        }
        return trailing_phrase(segments.last()?);
    }
    named_person(toks)
        .or_else(|| role_and_complement_then_name(toks))
        .or_else(|| unnamed_affiliate(toks))
        .or_else(|| role_of_place(toks))
        .or_else(|| affiliated_person(toks))
        .or_else(|| located_name(toks))
        .or_else(|| trailing_body(toks))
        .or_else(|| trailing_phrase(toks))
}

/// `la maire de Paris Anne Hidalgo a déclaré`, `la ministre de la Culture Rima Abdul Malak
/// estime`: an article, a lowercase title and its complement, then the name ending the
/// subject ([`role_then_name`]), not the field with it (`Paris Anne Hidalgo`).
fn role_and_complement_then_name(toks: &[Tok]) -> Option<Who> {
    let k = toks
        .iter()
        .position(|t| matches!(t.lower.as_str(), "le" | "la" | "el" | "il") && !t.breaks())?;
    let role = toks.get(k + 1).filter(|t| !t.cap && is_title(&t.lower))?;
    let who = role_then_name(&toks[k + 1..])?;
    let last = toks.last()?;
    match &who {
        Who::Name { text, .. } if !role.breaks() && text.ends_with(last.word) => Some(who),
        _ => None,
    }
}

/// `a senior security engineer named Leticia Barros told`: the name after `named` that ends
/// the subject.
fn named_person(toks: &[Tok]) -> Option<Who> {
    let k = toks.iter().rposition(|t| t.lower == "named")?;
    let name = &toks[k + 1..];
    let described = k > 0 && !toks[k - 1].cap && toks[k - 1].after.is_none();
    (described && !name.is_empty() && phrase_end(name) == name.len())
        .then(|| clean(name))
        .flatten()
        .filter(|w| matches!(w, Who::Name { org: false, .. }))
}

/// `The mayor of London said`, `le premier secrétaire du PS ajoute`, `El presidente del PP
/// dijo`: a job in lowercase with the body or place it serves after `of`/`de`/`du`/`del` ends
/// the subject, so the subject is whoever holds the job, not the body.
fn role_of_place(toks: &[Tok]) -> Option<Who> {
    let d = toks.len().saturating_sub(10);
    (d..toks.len()).find_map(|d| match role_with_complement(&toks[d..]) {
        Some((n, who)) if d + n == toks.len() => Some(who),
        _ => None,
    })
}

/// A subject opening `toks` that is a job with its complement (`the leader of the Labour Party`,
/// `la présidente du groupe RN`, `el presidente del PP`): how many words it takes, and the role.
fn role_with_complement(toks: &[Tok]) -> Option<(usize, Who)> {
    let det = toks
        .first()
        .filter(|t| (is_definite(&t.lower) || is_indefinite(&t.lower)) && !t.breaks())?;
    // Up to four lowercase words with a job among them (`premier secrétaire`, `chief
    // executive`, `secrétaire général`).
    let of = toks[1..]
        .iter()
        .take(4)
        .take_while(|t| !t.cap)
        .position(|t| matches!(t.lower.as_str(), "of" | "de" | "du" | "del" | "der" | "des"))?
        + 1;
    let role = toks[1..of].iter().rev().find(|t| is_role_noun(&t.lower))?;
    if toks[..=of].iter().any(|t| t.breaks()) {
        return None;
    }
    // Then the body or place, in capitals, perhaps after an article and a body noun
    // (`du groupe RN`, `of the Labour Party`).
    let mut k = of + 1;
    let article = toks
        .get(k)
        .is_some_and(|t| is_determiner(&t.lower) && !t.breaks());
    if article && toks[of].lower != "des" {
        k += 1;
    }
    if toks
        .get(k)
        .is_some_and(|t| !t.cap && (is_org_word(&t.lower) || t.lower == "groupe") && !t.breaks())
    {
        k += 1;
    }
    let name = phrase_end(&toks[k..]);
    (name > 0 && toks[k].cap).then(|| {
        (
            k + name,
            Who::Role {
                definite: is_definite(&det.lower),
                head: role.lower.clone(),
            },
        )
    })
}

/// A job written in lowercase: a title (`mayor`, `ministre`), a person noun (`leader`), or a
/// French, Spanish or German job the title list leaves out (`secrétaire`, `patron`).
pub fn is_role_noun(w: &str) -> bool {
    is_title(w) || is_agent_noun(w) || ROLE_NOUNS.contains(w)
}

static ROLE_NOUNS: WordSet = WordSet::new(concat!(
    "boss secrétaire patron patronne dirigeant dirigeante responsable ",
    "avocat avocate procureur procureure préfet préfète sénatrice députée adjoint adjointe ",
    "conseiller conseillère cheffe élu élue fondateur fondatrice chercheur chercheuse médecin ",
    "secretaria jefe jefa líder dirigente fiscal abogado abogada vocero vocera ",
));

/// How many words at the end of `toks` set the subject against others (`pour sa part`, `de
/// son côté`, `quant à lui`, `for his part`), after a name or its auxiliary.
fn aside_before(toks: &[Tok]) -> usize {
    let [.., a, b, c] = toks else {
        return 0;
    };
    let owner = |w: &str| matches!(w, "sa" | "son" | "leur" | "his" | "her" | "their" | "its");
    let aside = match (a.lower.as_str(), b.lower.as_str(), c.lower.as_str()) {
        ("pour" | "for", o, "part") => owner(o),
        ("de", o, "côté") => owner(o),
        ("quant", "à", "lui" | "elle" | "eux" | "elles") => true,
        _ => false,
    };
    // (Its words unbroken: `, pour sa part,` may have its commas, not a sentence end inside.)
    if aside && !a.breaks() && !b.breaks() && toks.len() > 3 {
        3
    } else {
        0
    }
}

/// How many words at the end of `toks` say when (`at the time`, `on Monday`, `last week`,
/// `in 2009`), after a name.
fn time_phrase_before(toks: &[Tok]) -> usize {
    let low = |k: usize| toks[toks.len() - k].lower.as_str();
    let unbroken = |k: usize| toks[toks.len() - k..].iter().all(|t| !t.breaks());
    let len = match toks.len() {
        n if n >= 4 && low(3) == "at" && matches!(low(2), "the" | "that") && low(1) == "time" => 3,
        n if n >= 3
            && matches!(low(2), "last" | "this" | "on" | "in")
            && (is_calendar(low(1))
                || matches!(low(1), "week" | "month" | "year" | "night")
                || (low(2) == "in"
                    && low(1).len() == 4
                    && low(1).chars().all(|c| c.is_ascii_digit()))) =>
        {
            2
        }
        _ => 0,
    };
    let after_name = len > 0 && toks[toks.len() - len - 1].cap;
    if after_name && unbroken(len + 1) {
        len
    } else {
        0
    }
}

/// `La préfecture de police évoque`: [`body_with_complement`] ending the subject.
fn trailing_body(toks: &[Tok]) -> Option<Who> {
    let from = toks.len().saturating_sub(7);
    let d = (from..toks.len()).find(|&d| is_definite(&toks[d].lower))?;
    match body_with_complement(&toks[d..])? {
        Who::Name { text, org } if text.split(' ').count() + 1 == toks.len() - d => {
            Some(Who::Name { text, org })
        }
        _ => None,
    }
}

/// `a staff member at Hillcrest Christian College in Berwick told`: someone unnamed, described
/// by where they work, speaks (not the body or the place).
fn unnamed_affiliate(toks: &[Tok]) -> Option<Who> {
    let k = toks.iter().rposition(|t| is_affiliation(&t.lower))?;
    let after = &toks[k + 1..];
    let named = after.first().is_some_and(|t| t.cap || t.lower == "the")
        && after.iter().all(|t| {
            (t.cap || is_connector(&t.lower) || matches!(t.lower.as_str(), "the" | "in"))
                && !t.breaks()
        });
    let det = toks[..k]
        .iter()
        .rposition(|t| t.cap || t.breaks() || is_stopword(&t.lower))?;
    let described = k - det >= 2 && toks[det + 1..k].iter().all(|t| !t.cap && !t.breaks());
    let indefinite = is_indefinite(&toks[det].lower);
    // `a spokesperson for the British Foreign Office` speaks for it (see `clean`).
    let spokes = is_spokesperson(&toks[k - 1].lower);
    (named && described && indefinite && !spokes).then(|| Who::Role {
        definite: false,
        head: toks[k - 1].lower.clone(),
    })
}

/// `The U.S. Central Command in Florida said`: a name, then where it is, before the verb.
fn located_name(toks: &[Tok]) -> Option<Who> {
    let k = toks.iter().rposition(|t| t.lower == "in")?;
    let place = &toks[k + 1..];
    let before = &toks[..k];
    let is_place = !place.is_empty() && place.len() <= 3 && place.iter().all(|t| t.cap);
    let named_before = before.last().is_some_and(|t| t.cap && !t.breaks());
    // Not `a staff member at Hillcrest Christian College in Berwick told`: there the name is
    // where the unnamed subject works.
    let start = before
        .iter()
        .rposition(|t| !(t.cap || is_connector(&t.lower)) || t.breaks())
        .map_or(0, |i| i + 1);
    let at = |j: usize| before.get(j.wrapping_sub(1)).map(|t| t.lower.as_str());
    let j = if at(start) == Some("the") {
        start - 1
    } else {
        start
    };
    let owned = at(j).is_some_and(|w| is_affiliation(w) || w == "by");
    if !(is_place && named_before) || owned {
        return None;
    }
    trailing_phrase(before).filter(|w| matches!(w, Who::Name { .. }))
}

/// `Patrol Chief James Hall with the New York Police Department said`: a person's name
/// followed by `with`/`at`/`of`/`for`/`from` and the body they work for is that person.
fn affiliated_person(toks: &[Tok]) -> Option<Who> {
    let k = toks.iter().rposition(|t| is_affiliation(&t.lower))?;
    let body = &toks[k + 1..];
    let body = match body.first() {
        Some(t) if t.lower == "the" => &body[1..],
        _ => body,
    };
    let last = body.last()?;
    let all_name = body
        .iter()
        .all(|t| (t.cap || is_connector(&t.lower)) && !t.breaks());
    let is_body = is_org_word(&last.lower) || (body.len() == 1 && is_acronym(last.word));
    let person: Vec<&Tok> = toks[..k]
        .iter()
        .rev()
        .take_while(|t| t.cap && !t.breaks() && !is_org_word(&t.lower) && !t.possessive)
        .collect();
    let named = person.iter().filter(|t| !is_title(&t.lower)).count() >= 2;
    if !(all_name && is_body && named) {
        return None;
    }
    match trailing_phrase(&toks[..k]) {
        Some(who @ Who::Name { org: false, .. }) => Some(who),
        _ => None,
    }
}

/// `a study by the Centre for Economic Policy Research`: the author of a document that
/// opens a segment.
fn document_by(seg: &[Tok]) -> Option<Who> {
    let by = seg.iter().position(|t| t.lower == "by")?;
    let doc = seg[..by].iter().rposition(|t| is_document(&t.lower))?;
    let author = &seg[by + 1..];
    // (`A report released this month by the International Freight Risk Council`.)
    let released = by - doc <= 4 && seg[doc + 1].lower.ends_with("ed");
    (((by - doc == 1 && by <= 5) || released) && phrase_end(author) == author.len())
        .then(|| trailing_phrase(author))
        .flatten()
        .filter(|w| matches!(w, Who::Name { .. }))
}

/// `released Monday by the state’s Office of the Inspector General, …`: the name right after
/// `by` (the caller's slice starts after it), up to where the name phrase ends.
/// (`by his mother, Gloria Feliciano, …`: the name after a short lowercase apposition.)
pub fn named_after_by(toks: &[Tok]) -> Option<Who> {
    let described = toks
        .iter()
        .take(3)
        .position(|t| t.after == Some(','))
        .filter(|&c| toks[..=c].iter().all(|t| !t.cap) && toks.get(c + 1).is_some_and(|t| t.cap));
    let toks = described.map_or(toks, |c| &toks[c + 1..]);
    trailing_phrase(&toks[..phrase_end(toks)]).filter(|w| matches!(w, Who::Name { .. }))
}

/// Words that open a sentence before a name and are no part of it ([`is_leading_junk`]).
static LEADING_JUNK: WordSet = WordSet::new(concat!(
    // `Enter Stuart R. Kaplan, a graduate …`, `Meet Jane Doe`: an imperative opening the sentence.
    "enter meet ",
    // `Ask Damien Chazelle, …, and he will answer`, `Take Hillary Clinton, who …`.
    "ask take consider imagine remember listen tell thank blame ",
    // `Photo Donald Trump speaks …`, `Video …`: a page's media label before the text.
    "photo video image watch advertisement ",
    // `Had Katrina known …`: an auxiliary opening a question or a condition.
    "had has have did does was were would could should ",
    // `Wie Baerbock weiter sagte`, `As Smith said`, `Comme l'a dit …`, `Como dijo …`.
    "wie comme como the a an maybe perhaps indeed yes no well oh but and or so yet then also ",
    "however meanwhile still now as if when while although though because unless once in on ",
    "at for with by from after before during since to of this that these those his her its ",
    "their our my your mais et und ",
    // German, French and Spanish words that open a sentence and start no name.
    "heute am vom zum zur beim ins vor seit gegen ohne während nun jetzt für bei im mit nach ",
    // (`Nach Angaben der Polizei`: `according to`.)
    "angaben auf aus über zumindest diese dieser dieses wer wenn auch noch doch dann dabei ",
    "damit deshalb denn weil sogar ",
    // German quantifiers (`Mehrere Bürgermeister hatten angekündigt`).
    "mehrere zahlreiche wenige beide alle sämtliche ",
    // First and second persons, which open many a quoted sentence (`« Je ne suis pas …`).
    "je tu nous vous ich wir ihr yo nosotros selon pour dans avec après avant depuis pendant ",
    "chez cette ces según desde aber pero y dass que said says according even both only just ",
    "like unlike neither nor either other another some many most all every each why what how ",
    "where who there here it we i he she they you ",
    // (`À Santiago, la ministre …`, `Puis elle se fait plus grave`, `Viele Gäste sagen`.)
    "à au aux puis ensuite enfin alors sur sous vers par entre contre sans viele meine mein ",
    "unsere einige manche ",
));

/// Capitalised function words at a sentence start that are not part of a name (`But Smith`).
/// Not every stopword: `Will Tjernlund` keeps `Will`.
pub(super) fn is_leading_junk(w: &str) -> bool {
    // Number words (`Two members`, `Drei Tage`) too.
    is_number_word(w) || LEADING_JUNK.contains(w)
}

/// Words that open an introductory phrase ([`is_introductory`]).
static INTRODUCTORY: WordSet = WordSet::new(concat!(
    "in on at after before during for with by from since as while when although though ",
    "despite under over earlier later meanwhile however but and so yet still speaking asked ",
    "if because once last this next according like unlike instead now then there here also ",
    "to of into through within without among amid following writing today yesterday ",
    // `Outside the courthouse, Pieter Achterberg stood …`.
    "outside inside across near behind beside around ",
    // `Back in Tucson, Duarte has been following …`, `Late that night, …, Feld played`.
    "back elsewhere late ",
    // `Quando você fala …`, `Cuando …`, `Lorsque …`, `Als …`: when, in other languages.
    "quando cuando mientras lorsque quand als wenn nachdem ",
    // `Lors d’une conférence …, loin de condamner la pratique, le juge … l’a encouragée`:
    // phrases that open a sentence, in French, German and Spanish.
    "lors loin dans après avant pendant depuis malgré en nach bei während seit trotz durante ",
    "tras desde ",
));

/// Words that open an introductory phrase, not a subject (`In Kyiv,`, `After the vote,`).
pub fn is_introductory(w: &str) -> bool {
    INTRODUCTORY.contains(w)
}

/// Words that open a subordinate clause (`as`, `when`, `after`, `because`).
fn is_subordinator(w: &str) -> bool {
    {
        static WORDS: WordSet = WordSet::new(
            "
            as when while after before because although though if since until once whenever
            whereas
        ",
        );
        WORDS.contains(w)
    }
}

/// The subject at the start of a sentence (`Smith criticised the plan, saying …`): its first name or pronoun.
pub fn sentence_subject(toks: &[Tok]) -> Option<Who> {
    if let Some(name) = named_in_apposition(toks) {
        return Some(name);
    }
    // `Présentant le document à la presse, le premier président …, a choisi ses mots : « … »`:
    // the main clause after an opening participle's phrase.
    let participle = after_participle_clause(toks);
    if participle > 0 {
        return sentence_subject(&toks[participle..]);
    }
    // `As we pulled into the parking lot in Garnet City, she clicked the stopwatch`: a clause
    // opened by a subordinating word is not the sentence's subject; the main clause follows its
    // comma.
    if toks.first().is_some_and(|t| is_subordinator(&t.lower))
        && let Some(comma) = toks.iter().take(30).position(|t| t.after == Some(','))
        && comma + 1 < toks.len()
    {
        return sentence_subject(&toks[comma + 1..]);
    }
    // `Le premier secrétaire du PS ajoute :`: a job with the body it serves, then the verb.
    if let Some((n, who)) = role_with_complement(toks)
        && toks.get(n).is_some_and(|t| !t.cap)
    {
        return Some(who);
    }
    for (i, t) in toks.iter().enumerate() {
        if let Some(group) = pronoun(&t.lower) {
            // German `Sie ist überzeugt:`: `sie` with a singular verb is `she`.
            let she = t.lower == "sie"
                && toks
                    .get(i + 1)
                    .is_some_and(|v| german_singular_verb(&v.lower));
            return Some(Who::Pronoun {
                group,
                female: gender_of(&t.lower).or(she.then_some(true)),
            });
        }
        if matches!(t.lower.as_str(), "his" | "her") {
            return Some(Who::Pronoun {
                group: false,
                female: gender_of(&t.lower),
            });
        }
        // `Barely a week ago, Parise …`, `Hosting Cook …`: an adverb or gerund opening the sentence.
        let opener = i == 0 && is_adverb_like(&t.lower);
        let skip = is_stopword(&t.lower) || is_introductory(&t.lower) || is_calendar(&t.lower);
        if t.cap && !skip && !opener {
            let start = if i > 0 && is_determiner(&toks[i - 1].lower) {
                i - 1
            } else {
                i
            };
            let end = (start + phrase_end(&toks[start..])).max(start + 1);
            // `Despite enjoying Dan Brown’s theory, the Bishop said`: an owner is not the subject.
            if toks[end - 1].possessive && end < toks.len() {
                continue;
            }
            return clean(&toks[start..end]);
        }
    }
    None
}

/// `Two years after Hamilton first stepped on campus, …`, `10 days later, …`: a count of
/// time that opens an introductory phrase.
fn opens_time_phrase(toks: &[Tok]) -> bool {
    let count = |w: &str| {
        w.chars().all(|c| c.is_ascii_digit())
            || is_number_word(w)
            || matches!(w, "a" | "one" | "several" | "few" | "many")
    };
    let unit = |w: &str| {
        static WORDS: WordSet = WordSet::new("minute hour day week month year decade century");
        WORDS.contains(w.trim_end_matches('s'))
    };
    toks.first().is_some_and(|t| count(&t.lower))
        && toks.iter().skip(1).take(2).any(|t| unit(&t.lower))
}

/// The noun phrase that opens a sentence, after a leading conjunction and any
/// introductory phrase up to its comma: `During the call, he asked …` → he;
/// `On Wednesday, Jacques Barrot, vice president …, said` → Jacques Barrot;
/// `Barely a week ago, Parise, 35, had scored` → Parise. Stricter than
/// [`sentence_subject`]: a name later in the sentence is never taken.
pub fn opening_subject(toks: &[Tok]) -> Option<Who> {
    // `As for Whitlock, she told listeners …`: the topic is whom the pronoun means.
    if let [as_, for_, rest @ ..] = toks
        && as_.lower == "as"
        && for_.lower == "for"
        && let Some(c) = rest.iter().take(4).position(|t| t.after == Some(','))
        && rest.get(c + 1).is_some_and(|t| pronoun(&t.lower).is_some())
        && phrase_end(&rest[..=c]) == c + 1
        && let Some(who @ Who::Name { .. }) = clean(&rest[..=c])
    {
        return Some(who);
    }
    let mut i = dateline_len(toks);
    while toks.get(i).is_some_and(|t| {
        ({
            static WORDS: WordSet =
                WordSet::new("but and so yet then still now meanwhile however also how");
            WORDS.contains(t.lower.as_str())
        }) && t.after.is_none()
    }) {
        i += 1;
    }
    // `Earlier Mr Wallace raised the cases …`: a time adverb, with no comma, before the name.
    if let [adverb, next, ..] = &toks[i.min(toks.len())..]
        && matches!(
            adverb.lower.as_str(),
            "earlier" | "later" | "previously" | "separately"
        )
        && adverb.after.is_none()
        && next.cap
    {
        i += 1;
    }
    // `Citing John Locke, Edmund Burke, and Thomas Jefferson, she recommended …`.
    i += after_participle_clause(&toks[i..]);
    // `Then, last week, Taylor Swift posted …`: one or more introductory phrases.
    for _ in 0..3 {
        let t = toks.get(i)?;
        if !(is_introductory(&t.lower)
            || is_calendar(&t.lower)
            || is_adverb_like(&t.lower)
            || opens_time_phrase(&toks[i..]))
        {
            break;
        }
        let comma = toks[i..].iter().take(20).position(|t| t.after == Some(','));
        // `Boeing is in the early stages`: a name that only looks like a gerund, with no
        // introductory phrase to skip.
        let gerund_name = comma.is_none()
            && !(is_introductory(&t.lower)
                || is_calendar(&t.lower)
                || opens_time_phrase(&toks[i..]));
        if gerund_name {
            break;
        }
        i += comma? + 1;
    }
    let t = toks.get(i)?;
    if let Some(group) = pronoun(&t.lower) {
        return Some(Who::Pronoun {
            group,
            female: gender_of(&t.lower),
        });
    }
    if let Some(name) = named_in_apposition(&toks[i..]).or_else(|| role_then_name(&toks[i..])) {
        return Some(name);
    }
    let end = i + phrase_end(&toks[i..]);
    (end > i).then(|| clean(&toks[i..end])).flatten()
}

/// `OSLO — Nordvik Freight … swung`, `NEW YORK - …`: how many words a dateline (a place in
/// capitals and a dash) takes at the start of a paragraph's first sentence (0: none).
fn dateline_len(toks: &[Tok]) -> usize {
    let dash = |c: Option<char>| c.is_some_and(|c| matches!(c, '—' | '–' | '-'));
    let shouting = |t: &Tok| {
        t.word.chars().count() >= 2 && t.word.chars().all(|c| c.is_uppercase() || c == '.')
    };
    let run = toks.iter().take(4).take_while(|t| shouting(t)).count();
    let ends =
        run > 0 && (dash(toks[run - 1].after) || toks.get(run).is_some_and(|t| dash(t.before)));
    if ends { run } else { 0 }
}

/// A word right after a subject's name that reads as its verb: lowercase, not a function word
/// or an `-ing` form (`Woodbridge hit out`, not `Woodbridge and`, `Woodbridge saying`).
pub fn opens_predicate(t: &Tok) -> bool {
    !t.cap && t.before.is_none() && !is_stopword(&t.lower) && !t.lower.ends_with("ing")
}

/// `Citing John Locke, Edmund Burke, and Thomas Jefferson, she recommended …`, `Speaking to
/// reporters, Smith said …`: how many words an opening participle's phrase takes, up to the
/// comma after which a pronoun or a name and its verb start the main clause (0: none).
fn after_participle_clause(toks: &[Tok]) -> usize {
    let Some(first) = toks.first() else {
        return 0;
    };
    // (`Asked about the report, the striker smiled`: a past participle opens one too.)
    // (French too: `Présentant le document à la presse, le premier président …`, `Interrogée
    // par nos soins, la maire …`.)
    let ends = |suffixes: &[&str]| suffixes.iter().any(|s| first.lower.ends_with(s));
    let participle = first.cap
        && ((first.lower.len() > 5 && ends(&["ing", "ant"]))
            || (first.lower.len() >= 5 && ends(&["ed", "é", "ée", "és", "ées"])));
    // (`During the afternoon discussion, Dr. Rosa Delgado, the panel's …`: a preposition.)
    let preposition = matches!(
        first.lower.as_str(),
        "during" | "following" | "including" | "regarding" | "concerning" | "according"
    );
    if !participle || preposition || first_names::gender(&first.lower).is_some() {
        return 0;
    }
    let main_clause = |k: usize| {
        let rest = &toks[k..];
        // (Or an article: `…, le premier président de la Cour, Jean-Baptiste Aurenche, a
        // choisi`, where an apposition comes before the verb.)
        if rest
            .first()
            .is_some_and(|t| pronoun(&t.lower).is_some() || is_definite(&t.lower))
        {
            return true;
        }
        let end = phrase_end(rest);
        // (`Jean-Baptiste Aurenche a choisi`: a French auxiliary, a function word, opens it.)
        let verb = |t: &Tok| {
            opens_predicate(t) || matches!(t.lower.as_str(), "a" | "ont" | "avait" | "est")
        };
        end > 0 && !rest[end - 1].breaks() && rest.get(end).is_some_and(verb)
    };
    (1..toks.len().min(30))
        .find(|&k| toks[k - 1].after == Some(',') && main_clause(k))
        .unwrap_or(0)
}

/// `The leader of Ennahda, Rachid Ghannouchi, condemned …`, `The company that runs the
/// AMAs, Dick Clark Productions, denies …`: a description opening the sentence, then,
/// between commas, the name of whom it describes. Also `One bystander, Marius duPlessis,
/// said …` (`a`, `one`, `another`) and `The Israeli Cabinet Minister, Ephraim Sneh, says …`
/// (capitalised, when a title ends the description), `Victoria's … Minister, Monica Gould,`.
fn named_in_apposition(toks: &[Tok]) -> Option<Who> {
    let (det, rest) = toks.split_first()?;
    // (`that customer, a nurse named Kendra Oyelowo, wrote back`.)
    let indefinite = is_indefinite(&det.lower) || matches!(det.lower.as_str(), "that" | "this");
    let comma = toks.iter().take(12).position(|t| t.after == Some(','))?;
    let titled = is_title(&toks[comma].lower);
    let lowercase = rest.first().is_some_and(|t| !t.cap);
    // `Der Sprecher der Polizei, Thomas Müller, …`: a German noun (capitalised) with its
    // complement describes too, when a person's full name follows.
    // (Or with where or for whom: `Der Grünen-Fraktionschef im Stadtrat, Dominik Krause, …`.)
    let complemented = !lowercase
        && !titled
        && toks[..comma].iter().skip(1).any(|t| {
            is_complement(&t.lower)
                || matches!(
                    t.lower.as_str(),
                    "im" | "beim" | "vom" | "von" | "für" | "bei"
                )
        });
    // (`Ihr Nachbar, Franz Meier, ergänzt`: after a possessive, a German noun describes too.)
    let described = lowercase || titled || complemented || is_possessive_determiner(&det.lower);
    // `Victoria's Industrial Relations Minister, Monica Gould, admits …`: an owner, then a title
    // (or a lowercase noun: `Andre's mother, Yolanda Castellanos, stood …`).
    let owned = det.possessive && det.cap && (titled || (lowercase && comma == 1));
    // `Counsel for the council, Tom Hughes, disagreed`: a job with no article, then `for`,
    // `of` or `at` what it serves.
    let bare = comma > 0
        && (is_title(&det.lower) || is_agent_noun(&det.lower) || is_job_label(&det.lower))
        && toks[1..comma]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "for" | "of" | "at"));
    // (`Sa femme, Yvonne Le Goff, …`, `Leur fils, Mathieu Le Goff, …`: a possessive.)
    // (Not a clause: `Son adversaire est tout trouvé, c'est François Fillon`.)
    let possessive = is_possessive_determiner(&det.lower)
        && comma <= 3
        && toks[1..=comma].iter().all(|t| !is_stopword(&t.lower));
    if !(is_definite(&det.lower) || indefinite || owned || bare || possessive)
        || !(described || bare)
        || comma == 0
    {
        return None;
    }
    let mut next = &toks[comma + 1..];
    // `…, a nurse named Kendra Oyelowo, …`: the name after `named` in the apposition.
    if let Some(k) = next.iter().take(5).position(|t| t.lower == "named")
        && next[..k].iter().all(|t| !t.cap && t.after.is_none())
    {
        next = &next[k + 1..];
    }
    let end = phrase_end(next);
    if end == 0 || next[end - 1].after != Some(',') {
        return None;
    }
    if complemented && !names_given_person(&next[..end]) {
        return None;
    }
    clean(&next[..end]).filter(|who| matches!(who, Who::Name { .. }))
}

/// Splits tokens into comma- or dash-separated segments.
fn split_segments<'t, 'a>(toks: &'t [Tok<'a>]) -> Vec<&'t [Tok<'a>]> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in toks.iter().enumerate() {
        if matches!(t.after, Some(',' | '—' | '–' | ';' | ':')) {
            out.push(&toks[start..=i]);
            start = i + 1;
        }
    }
    if start < toks.len() {
        out.push(&toks[start..]);
    }
    out
}

/// The noun phrase at the end of a segment: capitalised words with their
/// connectors, lowercase titles, and one leading article.
fn trailing_phrase(seg: &[Tok]) -> Option<Who> {
    let n = seg.len();
    let last = seg.last()?;
    if let Some(group) = pronoun(&last.lower) {
        return Some(Who::Pronoun {
            group,
            female: gender_of(&last.lower),
        });
    }
    let mut i = n;
    while i > 0 {
        let t = &seg[i - 1];
        // `the “Pose” actor`: a quoted word inside the phrase does not end it.
        let quoted = matches!(t.before, Some('"' | '“')) && matches!(t.after, Some('"' | '”'));
        if i < n && t.breaks() && !quoted {
            break;
        }
        let joins = i >= 2 && i < n && joins_name(&seg[..i - 1], &seg[i - 1..], seg[i - 2].cap);
        if is_determiner(&t.lower) && !joins {
            i -= 1;
            break;
        }
        // Lowercase words join only a phrase that runs back to its article (`the world indoor
        // champion`, `the retired Marine Corps general`), or titles before a name.
        let lowercase_ok =
            i == n || is_title(&t.lower) || t.possessive || leads_to_article(&seg[..i]);
        if t.cap || joins || (lowercase_ok && !is_stopword(&t.lower)) {
            i -= 1;
        } else {
            break;
        }
    }
    if i == n {
        return None;
    }
    // `Le député des Alpes-Maritimes Bernard Castagné, …`: a place after a role's particle
    // opens the run of capitals before the given name.
    let place = mentions::place_after_particle(seg, i, n);
    clean(&seg[i + place..])
}

/// Whether lowercase descriptive words run back to an article (`the world indoor`).
fn leads_to_article(before: &[Tok]) -> bool {
    for t in before.iter().rev().take(5) {
        // (Or to an owner, which stands for one: `Japan's top diplomat`.)
        if is_determiner(&t.lower) || (t.possessive && t.cap) {
            return true;
        }
        // (A nationality on the way: `the Russian top diplomat`.)
        if t.breaks() || is_stopword(&t.lower) || (t.cap && !is_demonym(&t.lower)) {
            return false;
        }
    }
    false
}

/// The noun phrase right after a cue (`said Russian Deputy Foreign Minister
/// Andrey Rudenko`, `according to the New York Times`), or the name in an
/// apposition after a bare title (`said the company's chief, John Smith`).
/// `an asylum-seeker named`, `eine Frau namens`, `one protester, identified only as`: the words
/// after a short description (opening with a lowercase word) that give its name.
fn named_after_description<'a>(toks: &'a [Tok<'a>]) -> Option<&'a [Tok<'a>]> {
    let k = toks.iter().take(5).position(|t| {
        matches!(
            t.lower.as_str(),
            "named" | "namens" | "identified" | "nommé" | "nommée"
        )
    })?;
    let skip = toks[k + 1..]
        .iter()
        .take(2)
        .take_while(|t| matches!(t.lower.as_str(), "only" | "as"))
        .count();
    let rest = &toks[k + 1 + skip..];
    let as_needed = toks[k].lower == "identified";
    (k >= 2
        && !toks[0].cap
        && (!as_needed || toks[k + skip].lower == "as")
        && rest.first().is_some_and(|t| t.cap))
    .then_some(rest)
}

pub fn subject_after(toks: &[Tok]) -> Option<Who> {
    // `přidává se Emile Heskey` (Czech), `dodał się`: a reflexive pronoun after the verb.
    if let [refl, rest @ ..] = toks
        && matches!(refl.lower.as_str(), "se" | "si" | "się" | "sich")
        && rest.first().is_some_and(|t| t.cap)
    {
        return subject_after(rest);
    }
    // `a sobrement réagi le ministère de l'Économie dans un communiqué`: a French body's name.
    if let Some(text) = body_names::opening(toks) {
        return Some(Who::Name { text, org: true });
    }
    // `said an asylum-seeker named Beatriz`, `sagt eine Frau namens Petra`: the name given to
    // the description.
    if let Some(rest) = named_after_description(toks)
        && let Some(who @ Who::Name { org: false, .. }) = subject_after(rest)
    {
        return Some(who);
    }
    // `said a shaken Tebeju Asres`, `said a local resident Mary Jones`: lowercase words after
    // `a` describe the full name that follows them.
    if let [article, rest @ ..] = toks
        && matches!(article.lower.as_str(), "a" | "an")
        && let k = rest
            .iter()
            .take(3)
            .take_while(|t| !t.cap && !t.breaks() && !is_stopword(&t.lower))
            .count()
        && k > 0
        && let Some(who @ Who::Name { org: false, .. }) = subject_after(&rest[k..])
        && let Who::Name { text, .. } = &who
        && is_person_name(text)
    {
        return Some(who);
    }
    let first = toks.first()?;
    // `sagte die 47-Jährige vergangene Woche`: a German person noun after its article, then
    // lowercase words that are not part of it (and no name in apposition after them: `der
    // Sprecher der Polizeiinspektion, Florian Hebestreit`).
    if let [article, noun, next, rest @ ..] = toks
        && matches!(article.lower.as_str(), "der" | "die")
        && noun.cap
        && !noun.breaks()
        && !next.cap
        && (is_agent_noun(&noun.lower) || is_german_person_noun(&noun.lower))
        && !rest
            .iter()
            .take(8)
            .any(|t| t.cap && first_names::gender(&t.lower).is_some())
    {
        return Some(Who::Name {
            text: noun.word.to_string(),
            org: false,
        });
    }
    // `sagte Unternehmer und Investor Frank Thelen`, `according to author and psychologist
    // Patricia A O'Gorman`: two jobs joined before the name.
    if let [job, and, rest @ ..] = toks
        && is_job_label(&job.lower)
        && matches!(and.lower.as_str(), "and" | "und" | "et" | "y")
        && rest.first().is_some_and(|t| {
            is_job_label(&t.lower) || is_title(&t.lower) || (!t.cap && is_agent_noun(&t.lower))
        })
    {
        return subject_after(rest);
    }
    // `según fuentes del Ministerio de Hacienda`, `selon des sources au sein du gouvernement`:
    // unnamed sources speak for the body they are in.
    if let Some(k) = toks
        .iter()
        .take(2)
        .position(|t| matches!(t.lower.as_str(), "fuentes" | "sources"))
        && let [prep, rest @ ..] = &toks[k + 1..]
        && matches!(prep.lower.as_str(), "del" | "de" | "du" | "at" | "in")
        && let Some(body @ Who::Name { org: true, .. }) = subject_after(rest)
    {
        return Some(body);
    }
    // `said a report from Kotak Institutional Equities`: the document speaks for its author
    // (`laut einem Bericht der „Süddeutschen Zeitung“`).
    // (`selon un communiqué de l’Élysée`, `según un comunicado del Ministerio`.)
    // (`read an automated reply from Glow Ritual`: a word or two may describe the document.)
    let adjectives = toks
        .iter()
        .skip(1)
        .take(3)
        .position(|t| t.cap || t.after.is_some() || is_document(&t.lower))
        .filter(|&k| k < 3 && toks.get(k + 1).is_some_and(|t| is_document(&t.lower)))
        .unwrap_or(0);
    if let [det, described @ ..] = toks
        && let [doc, prep, rest @ ..] = &described[adjectives..]
        && (matches!(
            det.lower.as_str(),
            "a" | "the" | "an" | "un" | "une" | "una"
        ) || is_german_article(&det.lower))
        && (is_document(&doc.lower) || is_german_document(&doc.lower))
        && ({
            static WORDS: WordSet = WordSet::new("from by der des von de du del");
            WORDS.contains(prep.lower.as_str())
        })
        && rest
            .iter()
            .find(|t| !is_definite(&t.lower))
            .is_some_and(|t| t.cap || after_elided_article(t.word).is_some())
    {
        return subject_after(rest);
    }
    if let Some(group) = pronoun(&first.lower) {
        return Some(Who::Pronoun {
            group,
            female: gender_of(&first.lower),
        });
    }
    // `selon l’Insee`, `d’après l’ONU`: a body after a French elided article (`l’`), alone.
    if let Some(body) = after_elided_article(first.word)
        && toks.get(1).is_none_or(|n| !n.cap || first.breaks())
    {
        return Some(Who::Name {
            text: body.to_string(),
            org: true,
        });
    }
    if let Some(body) = french_body_in_lowercase(toks) {
        return Some(body);
    }
    if let Some(name) = long_role_in_apposition(toks)
        .or_else(|| role_then_name(toks))
        .or_else(|| body_with_complement(toks))
    {
        return Some(name);
    }
    if let Some(name) = role_in_apposition(toks) {
        return Some(name);
    }
    let end = phrase_end(toks);
    // `Lee said Yoon’s “unconstitutional … declaration”`: an owner right before the quote owns
    // the quoted words; it is not who speaks.
    if end > 0 && end == toks.len() && toks[end - 1].possessive {
        return None;
    }
    // `the European cross-country champion`: capitalised adjectives before a lowercase noun are a role.
    // Not after a person's full name (`a déclaré le Premier ministre Gabriel Attal devant les
    // députés`: `devant` is no noun).
    // Only after a determiner (`sagte Müller später`: `später` is no noun).
    if end > 0
        && !toks[end - 1].breaks()
        && toks.get(end).is_some_and(|t| is_description_noun(t))
        && !names_given_person(&toks[..end])
        && (is_determiner(&first.lower) || is_indefinite(&first.lower))
    {
        // `the White House press office`: an office speaks for the body named before it.
        let office = toks
            .get(end + 1)
            .filter(|t| !toks[end].breaks() && t.lower == "office");
        if office.is_some()
            && let Some(body @ Who::Name { org: true, .. }) = clean(&toks[..=end + 1])
        {
            return Some(body);
        }
        return Some(Who::Role {
            definite: is_definite(&first.lower),
            head: toks[end].lower.clone(),
        });
    }
    let who = clean(&toks[..end]);
    if matches!(who, Some(Who::Name { .. })) || end == 0 {
        return who;
    }
    // `said a spokesman for the Pentagon`: the body the spokesperson speaks for.
    if is_spokesperson(&toks[end - 1].lower)
        && let [prep, body @ ..] = &toks[end..]
        && matches!(prep.lower.as_str(), "for" | "at")
        && let Some(name @ Who::Name { org: true, .. }) = subject_after(body)
    {
        return Some(name);
    }
    // Apposition: `said the company's chief executive, John Smith`.
    if toks[end - 1].after == Some(',') && end < toks.len() {
        let next = &toks[end..];
        let e2 = phrase_end(next);
        if let Some(name @ Who::Name { .. }) = clean(&next[..e2]) {
            return Some(name);
        }
    }
    who
}

/// `le syndicat Solidarité hospitalière`, `l'association Vivre ensemble`: French capitalises
/// only the first word of a body's name, so after a noun for a kind of body, a capital and the
/// lowercase words up to a comma or a sentence end are its name. (Not `le parti Renaissance
/// estime que`: a verb runs on.)
fn french_body_in_lowercase(toks: &[Tok]) -> Option<Who> {
    let (name, rest) = match toks {
        [det, kind, name, rest @ ..]
            if matches!(det.lower.as_str(), "le" | "la") && is_french_kind_of_body(&kind.lower) =>
        {
            (name, rest)
        }
        [kind, name, rest @ ..] if elided_noun(&kind.lower).is_some_and(is_french_kind_of_body) => {
            (name, rest)
        }
        _ => return None,
    };
    if !name.cap || name.breaks() || toks[0].breaks() {
        return None;
    }
    let tail = rest.iter().take(3).position(Tok::breaks)?;
    let lowercase = rest[..=tail]
        .iter()
        .all(|t| !t.cap && !is_stopword(&t.lower) && t.lower.chars().all(char::is_alphabetic));
    lowercase.then(|| Who::Name {
        text: std::iter::once(name.word)
            .chain(rest[..=tail].iter().map(|t| t.word))
            .collect::<Vec<_>>()
            .join(" "),
        org: true,
    })
}

/// French nouns for the kind of body a name follows ([`french_body_in_lowercase`]).
fn is_french_kind_of_body(w: &str) -> bool {
    FRENCH_KINDS_OF_BODY.contains(w)
}

static FRENCH_KINDS_OF_BODY: WordSet = WordSet::new(concat!(
    "syndicat association collectif parti mouvement agence office fédération fondation ",
    "institut observatoire comité réseau union ",
));

/// French nouns for a newspaper, a broadcaster or a place of work, before its name
/// (`l'hebdomadaire Le Point`, `l'hôpital Georges-Pompidou`).
fn is_french_medium(w: &str) -> bool {
    FRENCH_MEDIA.contains(w)
}

static FRENCH_MEDIA: WordSet = WordSet::new(concat!(
    "hebdomadaire quotidien ong université école hôpital institution opérateur éditeur ",
    "assureur armée académie émission antenne ",
));

/// `declared a later chancellor, Bernhard von Bülow`, `said the new mayor, Peter Klein`: a
/// role with lowercase words before its noun, then the name in apposition.
fn role_in_apposition(toks: &[Tok]) -> Option<Who> {
    let first = toks.first()?;
    let c = toks.iter().take(5).position(|t| t.after == Some(','))?;
    // (`son fils, Pierre Carignon`: `son` and `ma` in lowercase are possessives, not surnames.)
    let possessive = !first.cap && matches!(first.lower.as_str(), "son" | "ma" | "mon");
    let role = c > 0
        && (is_determiner(&first.lower) || possessive)
        && toks[1..c].iter().all(|t| !t.cap)
        // (A German title is capitalised: `sagte der neue Bürgermeister, Peter Klein`.)
        && (is_title(&toks[c].lower) || (!toks[c].cap && is_description_noun(&toks[c])));
    let next = &toks[c + 1..];
    role.then(|| clean(&next[..phrase_end(next)]))
        .flatten()
        .filter(|who| matches!(who, Who::Name { .. }))
}

/// `sagte die Erste Bevollmächtigte der Gewerkschaft in der Region, Petra Schallenberg.`: a
/// longer role, capitals and a body's name in it, when a person's full name with a known given
/// name closes the sentence after the comma.
fn long_role_in_apposition(toks: &[Tok]) -> Option<Who> {
    let first = toks.first()?;
    let c = toks.iter().take(11).position(|t| t.after == Some(','))?;
    let next = &toks[c + 1..];
    let end = phrase_end(next);
    let closes = end > 0 && (end == next.len() || next[end - 1].after == Some('.'));
    // (`l'adjoint aux finances, Jérôme Lefeuvre`: or a French elided article.)
    let article = is_determiner(&first.lower) || elided_noun(&first.lower).is_some();
    (c > 1 && article && closes && names_given_person(&next[..end]))
        .then(|| clean(&next[..end]))
        .flatten()
}

/// `assure de son côté l'adjoint`, `estime pour sa part Marie Durand`: an aside between the
/// verb and its subject is skipped (French `de son côté`, `pour sa part`, `quant à lui`, `à son
/// tour` or an adverb in `-ment`; Spanish `por su parte`, `a su vez`).
pub fn skip_aside<'t, 'a>(toks: &'t [Tok<'a>]) -> &'t [Tok<'a>] {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let possessive = |w: &str| matches!(w, "son" | "sa" | "leur");
    let opens_subject = |t: &Tok| {
        t.cap || is_determiner(&t.lower) || elided_noun(&t.lower).is_some() || t.lower == "son"
    };
    let len = match (word(0), word(1), word(2)) {
        ("de", p, "côté") if possessive(p) => 3,
        ("pour", p, "part") if possessive(p) => 3,
        ("à", p, "tour") if possessive(p) => 3,
        ("quant", "à", "lui" | "elle" | "eux" | "elles") => 3,
        // (Spanish: `comentó por su parte el alcalde`, `añadió a su vez`.)
        ("por", "su", "parte") | ("a", "su", "vez") => 3,
        // (`a commenté sobrement son fils`: an adverb in `-ment`.)
        (w, _, _) if w.chars().count() > 6 && w.ends_with("ment") && !toks[0].cap => 1,
        _ => return toks,
    };
    let aside = &toks[..len];
    let rest = &toks[len..];
    let plain = aside[..len - 1].iter().all(|t| !t.breaks());
    if plain && rest.first().is_some_and(opens_subject) {
        rest
    } else {
        toks
    }
}

/// `a prévenu mardi soir le maire de Lyon`, `betonte am Dienstag Nancy Faeser`: a time between
/// the verb and its subject is skipped when the subject (an article or a capital) follows.
pub fn skip_time<'t, 'a>(toks: &'t [Tok<'a>]) -> &'t [Tok<'a>] {
    let time = match toks {
        [am, day, ..] if am.lower == "am" && is_calendar(&day.lower) && !am.breaks() => 2,
        _ => toks
            .iter()
            .take(3)
            .take_while(|t| !t.cap && !t.breaks() && ROMANCE_TIME.contains(&t.lower))
            .count(),
    };
    // (Or before an addressee: `a déclaré mercredi matin devant la presse le président …`.)
    let rest = &toks[time..];
    if time > 0
        && (rest
            .first()
            .is_some_and(|t| is_determiner(&t.lower) || t.cap)
            || skip_addressee(rest).len() < rest.len())
    {
        &toks[time..]
    } else {
        toks
    }
}

/// `a déclaré à l’AFP le ministre …`, `escribió en X el presidente …`, `sagte dem „Spiegel“
/// der Minister …`: the phrase naming whom or where the words went, between the verb and its
/// subject, is skipped when a subject with its article follows and names someone.
pub fn skip_addressee<'t, 'a>(toks: &'t [Tok<'a>]) -> &'t [Tok<'a>] {
    let Some(first) = toks.first() else {
        return toks;
    };
    // (Spanish `a` only before a Spanish article: `said a Pentagon spokesman` stays.)
    let articles: &[&str] = match first.lower.as_str() {
        // (`a déclaré devant la presse le président de la commune, …`.)
        // (`a indiqué au Monde un proche du dossier`: or someone unnamed.)
        "à" | "au" | "aux" | "sur" | "dans" | "devant" | "auprès" => {
            &["le", "la", "les", "un", "une"]
        }
        "a" | "en" => &["el", "la", "los", "las"],
        "dem" | "gegenüber" | "im" => &["der", "die"],
        _ => return toks,
    };
    // The subject opens with its article, or with a given name (`explique à Mediapart Marie
    // Durand`).
    let opens_subject = |j: usize| {
        articles.contains(&toks[j].lower.as_str())
            || (j >= 2
                && toks[j].cap
                && first_names::gender(&toks[j].lower).is_some()
                && toks.get(j + 1).is_some_and(|t| t.cap))
    };
    // (The first article that opens a named subject: `declaró a la prensa el alcalde José Luis
    // Martínez-Almeida`, past `la prensa`.)
    for j in 1..toks.len().min(7) {
        if opens_subject(j)
            && !matches!(toks[j - 1].after, Some('.' | ';' | ':' | '!' | '?'))
            && (matches!(subject_after(&toks[j..]), Some(Who::Name { .. }))
                || (matches!(toks[j].lower.as_str(), "un" | "une")
                    && toks.get(j + 1).is_some_and(|t| !t.cap)))
        {
            return &toks[j..];
        }
    }
    toks
}

/// A phrase ending in a person's full name that opens with a common given name (`le Premier
/// ministre Gabriel Attal`).
fn names_given_person(toks: &[Tok]) -> bool {
    match clean(toks) {
        Some(Who::Name { text, org: false }) => {
            is_person_name(&text)
                && text
                    .split(' ')
                    .next()
                    .is_some_and(|w| first_names::gender(&w.to_lowercase()).is_some())
        }
        _ => false,
    }
}

/// `l’Insee` → Insee: the capitalised name after a French elided article, if the word is one.
pub fn after_elided_article(word: &str) -> Option<&str> {
    ["l’", "l'"]
        .iter()
        .find_map(|a| word.strip_prefix(a))
        .filter(|name| name.chars().next().is_some_and(char::is_uppercase))
}

/// `indique-t-on en mairie`, `précise-t-on au parquet de Bobigny`: after a French cue whose
/// subject is `on`, the body where it was said, else someone unnamed.
pub fn impersonal_source(after: &[Tok]) -> Who {
    let unnamed = Who::Role {
        definite: false,
        head: "on".to_string(),
    };
    let Some((at, rest)) = after.split_first() else {
        return unnamed;
    };
    if !matches!(at.lower.as_str(), "à" | "au" | "en" | "chez") || at.breaks() {
        return unnamed;
    }
    // (`au parquet de Bobigny`: `au` is the article; `à la préfecture`.)
    let phrase = if at.lower == "au" { after } else { rest };
    if let Some(text) = body_names::opening(phrase) {
        return Who::Name { text, org: true };
    }
    let head = rest
        .iter()
        .take(2)
        .map(|t| elided_noun(&t.lower).unwrap_or(&t.lower))
        .find(|w| !is_definite(w));
    match head.filter(|w| is_org_word(w)) {
        Some(head) => Who::Role {
            definite: true,
            head: head.to_string(),
        },
        None => unnamed,
    }
}

/// The noun after a French elided article (`l'entreprise` → `entreprise`).
pub fn elided_noun(lower: &str) -> Option<&str> {
    ["l’", "l'"]
        .iter()
        .find_map(|a| lower.strip_prefix(a))
        .filter(|noun| !noun.is_empty())
}

/// Words that open a role's complement (`minister of`, `ministre de`, `Vorsitzende der`).
fn is_complement(w: &str) -> bool {
    {
        static WORDS: WordSet = WordSet::new("of de du des del der di della");
        WORDS.contains(w)
    }
}

/// How many words a role's complement may take (`of the interior`, `de la République`).
const COMPLEMENT_WORDS: usize = 5;

/// `selon le ministère des Affaires étrangères`, `le parquet de Paris`: a lowercase body word
/// (French and Spanish write it so), its complement and a capitalised name make one body,
/// with an adjective agreeing with the name's last word (`Affaires étrangères`).
fn body_with_complement(toks: &[Tok]) -> Option<Who> {
    let [det, head, of, rest @ ..] = toks else {
        return None;
    };
    let named = is_definite(&det.lower)
        && !head.cap
        && is_org_word(&head.lower)
        && is_complement(&of.lower)
        && !head.breaks()
        && !of.breaks();
    // `de la Santé`, `de l'Intérieur`: an article may follow the complement word.
    let skip = usize::from(
        rest.first()
            .is_some_and(|t| !t.cap && is_definite(&t.lower)),
    );
    // (`l’Intérieur`: an elided article before the capital.)
    let first = rest
        .get(skip)
        // (`la préfecture de police`: the complement a body word too.)
        .filter(|t| {
            (t.cap || after_elided_article(t.word).is_some() || is_org_word(&t.lower)) && named
        })?;
    let mut words = vec![head.word, of.word];
    words.extend(rest[..skip].iter().map(|t| t.word));
    words.push(first.word);
    let mut last = first;
    for t in &rest[skip + 1..] {
        if last.breaks() {
            break;
        }
        // (An adjective's ending: not `la préfecture du Finistère rappelle`.)
        let agrees = !t.cap
            && body_names::is_adjective(&t.lower)
            && t.lower.chars().next_back() == last.lower.chars().next_back();
        if !(t.cap || agrees) {
            break;
        }
        words.push(t.word);
        last = t;
    }
    Some(Who::Name {
        text: words.join(" "),
        org: true,
    })
}

/// `le ministre de l'Intérieur Gérald Darmanin`: a lowercase role, its complement, a name.
fn role_then_name(toks: &[Tok]) -> Option<Who> {
    let c = toks.iter().take(4).position(|t| is_complement(&t.lower))?;
    // (Not after a name's comma: `says Jon Wallis, head of China Outbound at Grant Thornton`
    // is Jon Wallis, not a name after the complement.)
    let apposition = toks[..c].iter().any(|t| t.breaks());
    (c > 0 && !toks[c - 1].cap && !apposition)
        .then(|| name_after_complement(&toks[c..]))
        .flatten()
}

/// `le ministre de l'Intérieur Gérald Darmanin`, `el ministro de Economía Carlos Cuerpo`,
/// `the minister of the interior, Gérald Darmanin`: after a role and its `of` complement,
/// the name that opens with a given name.
fn name_after_complement(rest: &[Tok]) -> Option<Who> {
    let (of, _) = rest.split_first()?;
    if !is_complement(&of.lower) || of.breaks() {
        return None;
    }
    // (Any two capitalised words after the complement's comma: `el alcalde de Vigo, Abel
    // Caballero`.)
    let k = (1..rest.len().min(COMPLEMENT_WORDS + 2))
        .find(|&k| {
            rest[k].cap
                && (first_names::gender(rest[k].word).is_some() || rest[k - 1].after == Some(','))
                && rest.get(k + 1).is_some_and(|t| t.cap)
        })
        .or_else(|| name_start_by_shape(rest))?;
    // (Only the last word of the complement may end in a comma, and a relative clause is no
    // complement: `una portavoz del departamento que dirige Ana Mato` is not Ana Mato.)
    if rest[1..k].iter().rev().skip(1).any(|t| t.breaks())
        || rest[1..k].iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "que" | "qui" | "who" | "which" | "that" | "dont"
            )
        })
    {
        return None;
    }
    let name = &rest[k..];
    match clean(&name[..phrase_end(name)]) {
        Some(who @ Who::Name { org: false, .. }) => Some(who),
        _ => None,
    }
}

/// Where the name starts after a role's complement `rest` when no given name says so:
/// after lowercase words, the first two capitals (`l'avocat du plaignant Jean Dupont`);
/// after an article, one capitalised word names the field and two more the person (`la
/// ministre de la Culture Rima Abdul Malak`, `le patron du Medef Geoffroy Roux de Bézieux`).
fn name_start_by_shape(rest: &[Tok]) -> Option<usize> {
    // (French, Spanish and Italian: English `of the Global Information and Early Warning
    // System Henri Josserand` names a body in many capitals.)
    if !matches!(
        rest.first()?.lower.as_str(),
        "de" | "du" | "des" | "del" | "della" | "di"
    ) {
        return None;
    }
    let j = (1..rest.len().min(COMPLEMENT_WORDS + 1)).find(|&j| rest[j].cap)?;
    let cap = |k: usize| rest.get(k).is_some_and(|t| t.cap && !t.breaks());
    let between = &rest[1..j];
    if between
        .iter()
        .any(|t| t.breaks() || !t.lower.chars().all(char::is_alphabetic))
    {
        return None;
    }
    let with_article = matches!(rest[0].lower.as_str(), "du" | "des" | "del" | "della")
        || between
            .iter()
            .all(|t| matches!(t.lower.as_str(), "la" | "le" | "les"));
    if with_article
        && !between
            .iter()
            .any(|t| is_description_noun(t) && t.lower.len() > 3)
    {
        (cap(j) && cap(j + 1) && rest.get(j + 2).is_some_and(|t| t.cap)).then_some(j + 1)
    } else if !between.is_empty() {
        (cap(j) && rest.get(j + 1).is_some_and(|t| t.cap)).then_some(j)
    } else {
        None
    }
}

/// Jobs that journalists write bare before a name (`novelist Andrea Levy`, `developer Valve`).
/// A word with a person-noun ending (`prosecutor`, `firefighter`, `economist`, `historian`; French
/// `syndicaliste`, `sexagénaire`).
pub fn is_agent_noun(w: &str) -> bool {
    w.chars().count() > 5
        && ["er", "or", "ist", "ian", "ant", "iste", "génaire"]
            .iter()
            .any(|s| w.ends_with(s))
        || is_german_feminine_agent(w)
}

/// German women's job nouns (`Wissenschaftlerin`, `Direktorin`, `Journalistin`, `Präsidentin`).
pub fn is_german_feminine_agent(w: &str) -> bool {
    w.chars().count() > 6
        && [
            "erin", "orin", "istin", "antin", "entin", "pertin", "ärztin", "wältin", "chefin",
            "beamtin", "änin", "omin", "egin", "atin", "ätin", "otin", "ützin", "ogin",
        ]
        .iter()
        .any(|s| w.ends_with(s))
}

/// German nouns for people that [`is_agent_noun`] misses (`der Anwalt`, `der Sozialdemokrat`,
/// `die Vorsitzende`, `der 58-Jährige`): for German text only.
pub fn is_german_person_noun(w: &str) -> bool {
    [
        "mann",
        "experte",
        "ökonom",
        "anwalt",
        "chef",
        "krat",
        "kandidat",
        "soldat",
        "diplomat",
        "kollege",
        "präsident",
        "vorsitzende",
        "angeklagte",
        "abgeordnete",
        "beschuldigte",
        "jährige",
        "loge",
    ]
    .iter()
    .any(|s| w.ends_with(s))
}

/// A preposition that ties someone to where they work (`Jim Hall with the NYPD`).
fn is_affiliation(w: &str) -> bool {
    matches!(w, "with" | "at" | "of" | "for" | "from")
}

/// Titles joined by hyphens: `attorney-general`, `secretary-general`.
fn is_title_compound(w: &str) -> bool {
    // (`gov.-elect`, `president-elect`: a title about to be held.)
    w.contains('-') && w.split('-').all(|p| is_title(p) || p == "elect")
}

/// `H.R.`, `J.K.`: single letters, each with its dot.
fn is_initials(w: &str) -> bool {
    w.len() >= 4
        && w.split_terminator('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
}

/// `Prosecutor`, `Firefighter`, `Attorney-General` before a known given name: a person noun (by
/// its ending, or titles joined by hyphens) that is not itself a given name.
fn job_before_given_name(w: &str, next: Option<&str>) -> bool {
    (is_agent_noun(w) || is_title_compound(w))
        && first_names::gender(w).is_none()
        && next.and_then(first_names::gender).is_some()
}

/// Job words written before a name ([`is_job_label`]).
static JOB_LABELS: WordSet = WordSet::new(concat!(
    "developer publisher novelist author writer actor actress singer rapper musician ",
    "producer comedian presenter designer artist poet economist analyst scientist researcher ",
    "lawyer attorney counsel activist historian journalist photographer chef architect ",
    "entrepreneur ",
    "investor filmmaker playwright broadcaster retailer carmaker automaker chipmaker ",
    // Positions in a team, in a hospital, in a college and in a party (`Quarterback Jalen
    // Hurts`, `Nurse Jane Holloway`, `Republican Liz Cheney`).
    "quarterback linebacker receiver guard forward midfielder nurse surgeon paramedic agent ",
    "trustee provost democrat republican patrolman patrolwoman model billionaire ",
    // What someone is to the story (`Witness Jane Holloway`, `Resident Tom Burke`).
    "resident student witness victim survivor widow widower fan voter ",
    // German, French and Spanish (`Youtuber Rezo`, `Moderatorin Anne Will`).
    "youtuber youtuberin influencer influencerin moderator moderatorin regisseur regisseurin ",
    "autor autorin schriftsteller schriftstellerin sänger sängerin schauspieler ",
    "schauspielerin kolumnist kolumnistin journalistin bloggerin blogger rapperin künstler ",
    "künstlerin unternehmer unternehmerin ",
));

fn is_job_label(w: &str) -> bool {
    JOB_LABELS.contains(w)
}

/// Someone who speaks for a body, so that the body is the speaker.
pub fn is_spokesperson(w: &str) -> bool {
    matches!(
        w,
        "spokesman" | "spokeswoman" | "spokesperson" | "spokespeople" | "representative"
    )
}

/// German document nouns, for `is_german_document`.
static GERMAN_DOCUMENTS: WordSet = WordSet::new(concat!(
    "begründung urteilsbegründung mitteilung pressemitteilung erklärung stellungnahme urteil ",
    "beschluss entscheidung bericht schreiben antwort abmahnung klageschrift verfügung ",
    "anklageschrift gutachten studie protokoll ",
));

/// German nouns for a body's written word: `Begründung`, `Mitteilung`, `Urteil`.
pub fn is_german_document(w: &str) -> bool {
    GERMAN_DOCUMENTS.contains(w)
}

/// Documents that speak for their authors (`a report from X`, `a statement by X`).
pub fn is_document(w: &str) -> bool {
    DOCUMENTS.contains(w)
}

/// The nouns [`is_document`] lists.
#[rustfmt::skip]
static DOCUMENTS: WordSet = WordSet::new(concat!(
    "report statement note study letter memo release filing analysis survey review audit ",
    "lawsuit complaint notice order reply email message caption tweet post entry column ",
    "essay affidavit communiqué rapport comunicado informe ",
));

/// A lowercase word that continues a noun phrase (`champion`), not an adverb or a preposition.
fn is_description_noun(t: &Tok) -> bool {
    !t.cap
        && !is_stopword(&t.lower)
        && !is_calendar(&t.lower)
        && !ROMANCE_TIME.contains(&t.lower)
        && !is_introductory(&t.lower)
        && !t.lower.ends_with("ly")
        && t.lower.chars().all(|c| c.is_alphabetic() || c == '-')
}

/// How many tokens from the start form a noun phrase.
/// `(to) the United Nations Nikki Haley`: capitalised words (and `the`), unbroken, up to a
/// given name that is followed by one more capitalised word.
fn given_name_ahead(toks: &[Tok]) -> bool {
    for (j, t) in toks.iter().enumerate().take(6) {
        if !(t.cap || t.lower == "the") {
            return false;
        }
        if j > 0
            && first_names::gender(&t.lower).is_some()
            && toks.get(j + 1).is_some_and(|n| n.cap)
        {
            return true;
        }
        if t.breaks() {
            return false;
        }
    }
    false
}

fn phrase_end(toks: &[Tok]) -> usize {
    let mut i = 0;
    let mut seen_cap = false;
    while i < toks.len() {
        let t = &toks[i];
        // A parenthesis after a name is not part of it: `Brian Babin (R-TX)`.
        if i > 0 && matches!(t.before, Some('(' | '[')) {
            break;
        }
        // `the victim’s mother`: the owned noun after a possessive belongs to the phrase.
        let owned = i > 0 && toks[i - 1].possessive && is_description_noun(t);
        // `Ernst and Young’s Sanjay Mehta`: `and` inside an owner's name.
        let and_owner = matches!(t.lower.as_str(), "and" | "&")
            && seen_cap
            && toks.get(i + 1).is_some_and(|n| n.cap && n.possessive);
        // `le juge en chef Rossiter`, `le rédacteur en chef`: a French title in three words.
        let word = |k: usize| toks.get(k).map(|t| t.lower.as_str());
        let in_chief = !t.cap
            && ((word(i + 1) == Some("en") && word(i + 2) == Some("chef"))
                || (t.lower == "en" && word(i + 1) == Some("chef"))
                || (t.lower == "chef" && i > 0 && word(i - 1) == Some("en")));
        // `Ambassador to the United Nations Nikki Haley`: a title's place after `to`.
        let title_to = !t.cap
            && ((t.lower == "to" && i > 0 && is_title(&toks[i - 1].lower))
                || (t.lower == "the" && word(i.wrapping_sub(1)) == Some("to")))
            && given_name_ahead(&toks[i + 1..]);
        let ok = t.cap
            || owned
            || and_owner
            || in_chief
            || title_to
            || joins_name(&toks[..i], &toks[i..], seen_cap)
            || (i == 0 && is_determiner(&t.lower))
            // `said retired Gen. Michael Flynn`: how long the title is held, before it.
            || (i == 0
                && matches!(t.lower.as_str(), "retired" | "outgoing" | "incoming" | "interim")
                && toks.get(1).is_some_and(|n| is_title(&n.lower)))
            || is_title(&t.lower)
            || (t.possessive && !is_stopword(&t.lower))
            || bridges_to_name(&toks[i..]);
        if !ok {
            break;
        }
        seen_cap |= t.cap;
        i += 1;
        if t.breaks() {
            break;
        }
    }
    i
}

/// A short run of lowercase descriptive words before a name:
/// `NASA administrator Jim Bridenstine`, `Ubisoft senior vp Chris Early`.
fn bridges_to_name(toks: &[Tok]) -> bool {
    for (k, t) in toks.iter().enumerate().take(4) {
        if t.cap {
            return k > 0;
        }
        // `Snopes fact checker and staff writer David Emery`: two roles joined by `and`.
        if t.lower == "and" && k > 0 && !t.breaks() {
            continue;
        }
        // `43-year-old Martin Taylor` bridges too; a verb does not (`Benioff introduced Cook`),
        // nor a reporting verb or a conjunction (`Mr Templeton says if Lockett does …`).
        let verb_like = t.lower.chars().count() > 4 && t.lower.ends_with("ed")
            || super::cues::is_verb(&t.lower)
            || is_introductory(&t.lower)
            || present_verb_before_name(toks, k);
        if is_stopword(&t.lower) || pronoun(&t.lower).is_some() || t.breaks() || verb_like {
            return false;
        }
    }
    false
}

/// `Philip Hensher faults American novels`: a lowercase word in `-s` right before a capital is
/// a verb in the present, not a role (roles before a name are singular: `administrator`).
fn present_verb_before_name(toks: &[Tok], k: usize) -> bool {
    let w = &toks[k].lower;
    w.chars().count() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && toks.get(k + 1).is_some_and(|n| n.cap)
}

/// Whether token `i` opens a sentence (or a quotation): the first word, or one after `.` `!` `?` `:`
/// or an opening quote mark. `Dr.` keeps its dot in the word, so it never ends a sentence here.
fn opens_sentence(toks: &[Tok], i: usize) -> bool {
    i == 0
        || matches!(toks[i - 1].after, Some('.' | '!' | '?' | ':' | '…'))
        || matches!(
            toks[i].before,
            Some('“' | '"' | '‘' | '\'' | '«' | '„' | '»' | '(')
        )
}

/// A word that reads like an adverb or a gerund (`Barely`, `Hosting`), not a name.
fn is_adverb_like(w: &str) -> bool {
    w.chars().count() > 5 && (w.ends_with("ly") || w.ends_with("ing"))
}

/// `two` … `ten` in English, German, French and Spanish.
fn is_number_word(w: &str) -> bool {
    is_german_number(w) || {
        static WORDS: WordSet = WordSet::new(
            "
                two three four five six seven eight nine ten deux trois quatre cinq dos tres
                cuatro cinco
            ",
        );
        WORDS.contains(w)
    }
}

/// `vor fünf Jahren`: after a German number word comes a noun.
fn is_german_number(w: &str) -> bool {
    {
        static WORDS: WordSet =
            WordSet::new("zwei drei vier fünf sechs sieben acht neun zehn zwölf");
        WORDS.contains(w)
    }
}

/// Whether all of `toks` form one name or pronoun (`Merkel:` after `sagte`).
pub fn fills(toks: &[Tok]) -> bool {
    // (`schreibt der Journalist Stefan Niggemeier:`: an article may open the name.)
    let article = toks.len() > 1 && is_definite(&toks[0].lower) && toks[1].cap;
    !toks.is_empty()
        && (toks[0].cap || pronoun(&toks[0].lower).is_some() || article)
        && (phrase_end(toks) == toks.len()
            || (toks.len() == 1 && pronoun(&toks[0].lower).is_some()))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn name(who: Option<Who>) -> String {
        match who {
            Some(Who::Name { text, .. }) => text,
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn titles_are_stripped_from_people() {
        // `Russian Deputy Foreign Minister Andrey Rudenko` → Andrey Rudenko.
        assert_eq!(
            name(subject_after(&tokenize(
                "Russian Deputy Foreign Minister Andrey Rudenko."
            ))),
            "Andrey Rudenko"
        );
        assert_eq!(
            name(subject_before(&tokenize(
                "During a meeting in October, Ukrainian President Volodomir Zelenskyy"
            ))),
            "Volodomir Zelenskyy"
        );
    }

    #[test]
    fn possessive_owner_is_dropped() {
        // `the Quincy Institute’s Mark Episkopos` → Mark Episkopos.
        assert_eq!(
            name(subject_after(&tokenize(
                "the Quincy Institute’s Mark Episkopos."
            ))),
            "Mark Episkopos"
        );
    }

    #[test]
    fn organisations_keep_their_words_without_the() {
        // `The Russian Defense Ministry said` → Russian Defense Ministry (Defense is not a title here).
        assert_eq!(
            name(subject_before(&tokenize("The Russian Defense Ministry"))),
            "Russian Defense Ministry"
        );
    }

    #[test]
    fn appositions_are_skipped() {
        // `Jeffery Lewis, a nuclear expert at the Middlebury Institute, said` → Jeffery Lewis.
        assert_eq!(
            name(subject_before(&tokenize(
                "Jeffery Lewis, a nuclear expert at the Middlebury Institute,"
            ))),
            "Jeffery Lewis"
        );
        // `said Andrey Rudenko, Russia's deputy foreign minister` → Andrey Rudenko.
        assert_eq!(
            name(subject_after(&tokenize(
                "Andrey Rudenko, Russia's deputy foreign minister."
            ))),
            "Andrey Rudenko"
        );
        // `said the company's chief executive, John Smith` → John Smith.
        assert_eq!(
            name(subject_after(&tokenize(
                "the company's chief executive, John Smith."
            ))),
            "John Smith"
        );
    }

    #[test]
    fn place_after_title_is_not_the_name() {
        // `U.S. special envoy for Yemen Tim Lenderking` → Tim Lenderking.
        assert_eq!(
            name(subject_after(&tokenize(
                "U.S. special envoy for Yemen Tim Lenderking."
            ))),
            "Tim Lenderking"
        );
    }

    #[test]
    fn pronouns_roles_and_descriptions() {
        assert_eq!(
            subject_before(&tokenize("He")),
            Some(Who::Pronoun {
                group: false,
                female: Some(false)
            })
        );
        assert_eq!(
            subject_after(&tokenize("er.")),
            Some(Who::Pronoun {
                group: false,
                female: Some(false)
            })
        );
        assert_eq!(
            subject_before(&tokenize("the minister")),
            Some(Who::Role {
                definite: true,
                head: "minister".into()
            })
        );
        assert_eq!(
            subject_before(&tokenize("In a statement, the ministry")),
            Some(Who::Desc {
                head: "ministry".into(),
                definite: true
            })
        );
    }

    #[test]
    fn surnames_and_short_names_expand() {
        let mut all = Vec::new();
        let t = "Analyst Mark Episkopos and the New York Times agree. The Financial Times.";
        mentions(t, &tokenize(t), 0, &Casing::default(), &mut all);
        let all = Mentions::new(all);
        assert_eq!(all.fullest("Episkopos", false, 1), "Mark Episkopos");
        assert_eq!(all.fullest("Times", true, 1), "Financial Times");
        assert_eq!(all.fullest("FT", true, 1), "Financial Times");
        assert_eq!(all.fullest("Smith", false, 1), "Smith");
    }

    #[test]
    fn a_french_word_after_a_lowercase_article_is_no_person() {
        // Synthetic Swiss and Belgian pages (set Y–AB): `Sous la Coupole fédérale`, `à la Région`.
        let t = "Sous la Coupole fédérale, les élus et les experts débattent. Les maires écrivent \
                 à la Région et Léa Perrenoud parle.";
        let toks = tokenize(t);
        let mut casing = Casing::default();
        casing.add(&toks);
        let mut all = Vec::new();
        mentions(t, &toks, 0, &casing, &mut all);
        let org = |w: &str| all.iter().find(|m| m.words == [w]).map(|m| m.org);
        assert_eq!(org("Coupole"), Some(true));
        assert_eq!(org("Région"), Some(true));
        assert!(
            all.iter()
                .any(|m| m.words == ["Léa", "Perrenoud"] && !m.org)
        );
    }
}
