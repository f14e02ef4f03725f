//! Who the article names, and the fullest name it gives each: `Episkopos` → Mark Episkopos,
//! `the Times` → New York Times.
//!
//! Input: the article text and its paragraphs. Output: [`Mention`]s and the [`Mentions`] index
//! the speaker lookups use.

use super::*;
use crate::wordset::WordSet;

/// A capitalised name mentioned somewhere in the article.
#[derive(Debug, Clone)]
pub struct Mention {
    /// Gender from an honorific right before the name (`Ms Hewitt`), if any.
    pub female: Option<bool>,
    pub paragraph: usize,
    /// Byte offset in the text.
    pub pos: usize,
    pub words: Vec<String>,
    pub org: bool,
    /// Introduced as someone's relative (`Her mother, Agnes Halloran`): not whom the surname
    /// alone means when another bearer was named ([`Mentions::fullest`]).
    pub kin: bool,
    /// The acronym written after it in parentheses (`Office fédéral de l'environnement
    /// (OFEV)`), which stands for it ([`super::acronyms`]).
    pub acronym: Option<String>,
    /// A body's name read further than the runs of capitals read it: before its acronym, or
    /// with French lowercase words (`Cour des comptes`); `Cour` alone may mean it.
    pub written_out: bool,
    /// Read in a title-case headline: kept only when the story names the person by the last
    /// word alone ([`keep_headline_names`]).
    pub headline: bool,
}

/// All capitalised names in a paragraph (runs of capitalised words and
/// connectors, broken by punctuation and possessives), titles stripped.
/// `Day-by-day`, `Trump-appointed`, `Long-term`: a capitalised compound whose later parts
/// are lowercase is a common word, not (part of) a name (`Jean-Pierre`, `Al-Assad` are).
fn lowercase_compound(word: &str) -> bool {
    let mut tail = word.split('-').skip(1).peekable();
    tail.peek().is_some() && tail.all(|part| part.starts_with(char::is_lowercase))
}

/// `Mercer Island-based`, `Kremlin-backed`: a compound adjective ends the name before it
/// (`Lee Jae-myung`'s lowercase part is a given name, not one of these).
fn adjective_compound(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(_, last)| {
        static WORDS: WordSet = WordSet::new(
            "
                based led backed owned born run funded appointed controlled linked allied
                affiliated style era
            ",
        );
        WORDS.contains(last)
    })
}

/// A word written in capitals on a line in capitals (`THE INTERNET ISN'T AN INDIVIDUAL
/// PURSUIT`, a pull quote): no name can be told from the words around it.
fn in_shouted_line(text: &str, t: &Tok) -> bool {
    if t.word.chars().any(char::is_lowercase) || t.word.chars().count() < 2 {
        return false;
    }
    // (Within 200 bytes either side: a page in capitals on one huge line stays linear.)
    let at = t.offset_in(text);
    let from = crate::quotes::char_boundary(text, at.saturating_sub(200));
    let to = crate::quotes::char_boundary(text, (at + 200).min(text.len()));
    let start = text[from..at].rfind('\n').map_or(from, |i| from + i + 1);
    let end = text[at..to].find('\n').map_or(to, |i| at + i);
    crate::quotes::is_shouted(&text[start..end])
}

pub fn mentions(
    text: &str,
    toks: &[Tok],
    paragraph: usize,
    casing: &Casing,
    out: &mut Vec<Mention>,
) {
    // `Dane Whitcombe Would Like to Order the Fish`: a title-case headline names no one
    // reliably (where would the name end?); the article names them again. Only two capitalised
    // words between lowercase ones or punctuation are a name there (`Caitlyn Jenner to Trump:
    // 'This is a disaster'`, when the story calls her only `Jenner`).
    let headline = is_title_case(text, toks);
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].cap || lowercase_compound(toks[i].word) || in_shouted_line(text, &toks[i]) {
            i += 1;
            continue;
        }
        // `Hosting Cook at Dreamforce`: a common word opening the sentence is not part of the name.
        if opens_sentence(toks, i)
            && toks.get(i + 1).is_some_and(|n| n.cap && !toks[i].breaks())
            && casing.is_common_opener(&toks[i].lower)
        {
            i += 1;
        }
        // `ambassador to Britain Liu Xiaming`: the place after a title and `to` is not the name.
        let after_title_to = i >= 2
            && matches!(toks[i - 1].lower.as_str(), "to" | "for" | "in")
            && is_title(&toks[i - 2].lower)
            && toks.get(i + 2).is_some_and(|t| t.cap)
            && !toks[i].breaks()
            && !toks[i + 1].breaks();
        if after_title_to {
            i += 1;
        }
        let start = i;
        while i < toks.len() {
            let t = &toks[i];
            let joins = i > start && joins_name(&toks[start..i], &toks[i..], true);
            if !(t.cap || joins)
                || (i > start && adjective_compound(t.word))
                || (i > start && (t.before.is_some() || is_calendar(&t.lower)))
            {
                break;
            }
            i += 1;
            if t.breaks() || t.possessive {
                break;
            }
        }
        // `Joe “Morning Joe” Scarborough`: a nickname in quotes inside a name.
        if let Some(end) = (i > start).then(|| nickname_end(toks, i - 1)).flatten() {
            let first = &toks[i - 1];
            out.push(Mention {
                female: gender_of(&first.lower),
                paragraph,
                pos: first.offset_in(text),
                words: vec![first.word.to_string(), toks[end].word.to_string()],
                org: false,
                kin: false,
                acronym: None,
                written_out: false,
                headline,
            });
            i = end + 1;
            continue;
        }
        // `masquerading as a Go-Kart Track`: a name after `a`/`an` is a kind of thing, not a person.
        // (Not in Spanish or French, where `a` is `to` or `has`: `Que se lo digan a Salvador G.
        // Tena`; nor in German, where `an` is `to`: `ein Brief an Olaf Scholz`.)
        let after_article = start > 0
            && matches!(toks[start - 1].lower.as_str(), "a" | "an")
            && !casing.is_romance()
            && !casing.is_german();
        // `Anthony Wallace / AFP - Getty Images`: a photographer's credit under a picture names
        // no one in the story.
        let credit = i > start && {
            let end = toks[i - 1].offset_in(text) + toks[i - 1].word.len();
            text.get(end..)
                .is_some_and(|rest| rest.trim_start_matches([' ', ')']).starts_with('/'))
        };
        if credit {
            continue;
        }
        if headline && !bounded_pair(toks, start, i) {
            if i == start {
                i += 1;
            }
            continue;
        }
        let start = start
            + match place_before_person(&toks[start..i]) {
                0 => place_after_particle(toks, start, i),
                place => place,
            };
        let name = match clean(&toks[start..i]) {
            Some(Who::Name { text, org: false }) => casing
                .person_in(&text)
                .map(|text| Who::Name { text, org: false }),
            other => other,
        };
        if let Some(Who::Name { text: name, org }) = name {
            // Where the name itself starts, past the words `clean` took off (`N.M. - Sen.`).
            let first = name.split(' ').next().unwrap_or("");
            let found = toks[start..i]
                .iter()
                .position(|t| t.word == first)
                .map(|k| start + k);
            // `Sous la Coupole fédérale`, `à la Région`: in French or Spanish, one capitalised
            // word after a lowercase article is a place or a body (a person is named without one).
            let romance_article = casing.is_romance()
                && !name.contains(' ')
                && found.is_some_and(|k| {
                    k > 0
                        && !toks[k - 1].cap
                        && matches!(
                            toks[k - 1].lower.as_str(),
                            "la" | "le" | "les" | "du" | "au" | "aux"
                        )
                });
            let org = org
                || after_article
                || romance_article
                || a_title(toks, start, i)
                || team_name(toks, start, i, &name)
                || saints_place(&toks[start..i]);
            let mut at = found.map_or(&toks[start], |k| &toks[k]);
            let mut words: Vec<String> = name.split(' ').map(String::from).collect();
            without_genitive(&mut words, &text[..at.offset_in(text)]);
            if let Some(owner) = country_owner(toks, start, org, &words) {
                let end = owner.offset_in(text) + owner.word.len();
                let mark = if text[end..].starts_with('’') {
                    "’s"
                } else {
                    "'s"
                };
                words.insert(0, format!("{}{mark}", owner.word));
                at = owner;
            }
            out.push(Mention {
                female: gender_of(&toks[start].lower),
                paragraph,
                pos: at.offset_in(text),
                words,
                org,
                kin: start > 0 && is_kin(&toks[start - 1].lower),
                acronym: None,
                written_out: false,
                headline,
            });
        }
        if i == start {
            i += 1;
        }
    }
}

/// `Russia's Defense Ministry`, `Japan's Foreign Ministry`: a body owned by a country is
/// named with it (the fullest name the article gives); the owner's token, if so.
fn country_owner<'t>(
    toks: &'t [Tok],
    start: usize,
    org: bool,
    words: &[String],
) -> Option<&'t Tok<'t>> {
    let owner = toks.get(start.checked_sub(1)?)?;
    if !(org && owner.cap && owner.possessive && is_country(&owner.lower)) {
        return None;
    }
    is_org_word(&words.last()?.to_lowercase()).then_some(owner)
}

/// Whether `toks[start..end]` are two capitalised words with no capitalised word right
/// before or after them (a name a title-case headline still shows).
fn bounded_pair(toks: &[Tok], start: usize, end: usize) -> bool {
    let open = start == 0 || !toks[start - 1].cap || toks[start - 1].breaks();
    let closed = end == toks.len() || !toks[end].cap || toks[end - 1].breaks();
    end == start + 2 && open && closed && !toks[start].breaks()
}

/// `des Verbands Deutscher Maschinen- und Anlagenbau`: a German body's head word after `des`
/// or `eines` (the `before` text ends with it) loses its genitive ending (`Verband …`), so
/// later mentions find the same name.
fn without_genitive(words: &mut [String], before: &str) {
    let genitive = before.ends_with("des ") || before.ends_with("eines ");
    let Some(head) = words.first_mut().filter(|_| genitive) else {
        return;
    };
    let stem = head.strip_suffix("es").or_else(|| head.strip_suffix('s'));
    if let Some(stem) = stem.filter(|stem| is_org_word(&stem.to_lowercase())) {
        *head = stem.to_string();
    }
}

/// Names written out before a parenthesised acronym in the paragraph `text[a..b]`
/// ([`super::acronyms`]). The run of capitals that reads the same words gets the acronym;
/// another long form (`Office fédéral de l'environnement`, cut to `Office` by the run) is a
/// mention of its own, in text order among the paragraph's `out[first..]`.
pub fn long_form_mentions(
    text: &str,
    (a, b): (usize, usize),
    paragraph: usize,
    first: usize,
    out: &mut Vec<Mention>,
) {
    for mut form in super::acronyms::long_forms(&text[a..b]) {
        let pos = a + form.pos;
        without_genitive(&mut form.words, &text[..pos]);
        let same = out[first..]
            .iter_mut()
            .find(|m| m.pos == pos && m.words == form.words);
        if let Some(m) = same {
            m.acronym = Some(form.acronym);
            continue;
        }
        let mut body = Mention::body(paragraph, pos, form.words);
        body.acronym = Some(form.acronym);
        body.written_out = true;
        insert_in_order(out, first, body);
    }
}

/// Bodies' names with their lowercase words in the paragraph `toks` (of `text`), French or
/// `german` ([`super::body_names`]), added to the paragraph's `out[first..]` in text order unless a
/// run of capitals read the same words.
pub fn body_name_mentions(
    text: &str,
    german: bool,
    toks: &[Tok],
    paragraph: usize,
    first: usize,
    out: &mut Vec<Mention>,
) {
    let bodies = if german {
        super::body_names::german_bodies(toks)
    } else {
        super::body_names::french_bodies(toks)
    };
    for (head, words) in bodies {
        let t = &toks[head];
        // (`l'Office`: the name starts after the elided article.)
        let pos = t.offset_in(text) + t.word.len() - words[0].len();
        // (Not again where a run or a long form before an acronym read it: `L'Agence régionale
        // de santé (ARS) de Bretagne`.)
        if out[first..]
            .iter()
            .any(|m| m.pos == pos && (m.words == words || m.written_out))
        {
            continue;
        }
        let mut body = Mention::body(paragraph, pos, words);
        body.written_out = true;
        insert_in_order(out, first, body);
    }
}

/// Puts `m` among the paragraph's mentions `out[first..]`, in text order, after any at the same
/// offset. (An insertion rather than a sort: a sort's code for mentions is kilobytes of wasm.)
fn insert_in_order(out: &mut Vec<Mention>, first: usize, m: Mention) {
    let at = first + out[first..].partition_point(|n| n.pos <= m.pos);
    out.insert(at, m);
}

impl Mention {
    /// A body's name at byte `pos`.
    fn body(paragraph: usize, pos: usize, words: Vec<String>) -> Self {
        Mention {
            female: None,
            paragraph,
            pos,
            words,
            org: true,
            kin: false,
            acronym: None,
            written_out: false,
            headline: false,
        }
    }
}

/// `Caitlyn Jenner to Trump: 'This is a disaster'` … `Jenner said`: a name read in a headline
/// stays only when the story writes its last word alone as a name somewhere; other capitalised
/// pairs of a headline (`Tessellate Raises $140M`) are dropped.
pub fn keep_headline_names(all: &mut Vec<Mention>) {
    let alone: HashSet<String> = all
        .iter()
        .filter(|m| !m.headline && m.words.len() == 1)
        .map(|m| m.words[0].clone())
        .collect();
    all.retain(|m| !m.headline || m.words.last().is_some_and(|w| alone.contains(w)));
}

/// `the Kessler County State's Attorney's Office`, `the Elkhart County Sheriff's Department`:
/// capitals through possessive common nouns to a body word name one body, written with its
/// possessives (the runs in [`mentions`] stop at each). Added to the paragraph's `out[first..]`
/// in text order.
pub fn possessive_bodies(
    text: &str,
    toks: &[Tok],
    paragraph: usize,
    first: usize,
    out: &mut Vec<Mention>,
) {
    let mut j = 0;
    while j < toks.len() {
        let Some((start, end)) = possessive_body_end(toks, j).map(|end| (body_start(toks, j), end))
        else {
            j += 1;
            continue;
        };
        let (a, b) = (toks[start].offset_in(text), toks[end].offset_in(text));
        let name = &text[a..b + toks[end].word.len()];
        let words = name.split_whitespace().map(String::from).collect();
        insert_in_order(out, first, Mention::body(paragraph, a, words));
        j = end + 1;
    }
}

/// `A spokesperson for the Kessler County State's Attorney's Office said`: the body named
/// through possessives that `toks` (a slice of `text`) open with, after an article.
pub fn possessive_body_opening(text: &str, toks: &[Tok]) -> Option<String> {
    let skip = usize::from(toks.first().is_some_and(|t| is_definite(&t.lower)));
    let j = (skip..toks.len().min(skip + 4)).find(|&j| toks[j].possessive)?;
    let end = possessive_body_end(toks, j).filter(|_| body_start(toks, j) == skip)?;
    let (a, b) = (toks[skip].offset_in(text), toks[end].offset_in(text));
    text.get(a..b + toks[end].word.len()).map(String::from)
}

/// Where a name through possessives starts, back from its first possessive `toks[j]` over
/// the capitals before it (`Kessler County`), not an article opening the sentence, nor a
/// name's own possessive (`Russia's`).
fn body_start(toks: &[Tok], j: usize) -> usize {
    let mut start = j;
    while start > 0 && {
        let t = &toks[start - 1];
        t.cap && !t.breaks() && !t.possessive && !is_definite(&t.lower) && t.lower != "a"
    } {
        start -= 1;
    }
    start
}

/// The index of the body word that ends a name whose possessive common noun is `toks[j]`
/// (`State's` … `Office`), if there is one within three words.
fn possessive_body_end(toks: &[Tok], j: usize) -> Option<usize> {
    let common_owner = |t: &Tok| {
        t.cap && t.possessive && !t.breaks() && (is_title(&t.lower) || is_group_noun(&t.lower))
    };
    if !common_owner(&toks[j]) {
        return None;
    }
    let mut k = j + 1;
    while k < toks.len() && k <= j + 3 && toks[k].cap {
        let t = &toks[k];
        if !t.possessive && is_org_word(&t.lower) {
            return Some(k);
        }
        if t.breaks() || (t.possessive && !common_owner(t)) {
            return None;
        }
        k += 1;
    }
    None
}

/// Common nouns that own a body's name in the possessive (`State's Attorney's Office`,
/// `Children's Hospital`, `Supporters' Trust`).
fn is_group_noun(w: &str) -> bool {
    GROUP_NOUNS.contains(w)
}

static GROUP_NOUNS: WordSet = WordSet::new(concat!(
    "state county people children women men veterans workers supporters citizens teachers ",
    "nurses farmers officers sheriffs attorneys examiner auditor comptroller clerk treasurer ",
));

/// `St Aldhelm's`, `St. Mary's`: a saint's name in the possessive is a place named for them
/// (a hospital, a church, a school), not a person in the story.
fn saints_place(run: &[Tok]) -> bool {
    matches!(run, [saint, .., last]
        if matches!(saint.word, "St" | "St." | "Saint") && last.possessive)
}

/// `the action movie Blade Runner 2049`, `Blade Runner 2049 in production`: a name after a
/// noun for a work, or numbered like a sequel (four digits), is the work's title, not a person.
fn a_title(toks: &[Tok], start: usize, end: usize) -> bool {
    let numbered = end > start
        && !toks[end - 1].breaks()
        && toks
            .get(end)
            .is_some_and(|t| t.word.len() == 4 && t.word.chars().all(|c| c.is_ascii_digit()));
    let after_work = start > 0
        && !toks[start - 1].breaks()
        && ({
            static WORDS: WordSet = WordSet::new(
                "
                movie film album song novel musical documentary sequel podcast sitcom series
            ",
            );
            WORDS.contains(toks[start - 1].lower.as_str())
        });
    numbered || after_work
}

/// A word for a relative (`her mother, Agnes Halloran`, `his son Te Kaurinui Robert Parata`).
fn is_kin(w: &str) -> bool {
    KIN.contains(w)
}

static KIN: WordSet = WordSet::new(concat!(
    "mother father son daughter wife husband brother sister grandmother grandfather grandson ",
    "granddaughter aunt uncle niece nephew cousin parents sons daughters brothers sisters ",
));

/// `The Lakeport Gulls placed …`, `the Sable Point Mariners`: a name after `the` ending in a
/// plural is a team or a band (not `the Joneses`: one word; not `The Federal Attorney-General
/// Daryl Williams`: a title or a given name in it).
fn team_name(toks: &[Tok], start: usize, end: usize, name: &str) -> bool {
    // (`The` may open the run: `The Lakeport Gulls placed …`.)
    let the = toks[start].lower == "the" || (start > 0 && toks[start - 1].lower == "the");
    let Some((_, last)) = name.rsplit_once(' ').filter(|_| the) else {
        return false;
    };
    last.ends_with('s')
        && !last.ends_with("ss")
        && toks[start..end].iter().all(|t| {
            first_names::gender(&t.lower).is_none()
                && !is_title(&t.lower)
                && !is_title_compound(&t.lower)
        })
}

/// `al exconcejal de Urbanismo de Benalcázar del Río Ignacio Salvatierra Pons`: a place joined
/// to a person's name by its own particle (`del`), then a given name and a surname or two; how
/// many words the place takes (0: none). Not inside a body's name (`Bank of America …`).
fn place_before_person(run: &[Tok]) -> usize {
    let Some(c) = run.iter().rposition(|t| is_connector(&t.lower)) else {
        return 0;
    };
    if run.iter().any(|t| t.cap && is_org_word(&t.lower)) {
        return 0;
    }
    (c + 2..run.len().saturating_sub(1))
        .find(|&g| run.len() - g <= 3 && first_names::gender(&run[g].lower).is_some())
        .unwrap_or(0)
}

/// `la maire de Paris Julie Marchand`, `the mayor of Houston Sylvester Turner`: the run of
/// capitals `start..end` follows a role's particle, so a place opens it before a given name
/// and a surname or two; how many words the place takes (0: none).
pub(super) fn place_after_particle(toks: &[Tok], start: usize, end: usize) -> usize {
    let after_particle = start > 0 && {
        let p = &toks[start - 1];
        !p.cap && !p.breaks() && matches!(p.lower.as_str(), "de" | "du" | "des" | "of" | "del")
    };
    let field = field_before_name(toks, start);
    if !(after_particle || field) || toks[start..end].iter().any(|t| is_org_word(&t.lower)) {
        return 0;
    }
    let given = (start + 1..end.saturating_sub(1))
        .find(|&g| end - g <= 3 && first_names::gender(&toks[g].lower).is_some())
        .map_or(0, |g| g - start);
    // (With no given name known: `la ministre de la Culture Rima Abdul Malak`, one word for
    // the field and two or more for the person.)
    if given == 0 && field && end - start >= 3 {
        1
    } else {
        given
    }
}

/// `la ministre de la Culture …`, `le patron du Medef …`: the capitals at `start` follow a
/// French, Spanish or Italian role (a title) and its complement with an article, so their
/// first word names the role's field.
fn field_before_name(toks: &[Tok], start: usize) -> bool {
    let word = |k: usize| toks.get(k).filter(|t| !t.cap && !t.breaks());
    let role = |k: usize| word(k).is_some_and(|t| is_title(&t.lower));
    match start
        .checked_sub(1)
        .and_then(word)
        .map(|t| t.lower.as_str())
    {
        Some("du" | "del" | "della") => start >= 2 && role(start - 2),
        Some("la" | "le") => {
            start >= 3 && word(start - 2).is_some_and(|t| t.lower == "de") && role(start - 3)
        }
        _ => false,
    }
}

/// `Joe “Morning Joe” Scarborough`: after the given name at `first`, a quoted nickname of one
/// to three capitalised words, then the surname; its index.
fn nickname_end(toks: &[Tok], first: usize) -> Option<usize> {
    // (The mark first: most names are followed by none, and the given-name lookup allocates.)
    let open = toks.get(first + 1).filter(|t| is_open_mark(t.before))?;
    if toks[first].after.is_some() || first_names::gender(&toks[first].lower).is_none() {
        return None;
    }
    let close = (first + 1..toks.len().min(first + 4)).find(|&k| is_close_mark(toks[k].after))?;
    let surname = toks.get(close + 1)?;
    let nickname = toks[first + 1..=close].iter().all(|t| t.cap) && open.cap;
    (nickname && surname.cap && surname.before.is_none()).then_some(close + 1)
}

/// `Dominique de Villepin` ends with `De Villepin` (a particle opening a sentence is capitalised).
fn ends_with_words(name: &[String], tail: &[String]) -> bool {
    name.len() >= tail.len()
        && name[name.len() - tail.len()..]
            .iter()
            .zip(tail)
            .all(|(a, b)| a.to_lowercase() == b.to_lowercase())
}

/// The article's name mentions, indexed by last word and by initials so
/// that each lookup stays short however long the article is.
#[derive(Default)]
pub struct Mentions {
    all: Vec<Mention>,
    /// For each person mention, the fullest name it stands for (computed once).
    person_full: Vec<Option<String>>,
    /// Whether each mention's fullest name is a person's name ([`is_person_name`]).
    is_person: Vec<bool>,
    by_last: HashMap<String, Vec<usize>>,
    /// Person mentions of two or three words by first word (`Digby` → Digby Jones).
    by_first: HashMap<String, Vec<usize>>,
    by_initials: HashMap<String, Vec<usize>>,
    /// Three-word person mentions opening with a given name, by their second word
    /// (`Montesinos` → Rafael Montesinos Vidal).
    by_second: HashMap<String, Vec<usize>>,
    /// First words of the bodies' names (`Microsoft` for `Microsoft Corp`).
    org_first: HashSet<String>,
    /// Mentions ending in a company's legal form (`Microsoft Corp`) by first word, in text order.
    legal: HashMap<String, Vec<usize>>,
    /// Two-word bodies ending in a body word (`Halcyon Network`) by first word: one mention of
    /// each different body.
    body_by_first: HashMap<String, Vec<usize>>,
    /// Bodies' names [`Mention::written_out`], by first word (`office`, `cour`).
    written_out_by_first: HashMap<String, Vec<usize>>,
}

/// `Airlines`, `Motors`: a company's trade, written after its short name (`American Airlines`).
fn is_trade(w: &str) -> bool {
    matches!(
        w,
        "airlines" | "airways" | "motors" | "holdings" | "industries" | "pharmaceuticals"
    )
}

/// `Corp`, `Inc.`, `GmbH`: the legal form written after a company's name.
pub fn is_legal_form(w: &str) -> bool {
    {
        static WORDS: WordSet =
            WordSet::new("corp corporation inc ltd llc plc co ag sa se nv gmbh");
        WORDS.contains(w.trim_end_matches('.').to_lowercase().as_str())
    }
}

/// A name's last word that is not `Jr.` or `III` (`James P. Kennedy Jr.` → Kennedy).
/// `King said` (Martin Luther King Jr.): a title that is also a common surname, capitalised
/// and alone, is the surname.
pub(super) fn surname_title(t: &Tok, words: usize) -> bool {
    words == 1 && t.cap && matches!(t.lower.as_str(), "king" | "bishop" | "marshal" | "dean")
}

/// `al-Assad` → Assad: an Arabic surname without its article.
fn without_al(w: &str) -> Option<&str> {
    ["al-", "Al-", "el-", "El-"]
        .iter()
        .find_map(|p| w.strip_prefix(p))
        .filter(|rest| rest.chars().next().is_some_and(char::is_uppercase))
}

fn core_last<S: AsRef<str>>(words: &[S]) -> Option<&str> {
    words
        .iter()
        .map(AsRef::as_ref)
        .rev()
        .find(|w| !is_name_suffix(w))
}

/// How many candidates a lookup inspects at most (keeps time linear on huge inputs).
const LOOKUP_LIMIT: usize = 200;

impl Mentions {
    pub fn new(all: Vec<Mention>) -> Self {
        let mut index = Mentions {
            all,
            ..Default::default()
        };
        for (i, m) in index.all.iter().enumerate() {
            if let Some(last) = m.words.last() {
                index
                    .by_last
                    .entry(last.to_lowercase())
                    .or_default()
                    .push(i);
            }
            // (`brother Jerry Jr.`: a son named for his father is never what `Jerry` alone
            // stands for, Jerry Jones.)
            let son = matches!(&m.words[..], [_, s] if super::is_name_suffix(s));
            if let Some(core) = core_last(&m.words)
                .filter(|c| !son && Some(*c) != m.words.last().map(String::as_str))
            {
                index
                    .by_last
                    .entry(core.to_lowercase())
                    .or_default()
                    .push(i);
            }
            // `Assad` for Bashar al-Assad.
            if let Some(bare) = (!m.org)
                .then(|| core_last(&m.words).and_then(without_al))
                .flatten()
            {
                index
                    .by_last
                    .entry(bare.to_lowercase())
                    .or_default()
                    .push(i);
            }
            if !m.org && !son && (2..=4).contains(&m.words.len()) {
                index
                    .by_first
                    .entry(m.words[0].to_lowercase())
                    .or_default()
                    .push(i);
            }
            // (`Boeing Co.`: a legal form ends a body's name too.)
            if m.org || (m.words.len() > 1 && m.words.last().is_some_and(|w| is_legal_form(w))) {
                index.org_first.insert(m.words[0].to_lowercase());
            }
            if m.org && m.words.len() == 2 && is_org_word(&m.words[1].to_lowercase()) {
                let all = &index.all;
                let bodies = index.body_by_first.entry(m.words[0].clone()).or_default();
                if bodies.iter().all(|&j| all[j].words != m.words) {
                    bodies.push(i);
                }
            }
            if !m.org && m.words.len() == 3 && first_names::gender(&m.words[0]).is_some() {
                index
                    .by_second
                    .entry(m.words[1].clone())
                    .or_default()
                    .push(i);
            }
            let trade = m.words.len() == 2 && is_trade(&m.words[1].to_lowercase());
            if trade || (m.words.len() > 1 && m.words.last().is_some_and(|w| is_legal_form(w))) {
                index
                    .legal
                    .entry(m.words[0].to_lowercase())
                    .or_default()
                    .push(i);
            }
            if m.written_out {
                index
                    .written_out_by_first
                    .entry(m.words[0].to_lowercase())
                    .or_default()
                    .push(i);
                // (`l'OFB` for `l'Office français de la biodiversité`, never written with its
                // acronym: the initials of its lowercase words too.)
                let spelled = spelled_initials(&m.words);
                if m.acronym.as_ref() != Some(&spelled) && spelled.chars().count() >= 2 {
                    index.by_initials.entry(spelled).or_default().push(i);
                }
            }
            if let Some(acronym) = m.acronym.as_ref().filter(|a| **a != initials(&m.words)) {
                index
                    .by_initials
                    .entry(acronym.clone())
                    .or_default()
                    .push(i);
            }
            if m.words.len() > 1 {
                index
                    .by_initials
                    .entry(initials(&m.words))
                    .or_default()
                    .push(i);
            }
            // `HHS` for the `Department of Health and Human Services`: the initials of the
            // field after a body's head word and `of`.
            if let [head, of, field @ ..] = &m.words[..]
                && m.org
                && of == "of"
                && field.len() >= 2
                && is_org_word(&head.to_lowercase())
            {
                index
                    .by_initials
                    .entry(initials(field))
                    .or_default()
                    .push(i);
            }
        }
        let full: Vec<Option<String>> = index
            .all
            .iter()
            .map(|m| {
                let plain = !m.org
                    && m.words.len() <= 4
                    && !m.words.iter().any(|w| is_calendar(&w.to_lowercase()));
                let full = plain.then(|| index.fullest(&m.words.join(" "), false, m.paragraph));
                full.filter(|f| f.contains(' '))
            })
            .collect();
        // (Only people's names count as people: not `West Village` in `Detroit's West Village`.)
        index.is_person = full
            .iter()
            .map(|f| f.as_deref().is_some_and(is_person_name))
            .collect();
        index.person_full = full;
        index
    }

    /// `l'Office` → Office fédéral de l'environnement, `la Cour` → Cour des comptes: a body's
    /// name [`Mention::written_out`] that opens with `words` (the capitals of its name before
    /// a lowercase word).
    fn written_out_opening(&self, words: &[String], paragraph: usize) -> Option<&Mention> {
        let ids = self
            .written_out_by_first
            .get(&words.first()?.to_lowercase())?;
        self.nearest(ids, paragraph, |m| {
            m.words.len() > words.len() && m.words.starts_with(words)
        })
    }

    /// `a Halcyon spokesperson` after `The Halcyon Network comedy`: a one-word name that opens a
    /// two-word body's name ending in a body word (`Network`, `Group`) stands for it.
    /// (Only when the article names one such body: not `Google` with `Google News` and `Google
    /// Cloud`.)
    fn with_body_word(&self, word: &str) -> Option<&Mention> {
        match self.body_by_first.get(word)?.as_slice() {
            [only] => Some(&self.all[*only]),
            _ => None,
        }
    }

    /// Whether the article names a body with this word first (`Microsoft` in `Microsoft Corp`).
    pub fn starts_a_body(&self, word: &str) -> bool {
        self.org_first.contains(&word.to_lowercase())
    }

    /// Whether the article writes this name of two or more words as a body's somewhere (`The
    /// Lakeport Gulls placed …`).
    pub fn is_body_name(&self, name: &str) -> bool {
        let Some(last) = name.rsplit(' ').next().filter(|_| name.contains(' ')) else {
            return false;
        };
        self.by_last.get(&last.to_lowercase()).is_some_and(|ids| {
            ids.iter()
                .map(|&i| &self.all[i])
                .any(|m| m.org && m.words.iter().map(String::as_str).eq(name.split(' ')))
        })
    }

    /// `sagte Scholz Journalisten`, `sagte Baerbock Mittwochabend`: a last word that ends no
    /// other name of the article (a German noun, a time) after one that does (`Olaf Scholz`)
    /// is not part of the name.
    pub fn trim_stray_tail<'n>(&self, name: &'n str) -> &'n str {
        let people_ending = |w: &str| {
            self.by_last
                .get(&w.to_lowercase())
                .map_or(0, |ids| ids.iter().filter(|&&i| !self.all[i].org).count())
        };
        // A surname (`Scholz` of Olaf Scholz), or a given name of someone named in full more
        // than once (`Vreni` of Vreni Frost); not `Vreni` of a Vreni Frost named once.
        let named_by = |head: &[&str]| {
            let last = head[head.len() - 1];
            self.by_last.get(&last.to_lowercase()).is_some_and(|ids| {
                ids.iter().any(|&i| {
                    let m = &self.all[i];
                    !m.org && m.words.len() > 1 && m.words.last().is_some_and(|w| w == last)
                })
            }) || (head.len() == 1
                && self.by_first.get(&last.to_lowercase()).is_some_and(|ids| {
                    ids.iter().any(|&i| {
                        let m = &self.all[i];
                        m.words[0] == last && m.words.last().is_some_and(|w| people_ending(w) > 1)
                    })
                }))
        };
        let words: Vec<&str> = name.split(' ').collect();
        // The longest head naming someone, with only stray words after it (`Baerbock Ende Mai`).
        let keep = (1..words.len())
            .rev()
            .find(|&k| named_by(&words[..k]) && words[k..].iter().all(|w| people_ending(w) <= 1));
        match keep {
            Some(k) => {
                let end = words[..k].iter().map(|w| w.len() + 1).sum::<usize>() - 1;
                &name[..end]
            }
            None => name,
        }
    }

    /// For German text: every person mention with its stray tail dropped
    /// ([`Self::trim_stray_tail`]), so that `traf Scholz Journalisten` names Olaf Scholz.
    pub fn without_stray_tails(self) -> Self {
        let all = self
            .all
            .iter()
            .map(|m| {
                let mut m = m.clone();
                if !m.org && m.words.len() > 1 {
                    let name = m.words.join(" ");
                    m.words = self
                        .trim_stray_tail(&name)
                        .split(' ')
                        .map(String::from)
                        .collect();
                }
                m
            })
            .collect();
        Mentions::new(all)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Mention> {
        self.all.iter()
    }

    /// Each mention with the fullest person's name it stands for, if that is a longer
    /// person's name (computed once, in [`Mentions::new`]).
    pub fn with_person_names(&self) -> impl Iterator<Item = (&Mention, Option<&str>)> {
        self.all.iter().enumerate().map(|(i, m)| {
            let full = self.person_full[i].as_deref().filter(|_| self.is_person[i]);
            (m, full)
        })
    }

    /// The candidates `ids` nearest first: those at or before `paragraph` going back,
    /// then those after going forward (at most `LOOKUP_LIMIT` each way).
    fn by_distance<'s, 'i>(
        &'s self,
        ids: &'i [usize],
        paragraph: usize,
    ) -> impl Iterator<Item = &'s Mention> + use<'s, 'i> {
        let split = ids.partition_point(|&i| self.all[i].paragraph <= paragraph);
        let before = ids[..split].iter().rev().take(LOOKUP_LIMIT);
        let after = ids[split..].iter().take(LOOKUP_LIMIT);
        before.chain(after).map(|&i| &self.all[i])
    }

    /// The nearest candidate at or before `paragraph` that `fits`, else the first one after.
    fn nearest(
        &self,
        ids: &[usize],
        paragraph: usize,
        fits: impl Fn(&Mention) -> bool,
    ) -> Option<&Mention> {
        self.by_distance(ids, paragraph).find(|m| fits(m))
    }

    /// The longest candidate that `fits`, the nearest before `paragraph` among equals.
    fn longest(
        &self,
        ids: &[usize],
        paragraph: usize,
        fits: impl Fn(&Mention) -> bool,
    ) -> Option<&Mention> {
        let mut best: Option<&Mention> = None;
        // `Her mother, Agnes Halloran`: a relative introduced by name is called by first name
        // after; the surname alone stays with the bearer named otherwise.
        let mut nearest: Option<&Mention> =
            self.by_distance(ids, paragraph).find(|m| fits(m) && !m.kin);
        for m in self.by_distance(ids, paragraph).filter(|m| fits(m)) {
            // `Hori Parata` and his son `Te Kaurinui Robert Parata`: another first name is
            // another person; the nearest one decides who is meant.
            // (`Van Der Beek` is the end of `James Van Der Beek`, not another first name.)
            let first = nearest.get_or_insert(m);
            if !same_first_name(&first.words[0], &m.words[0]) && !m.words.ends_with(&first.words) {
                continue;
            }
            // `Josh Apte` and `Joshua Apte`: the same person, the fuller first name wins.
            let fuller_first = best.is_some_and(|b| {
                m.words.len() == b.words.len()
                    && m.words[0].len() > b.words[0].len()
                    && m.words[0].starts_with(b.words[0].as_str())
            });
            if best.is_none_or(|b| m.words.len() > b.words.len()) || fuller_first {
                best = Some(m);
            }
        }
        best
    }

    /// The fullest name the article gives for `text`: a surname (`Episkopos`)
    /// becomes the full name first given (`Mark Episkopos`), a short body name
    /// (`the Times`) the longer one (`New York Times`), an acronym (`FT`) the
    /// name with those initials. Prefers the nearest mention at or before `paragraph`.
    pub fn fullest(&self, text: &str, org: bool, paragraph: usize) -> String {
        let words: Vec<String> = text.split(' ').map(String::from).collect();
        let found = if (is_acronym(text) || is_initials(text)) && words.len() == 1 {
            // (`U.N.` is written with dots.)
            self.by_initials
                .get(&text.replace('.', ""))
                .and_then(|ids| self.nearest(ids, paragraph, |_| true))
        } else if org {
            let ids = self.by_last.get(&words[words.len() - 1].to_lowercase());
            ids.and_then(|ids| {
                self.nearest(ids, paragraph, |m| {
                    m.words.len() > words.len() && m.words.ends_with(&words)
                })
            })
            .or_else(|| self.with_legal_suffix(&words, paragraph))
            .or_else(|| self.with_body_word(text))
            .or_else(|| self.written_out_opening(&words, paragraph))
        } else if words.len() <= 3 {
            // People: the longest name with the same surname (and first name or the
            // whole short form, if given: `Eriksson Ek` → Joel Eriksson Ek).
            let n = words.len();
            let last = core_last(&words).unwrap_or(text);
            let fits = |m: &Mention| {
                !m.org
                    && m.words.len() > n
                    && m.words.len() <= 4
                    && (core_last(&m.words) == Some(last)
                        || core_last(&m.words).and_then(without_al) == Some(last))
                    && (n == 1
                        || same_first_name(&m.words[0], &words[0])
                        // (`Anne Hidalgo` is not `Paris Anne Hidalgo`: a given name opens a name.)
                        || (ends_with_words(&m.words, &words)
                            && first_names::gender(&words[0]).is_none()))
            };
            let ids = self.by_last.get(&last.to_lowercase());
            ids.and_then(|ids| self.bearer(ids, n == 1, paragraph, fits))
                .or_else(|| {
                    (n == 1)
                        .then(|| self.by_first_name(text, paragraph))
                        .flatten()
                })
                .or_else(|| {
                    (n == 2)
                        .then(|| self.by_given_names(&words, paragraph))
                        .flatten()
                })
                .or_else(|| {
                    (n == 1)
                        .then(|| self.by_first_surname(text, paragraph))
                        .flatten()
                })
                .or_else(|| self.with_legal_suffix(&words, paragraph))
                .or_else(|| self.genitive(&words, paragraph))
        } else {
            None
        };
        found.map_or_else(|| text.to_string(), |m| m.words.join(" "))
    }

    /// The longest of a surname's bearers `ids` that `fits`. After an honorific written with
    /// the `lone` surname in this paragraph (`Mr Peel` after `Lorraine Peel` and `Her son,
    /// Craig Peel`), a bearer known to be of that gender first, then one not known to be of
    /// the other.
    fn bearer(
        &self,
        ids: &[usize],
        lone: bool,
        paragraph: usize,
        fits: impl Fn(&Mention) -> bool,
    ) -> Option<&Mention> {
        if let Some(g) = lone.then(|| self.titled(ids, paragraph)).flatten() {
            let same = |m: &Mention| fits(m) && mention_gender(m) == Some(g);
            let not_other = |m: &Mention| fits(m) && mention_gender(m) != Some(!g);
            let found = self
                .longest(ids, paragraph, same)
                .or_else(|| self.longest(ids, paragraph, not_other));
            if found.is_some() {
                return found;
            }
        }
        self.longest(ids, paragraph, fits)
    }

    /// The gender of the honorific (`Mr`, `Ms`) written with a lone surname among `ids` in
    /// `paragraph`, when all such honorifics there agree.
    fn titled(&self, ids: &[usize], paragraph: usize) -> Option<bool> {
        // (`ids` are in text order: only the paragraph's are read.)
        let lo = ids.partition_point(|&i| self.all[i].paragraph < paragraph);
        let hi = ids.partition_point(|&i| self.all[i].paragraph <= paragraph);
        let mut genders = ids[lo..hi.max(lo)]
            .iter()
            .map(|&i| &self.all[i])
            .filter(|m| m.words.len() == 1)
            .filter_map(|m| m.female);
        let first = genders.next()?;
        genders.all(|g| g == first).then_some(first)
    }

    /// German genitive (`Bei Carlines Mohrs Tweet …`, `Juan Morenos Text`): two or three
    /// words ending in `-s`, named elsewhere without it (Carline Mohr, Juan Moreno).
    fn genitive(&self, words: &[String], paragraph: usize) -> Option<&Mention> {
        fn strip(w: &str) -> Option<&str> {
            w.strip_suffix('s').filter(|s| s.chars().count() >= 2)
        }
        let (first, last) = (words.first()?, strip(words.last()?)?);
        if words.len() < 2 {
            return None;
        }
        let fits = |m: &Mention| {
            !m.org
                && m.words.len() >= 2
                && m.words.last().is_some_and(|w| w == last)
                && (same_first_name(&m.words[0], first)
                    || strip(first) == Some(m.words[0].as_str()))
        };
        let ids = self.by_last.get(&last.to_lowercase())?;
        self.longest(ids, paragraph, fits)
    }

    /// `Microsoft` → Microsoft Corp: a company's name given elsewhere with its legal form;
    /// `American` → American Airlines: or with its trade.
    fn with_legal_suffix(&self, words: &[String], paragraph: usize) -> Option<&Mention> {
        let fits = |m: &Mention| {
            // (`Riverbend` → Riverbend Water Co.: words before the legal form may be any.)
            m.words.len() > words.len()
                && m.words.starts_with(words)
                && !m.words.iter().any(|w| w == "and")
                && m.words
                    .last()
                    .is_some_and(|w| is_legal_form(w) || is_trade(&w.to_lowercase()))
        };
        let ids = self.legal.get(&words.first()?.to_lowercase())?;
        self.nearest(ids, paragraph, fits)
    }

    /// A person called by their first name (`Sir Digby` → Digby Jones) or, in names
    /// written family name first, their family name (`Liu` → Liu Xiaming): the full
    /// name starting with that word, the nearest before `paragraph` when the article
    /// gives several (`Lee` → Lee Jae-myung, named just before, not Lee Sang-min).
    fn by_first_name(&self, word: &str, paragraph: usize) -> Option<&Mention> {
        let ids = self.by_first.get(&word.to_lowercase())?;
        let first = &self.all[*ids.first()?];
        let one = ids
            .iter()
            .take(LOOKUP_LIMIT)
            .all(|&i| self.all[i].words == first.words);
        let m = if one {
            first
        } else {
            self.nearest(ids, paragraph, |m| m.words.len() >= 2)?
        };
        is_person_name(&m.words.join(" ")).then_some(m)
    }

    /// A Spanish or Portuguese speaker called by the first of two surnames (`Montesinos` →
    /// Rafael Montesinos Vidal): a given name, that word, then one more.
    fn by_first_surname(&self, word: &str, paragraph: usize) -> Option<&Mention> {
        let ids = self.by_second.get(word)?;
        self.nearest(ids, paragraph, |_| true)
    }

    /// A person called by two given names (`Te Kaurinui` → Te Kaurinui Robert Parata): the
    /// longest person's name of at most four words that starts with both.
    fn by_given_names(&self, words: &[String], paragraph: usize) -> Option<&Mention> {
        let ids = self.by_first.get(&words[0].to_lowercase())?;
        let fits = |m: &Mention| !m.org && m.words.len() > 2 && m.words.len() <= 4;
        self.longest(ids, paragraph, |m| fits(m) && m.words.starts_with(words))
    }

    /// A person's full name right after the role word at byte `o` (`actor James Van Der
    /// Beek`, `Bishop of Durham, the Rt Rev Dr Tom Wright`) or right before it, in
    /// apposition (`Tom Wright, the bishop`).
    pub fn person_beside(&self, text: &str, o: usize, len: usize) -> Option<String> {
        let person = |m: &Mention| {
            let full = self.fullest(&m.words.join(" "), false, m.paragraph);
            (!m.org && is_person_name(&full)).then_some(full)
        };
        // From the role word itself: `President Obama` is one mention starting at it.
        let k = self.all.partition_point(|m| m.pos < o);
        // `Le Maire a ajouté : « Nous verrons. »` then `Le président Emmanuel Macron`: a name
        // past a paragraph break, a quote mark or a sentence end is not the one the role names.
        // (Nor one past a reporting verb: `one close associate said it was common for Trump`;
        // nor past a clause's subject pronoun: `According to the Japanese top diplomat, he has
        // met with Lavrov`.)
        let same_phrase = |m: &&Mention| {
            text.get((o + len).min(m.pos)..m.pos).is_some_and(|gap| {
                !gap.contains(['\n', '«', '»', '“', '”', '"', '„', '?', '!'])
                    && !gap.contains(". ")
                    && !gap
                        .split_whitespace()
                        .map(|w| {
                            w.trim_matches(|c: char| !c.is_alphanumeric())
                                .to_lowercase()
                        })
                        .any(|w| {
                            super::super::cues::is_verb(&w) || matches!(w.as_str(), "he" | "she")
                        })
                    && !gap.split_whitespace().any(describes_apart)
            })
        };
        let after = self.all[k..]
            .iter()
            .take_while(|m| m.pos <= o + len + 60)
            .filter(same_phrase)
            .find_map(person);
        after.or_else(|| {
            let m = &self.all[..k].iter().rev().find(|m| m.pos < o)?;
            let end = m.pos + m.words.iter().map(|w| w.len() + 1).sum::<usize>();
            // `Tom Wright, the bishop`, not `Jon Sopel said the president`: only in apposition.
            let apposition = text
                .get(end.saturating_sub(1).min(o)..o)
                .is_some_and(|gap| gap.contains([',', '(', '–', '—']));
            (end <= o && o - end <= 12 && apposition)
                .then(|| person(m))
                .flatten()
        })
    }

    /// The organisation a common noun refers to: `the ministry` → Russian Defense Ministry.
    /// (`la asociación` → Asociación de Vecinos del Casco Antiguo: in Spanish and French the
    /// head word comes first.)
    pub fn org_for_head(&self, head: &str, paragraph: usize) -> Option<String> {
        let by_last = || {
            let ids = self.by_last.get(head)?;
            let split = ids.partition_point(|&i| self.all[i].paragraph <= paragraph);
            ids[..split]
                .iter()
                .rev()
                .take(LOOKUP_LIMIT)
                .map(|&i| &self.all[i])
                .find(|m| m.org && m.words.len() > 1)
        };
        let by_first = || {
            let split = self.all.partition_point(|m| m.paragraph <= paragraph);
            self.all[..split]
                .iter()
                .rev()
                .take(Self::HEAD_FIRST_REACH)
                .find(|m| m.org && m.words.len() > 2 && m.words[0].to_lowercase() == head)
        };
        by_last().or_else(by_first).map(|m| m.words.join(" "))
    }

    /// How many mentions back a body named head word first is looked for.
    const HEAD_FIRST_REACH: usize = 300;

    /// The body an article means by `the company`, `the firm`: its most mentioned
    /// organisation or one-word name before `pos` that is not one of `people` nor a common
    /// `noun` (German capitalises `das Werk`).
    pub fn main_body(
        &self,
        pos: usize,
        people: &[String],
        noun: impl Fn(&str) -> bool,
    ) -> Option<String> {
        let split = self.all.partition_point(|m| m.pos < pos);
        let mut counts: HashMap<String, usize> = HashMap::new();
        let start = split.saturating_sub(500);
        for (m, full) in self.all[start..split]
            .iter()
            .zip(&self.person_full[start..split])
        {
            let name = m.words.join(" ");
            // One word that is a known person's surname (`Swift` for Taylor Swift) is not a body.
            let bodyish = m.org
                || (m.words.len() == 1
                    && m.words[0].chars().count() > 2
                    && full.is_none()
                    && !noun(&m.words[0].to_lowercase()));
            if bodyish
                && !people.iter().any(|p| p.split(' ').any(|w| w == name))
                && !is_calendar(&name.to_lowercase())
            {
                *counts.entry(name).or_default() += 1;
            }
        }
        counts
            .into_iter()
            .filter(|(_, c)| *c >= 2)
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
            .map(|(n, _)| n)
    }

    /// The person mentioned most often before byte `pos` (surnames counted for their full name).
    pub fn most_mentioned_person(&self, pos: usize, fits: impl Fn(&str) -> bool) -> Option<String> {
        let split = self.all.partition_point(|m| m.pos < pos);
        let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
        for (i, full) in self.person_full[..split].iter().enumerate().rev().take(500) {
            if let Some(full) = full.as_ref().filter(|f| self.is_person[i] && fits(f)) {
                let c = counts.entry(full.as_str()).or_insert((0, i));
                c.0 += 1;
            }
        }
        // Most mentions; among equals the most recent.
        counts
            .into_iter()
            .max_by_key(|(_, (c, last))| (*c, *last))
            .map(|(n, _)| n.to_string())
    }

    /// The last full person name mentioned before byte `pos`.
    pub fn last_person(&self, pos: usize) -> Option<String> {
        let split = self.all.partition_point(|m| m.pos < pos);
        self.all[..split]
            .iter()
            .rev()
            .take(LOOKUP_LIMIT)
            .find(|m| !m.org && (2..=4).contains(&m.words.len()))
            .map(|m| m.words.join(" "))
    }
}

fn initials(words: &[String]) -> String {
    words
        .iter()
        .filter(|w| !is_connector(w) && w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// The initials of a name's words but its function words and elided articles, capitalised
/// (`Office français de la biodiversité` → `OFB`; acronyms are ASCII, [`super::is_acronym`]).
fn spelled_initials(words: &[String]) -> String {
    words
        .iter()
        .map(|w| {
            ["l'", "l’", "d'", "d’"]
                .iter()
                .find_map(|a| w.strip_prefix(a))
                .unwrap_or(w)
        })
        .filter(|w| !is_stopword(&w.to_lowercase()))
        .filter_map(|w| w.chars().next())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// A named person's gender: from the honorific written with the name, else the first name.
fn mention_gender(m: &Mention) -> Option<bool> {
    m.female.or_else(|| first_names::gender(m.words.first()?))
}
