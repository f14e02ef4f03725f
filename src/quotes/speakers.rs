//! From an attribution to a speaker: pronouns, role words (`the bishop`), bodies and documents
//! (`the company`, `the statement`), continued runs and dialogue, each resolved to the fullest
//! name the article gives.
//!
//! Input: a [`Who`] and where its quote is, with what the article knows ([`Known`]) and what
//! was said so far ([`State`]). Output: the speaker's name, if the article gives one.

use super::*;
use crate::wordset::WordSet;

/// Turns an attribution into the speaker's fullest name, and remembers it.
pub(super) fn resolve(
    who: Who,
    pos: usize,
    paragraph: usize,
    known: &Known,
    state: &mut State,
) -> Option<String> {
    // `said the artists` → Langlands & Bell (`artists Langlands & Bell`), `the magazine` →
    // Mobile PC (`US magazine Mobile PC`): the name written with that noun.
    if let Who::Role {
        definite: true,
        head,
    }
    | Who::Desc {
        head,
        definite: true,
    } = &who
        && let Some((name, org)) = known
            .bound
            .get(head, pos, known.mentions)
            .or_else(|| known.bound.other_document(head, pos, known))
    {
        if org {
            state.last_org = Some(name.clone());
            return Some(name);
        }
        return remember_person(Some(name), pos, paragraph, state);
    }
    // `Das Gericht stellt fest:` after `das Landgericht Berlin`: the German compound named before.
    // `Die Richter schreiben` after `das Landgericht Berlin`: judges speak for their court.
    let judges = |t: &str| {
        known.casing.is_german() && matches!(t.to_lowercase().as_str(), "richter" | "richterinnen")
    };
    if let Who::Name { text, .. } = &who
        && let Some(body) = german_compound(if judges(text) { "Gericht" } else { text }, pos, known)
    {
        state.last_org = Some(body.clone());
        return Some(body);
    }
    // `heißt es in der Mitteilung des Unternehmens`: the German `company` is the body the
    // article is about, as for `the company said`.
    if let Who::Name { text, .. } = &who
        && known.casing.is_german()
        && matches!(
            text.to_lowercase().as_str(),
            "unternehmen" | "firma" | "konzern" | "gremium" | "verband" | "verein" | "behörde"
        )
    {
        let body = generic_body(pos, paragraph, known)?;
        state.last_org = Some(body.clone());
        return Some(body);
    }
    let (name, org) = match who {
        // `Die Wissenschaftlerin warnt`: a German job noun (capitalised) is a role, not a name.
        // (Not the surname of someone named in full, though it ends like a job: `Oberbürgermeister
        // Jürgen Dupper` … `sagte Dupper`.)
        Who::Name { text, org: false }
            if known.casing.is_german() && !text.contains(' ') && {
                let lower = text.to_lowercase();
                (is_person_noun(&lower) || known.casing.is_person_noun_here(&lower))
                    && !known
                        .mentions
                        .fullest(&text, false, paragraph)
                        .contains(' ')
            } =>
        {
            // Only someone quoted in the article (German text yields many capitalised non-names).
            // (Or someone the article named with the noun: `die Vorsitzende Richterin Annegret
            // Pohl` … `sagte die Vorsitzende`.)
            let head = text.to_lowercase();
            let mut trial = state.clone();
            // (Or someone named earlier in the paragraph: `Pia Nowak von den Grünen hat … »…«,
            // sagte die Stadträtin`.)
            let found = definite_person(&head, pos, paragraph, known, &mut trial).filter(|n| {
                known.speakers.contains(n)
                    || subject_of_paragraph(n, pos, paragraph, known)
                    || named_in_paragraph(n, pos, paragraph, known)
                    || role_referent(&head, pos, known).flatten().as_ref() == Some(n)
            });
            if found.is_some() {
                *state = trial;
            }
            return found;
        }
        Who::Name { text, org } => {
            let mut org = org || is_acronym(&text);
            let text = if org {
                text
            } else if known.casing.is_body_name(&text) {
                org = true;
                text
            } else {
                let person = known.casing.person_in(&text)?;
                stray_tail_dropped(known.casing, known.mentions, person)
            };
            let full = known.mentions.fullest(&text, org, paragraph);
            // `Protesters held signs saying “…”`: a plural person noun, capitalised only where it
            // opens a sentence, is a group no one names (not a team, `the Raiders said`, nor a
            // surname, which is given in full somewhere first).
            let lower = text.to_lowercase();
            if !org
                && full == text
                && !text.contains(' ')
                && is_plural_person_noun(&lower)
                && !known.casing.capitalised_inside(&lower)
            {
                return None;
            }
            // `Am Telefon sagt sie`: in German, where every noun is capitalised, one word that
            // is no given name, never part of a full name and of no known gender is no one.
            let lone_noun =
                !org && known.casing.is_german() && unknown_one_word(&full, &known.genders);
            if lone_noun {
                return None;
            }
            (full, org)
        }
        Who::Pronoun {
            group: false,
            female,
        } => return person_anaphor(pos, paragraph, female, known, state),
        // `according to the court` → the Berlin Regional Court named before: a title word that
        // heads bodies' names (`court`, not `president`) means the body.
        Who::Role {
            definite: true,
            head,
        } => match names::is_org_word(&head)
            .then(|| known.mentions.org_for_head(&head, paragraph))
            .flatten()
        {
            Some(body) => (body, true),
            // `« … », a dénoncé le syndicat`: a word for a body never stands for a person.
            None if is_body_noun(&head) => {
                let mut trial = state.clone();
                let found = definite_person(&head, pos, paragraph, known, &mut trial)
                    .filter(|n| known.mentions.is_body_name(n));
                if found.is_some() {
                    *state = trial;
                }
                return found;
            }
            None => return definite_person(&head, pos, paragraph, known, state),
        },
        // `The Food Standards Agency warned … “…,” it said`: the body that became a sentence's
        // subject since the last quote, else the last body quoted, else the article's main body.
        Who::Pronoun { group: true, .. } => {
            let name = body_since_last_quote(pos, paragraph, known, state)
                .map(|(_, n)| n)
                .or_else(|| state.last_org.clone())
                .or_else(|| main_body(pos, known));
            state.last_org.clone_from(&name);
            return name;
        }
        Who::Role {
            definite: false, ..
        } => return None,
        // `the ministry` → the Defense Ministry named before; `the company` → the body the article
        // is about; `the world indoor champion` → a person named before.
        Who::Desc { head, definite } => {
            let named = known.mentions.org_for_head(&head, paragraph);
            // `Boeing is in the early stages … The company said`: the body that was a sentence's
            // subject in this paragraph or the two before, else the body the article is about.
            let generic = || {
                is_generic_body(&head)
                    .then(|| generic_body(pos, paragraph, known))
                    .flatten()
            };
            match named.or_else(generic) {
                Some(body) => (body, true),
                None if definite && (is_person_noun(&head) || names::is_role_noun(&head)) => {
                    return definite_person(&head, pos, paragraph, known, state);
                }
                None => return None,
            }
        }
    };
    if org {
        state.last_org = Some(name.clone());
        Some(name)
    } else {
        remember_person(Some(name), pos, paragraph, state)
    }
}

/// `syndicat`, `police`, `company`: a noun for a body (not `spokesman`, who is a person).
fn is_body_noun(head: &str) -> bool {
    (names::is_org_word(head) || is_french_body(head) || is_generic_body(head))
        && !names::is_spokesperson(head)
}

/// `Boeing is in the early stages … The company said`: the body that was a sentence's subject
/// in this paragraph or the two before, else the body last described with a body noun, else the
/// body the article is about.
fn generic_body(pos: usize, paragraph: usize, known: &Known) -> Option<String> {
    latest_since(known.bodies, pos, paragraph, 2, None)
        .or_else(|| latest_since(known.lone_bodies, pos, paragraph, 2, None))
        .map(|(_, _, n)| n.clone())
        .or_else(|| known.bound.last_body(pos, known.mentions))
        .or_else(|| main_body(pos, known))
}

/// The body the article is about ([`Mentions::main_body`]), as fully as the article names it.
fn main_body(pos: usize, known: &Known) -> Option<String> {
    let noun = |w: &str| known.casing.is_noun(w);
    let body = known
        .mentions
        .main_body(pos, known.speakers.as_slice(), noun)?;
    Some(known.mentions.fullest(&body, true, usize::MAX))
}

/// `Die Mietrechtsexpertin Julia Wagner hält dagegen. „…“, so die Expertin.`: `name` was the
/// subject of a sentence earlier in the paragraph.
pub(super) fn subject_of_paragraph(
    name: &str,
    pos: usize,
    paragraph: usize,
    known: &Known,
) -> bool {
    in_paragraph_before(known.subjects, name, pos, paragraph)
}

/// `name` was written (in full, or by surname) earlier in the paragraph, before byte `pos`.
fn named_in_paragraph(name: &str, pos: usize, paragraph: usize, known: &Known) -> bool {
    in_paragraph_before(known.referred, name, pos, paragraph)
}

/// `name` is in `list` (offset, paragraph, name) in `paragraph`, before byte `pos`.
fn in_paragraph_before(list: &[Subject], name: &str, pos: usize, paragraph: usize) -> bool {
    let k = list.partition_point(|(p, _, _)| *p < pos);
    list[..k]
        .iter()
        .rev()
        .take_while(|(_, para, _)| *para == paragraph)
        .any(|(_, _, n)| n == name)
}

/// A person's name without the German nouns written after it ([`Mentions::trim_stray_tail`]):
/// only in German, where the nouns after a name are capitalised too.
pub(super) fn stray_tail_dropped(
    casing: &names::Casing,
    mentions: &Mentions,
    name: String,
) -> String {
    if casing.is_german() {
        mentions.trim_stray_tail(&name).to_string()
    } else {
        name
    }
}

/// Bytes before a quote searched for the compound a German noun stands for.
pub(super) const COMPOUND_REACH: usize = 20_000;

/// A German body noun as a speaker (`das Gericht`) means the compound ending with it named
/// before (`das Landgericht Berlin`, `das Bundesministerium`), in its fullest form: with the
/// place or name written after it.
pub(super) fn german_compound(noun: &str, pos: usize, known: &Known) -> Option<String> {
    let lower = noun.to_lowercase();
    let is_body_noun = !noun.contains(' ')
        && known.casing.is_german()
        && names::is_org_word(&lower)
        && lower.chars().count() >= COMPOUND_HEAD;
    if !is_body_noun {
        return None;
    }
    let start = char_boundary(known.text, pos.saturating_sub(COMPOUND_REACH));
    let window = &known.text[start..pos];
    // Where the noun ends a longer word (`…gericht` inside `Landgericht`), found by plain
    // search: a German page may name its court before every quote.
    let found: Vec<Vec<&str>> = window
        .match_indices(lower.as_str())
        .filter_map(|(i, _)| {
            // (A compound's first part is a word or two long: `Oberverwaltungsgericht`.)
            let word_start = window[..i]
                .char_indices()
                .rev()
                .take(COMPOUND_TAIL)
                .find(|(_, c)| c.is_whitespace())
                .map(|(w, c)| w + c.len_utf8())
                .or((i <= COMPOUND_TAIL).then_some(0))?;
            let inside = word_start < i;
            let tail = &window[i..char_boundary(window, i + COMPOUND_TAIL)];
            let end = i + tail.find('\n').unwrap_or(tail.len());
            let toks = tokenize(&window[word_start..end]);
            let first = toks.first()?;
            let compound = inside && first.cap && ungenitive(first.word, &lower).is_some();
            compound.then(|| written_with(&toks, known))
        })
        .collect();
    let head = |words: &[&str]| ungenitive(words[0], &lower).map(str::to_lowercase);
    let last = head(found.last()?)?;
    found
        .into_iter()
        .filter(|words| head(words).as_deref() == Some(last.as_str()))
        .max_by_key(Vec::len)
        .map(|mut words| {
            words[0] = ungenitive(words[0], &lower).unwrap_or(words[0]);
            words.join(" ")
        })
}

/// A compound ending in `head`, without a genitive ending (`Innenministeriums` →
/// Innenministerium); `None` if it does not end in `head`.
pub(super) fn ungenitive<'w>(word: &'w str, head: &str) -> Option<&'w str> {
    let lower = word.to_lowercase();
    ["", "s", "es"].iter().find_map(|end| {
        let cut = word.len().checked_sub(end.len())?;
        let stem = lower.strip_suffix(end)?;
        (stem.ends_with(head) && word.is_char_boundary(cut)).then(|| &word[..cut])
    })
}

/// Bytes after a compound read for the name written with it (and characters before its
/// head searched for the word's start).
pub(super) const COMPOUND_TAIL: usize = 120;

/// The compound opening `toks` and the name written right after it (`Landgericht Berlin`, not
/// `Landgericht Urteile`: a German common noun is no name).
pub(super) fn written_with<'t>(toks: &[Tok<'t>], known: &Known) -> Vec<&'t str> {
    let mut words = vec![toks[0].word];
    let mut last = &toks[0];
    for t in toks[1..].iter().take(2) {
        if last.after.is_some() || !t.cap || known.casing.is_noun(&t.lower) {
            break;
        }
        words.push(t.word);
        last = t;
    }
    words
}

/// Letters a German noun needs to be looked for as the end of a compound (`Gericht`, not `Amt`).
pub(super) const COMPOUND_HEAD: usize = 5;

/// The gender a French description tells (`la députée`, `le prévenu`: its article; `l'élue`,
/// `l'entraîneur`: the noun's ending). `true` = female.
pub(super) fn french_gender(head: &str) -> Option<bool> {
    if let Some(article) = head.get(..3).filter(|a| matches!(*a, "la " | "le ")) {
        return Some(article == "la ");
    }
    let female = [
        "ée", "euse", "trice", "ière", "ienne", "ue", "femme", "fille", "mère",
    ];
    let male = ["eur", "ier", "ien", "u", "homme", "fils", "père"];
    if female.iter().any(|e| head.ends_with(e)) {
        Some(true)
    } else if male.iter().any(|e| head.ends_with(e)) {
        Some(false)
    } else {
        None
    }
}

/// `the woman`, `the father`: a person noun that tells whether it means a woman or a man,
/// so that it is not resolved to someone known to be the other (`true` = female).
pub(super) fn noun_gender(head: &str) -> Option<bool> {
    match head {
        "woman" | "girl" | "mother" | "wife" | "daughter" | "sister" | "grandmother" | "aunt"
        | "widow" | "actress" | "businesswoman" | "chairwoman" | "spokeswoman" => Some(true),
        "man" | "boy" | "father" | "husband" | "son" | "brother" | "grandfather" | "uncle"
        | "widower" | "actor" | "businessman" | "chairman" | "spokesman" => Some(false),
        _ if names::is_german_feminine_agent(head) => Some(true),
        _ => None,
    }
}

/// A German job noun's gender: `Stadträtin` a woman's, `Geologe`, `Anwalt` a man's; none for
/// a noun made from an adjective (`die Vorsitzende`, `der 71-Jährige`: the article tells).
fn german_gender(head: &str) -> Option<bool> {
    let adjectival = [
        "jährige",
        "vorsitzende",
        "abgeordnete",
        "angeklagte",
        "beschuldigte",
    ]
    .iter()
    .any(|e| head.ends_with(e));
    if names::is_german_feminine_agent(head) {
        Some(true)
    } else if adjectival {
        None
    } else {
        names::is_german_person_noun(head).then_some(false)
    }
}

/// Who `the actor` is: whoever the article last called that (`said the actor` … `the
/// “Pose” actor said`), else the person named with the word, else as for a pronoun.
pub(super) fn definite_person(
    head: &str,
    pos: usize,
    paragraph: usize,
    known: &Known,
    state: &mut State,
) -> Option<String> {
    let name = match state.roles.get(head) {
        Some(n) => remember_person(Some(n.clone()), pos, paragraph, state),
        None => match role_referent(head, pos, known) {
            Some(named) => remember_person(named, pos, paragraph, state),
            None if introduced_unnamed(head, pos, known.text) => None,
            // `A resident who didn't want to be identified said … “…,” the woman said`: news
            // calls a named person by name; `the woman` never bound to a name is someone unnamed.
            // (So is `the insider` or `the source`: `A source tells PEOPLE … “…,” the insider says`.)
            None if matches!(
                head,
                "woman" | "man" | "girl" | "boy" | "insider" | "source" | "bystander"
            ) =>
            {
                None
            }
            None => {
                let female = gender_of_noun(head, known);
                let before = person_anaphor(pos, paragraph, female, known, state);
                let ahead = || role_ahead(head, pos, known);
                before.or_else(|| remember_person(ahead(), pos, paragraph, state))
            }
        },
    };
    if let Some(n) = &name {
        state.roles.insert(head.to_string(), n.clone());
    }
    name
}

/// `his then-business partner` … `the ex-partner testified`: the noun was last written for
/// someone the article does not name (`a`, `one`, `another`, `his`, `her`, `their` before it,
/// a prefix like `ex-` or `then-` aside), so the speaker is unnamed.
pub(super) fn introduced_unnamed(head: &str, pos: usize, text: &str) -> bool {
    let head = head.rsplit('-').next().unwrap_or(head);
    let from = char_boundary(text, pos.saturating_sub(ROLE_REACH));
    // The last time the word was written (alone or ending a compound), read in its context.
    let window = &text[from..pos];
    let mut end = window.len();
    let at = loop {
        let Some(i) = window[..end].rfind(head) else {
            return false;
        };
        let after = window[i + head.len()..].chars().next();
        let before = window[..i].chars().next_back();
        let whole = !after.is_some_and(char::is_alphanumeric)
            && !before.is_some_and(|c| c.is_alphanumeric());
        // (`one close associate said … the associate noted … “…,” said the associate`: past
        // the mentions with `the`, back to where the person was brought in.)
        let referring = window[..i]
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        if whole && !referring {
            break from + i;
        }
        end = i;
    };
    let start = char_boundary(text, at.saturating_sub(40));
    let stop = char_boundary(text, at + head.len() + 40);
    let toks = tokenize(&text[start..stop]);
    let Some(i) = toks
        .iter()
        .position(|t| t.offset_in(text) + t.word.len() >= at + head.len())
    else {
        return false;
    };
    let named_next =
        !toks[i].breaks() && toks.get(i + 1).is_some_and(|t| t.cap) || toks[i].after == Some(',');
    let unnamed = toks[..i].iter().rev().take(4).any(|t| {
        names::is_indefinite(&t.lower) || matches!(t.lower.as_str(), "his" | "her" | "their")
    });
    unnamed && !named_next
}

/// In a dialogue (`“…,” Alito interjected. ⏎ “…,” Prelogar said. ⏎ “…”`), an unattributed
/// paragraph right after two paragraphs of two different speakers is the first one's turn again
/// (when the last is a line of dialogue: not `El presidente del comité, Andoni Lasarte, calificó
/// el cierre de “traición”. “…”, dijo Lasarte a las puertas de la fábrica, …`).
pub(super) fn dialogue_turn(
    out: &[Quote],
    paras: &[(usize, usize)],
    paragraph: usize,
) -> Option<String> {
    let mut full = out.iter().rev().filter(|q| !q.fragment);
    let last = full.next()?;
    let (start, end) = paras[last.paragraph];
    let quoted: usize = out
        .iter()
        .filter(|q| q.paragraph == last.paragraph)
        .map(|q| q.end - q.start)
        .sum();
    if (end - start).saturating_sub(quoted) > DIALOGUE_CREDIT * 2 {
        return None;
    }
    let before = full.find(|q| q.paragraph != last.paragraph)?;
    let adjacent = last.paragraph + 1 == paragraph && before.paragraph + 2 == paragraph;
    let (a, b) = (before.speaker.as_ref()?, last.speaker.as_ref()?);
    let cued = out
        .iter()
        .rev()
        .take_while(|q| q.paragraph >= last.paragraph)
        .any(|q| q.paragraph == last.paragraph && q.cue.is_some());
    (adjacent && a != b && cued).then(|| a.clone())
}

/// Whether `out[k]` is the only quote of its paragraph.
fn alone(out: &[Quote], k: usize) -> bool {
    let paragraph = out[k].paragraph;
    out.get(k + 1).is_none_or(|n| n.paragraph != paragraph)
        && (k == 0 || out[k - 1].paragraph != paragraph)
}

/// Whether `q` fills its paragraph but for a short credit (`“Not at fifty.”`, `“…,” Benitez
/// said.`): a line of dialogue.
pub(super) fn dialogue_line(para: (usize, usize), q: &Quote) -> bool {
    let (a, b) = para;
    a <= q.start && q.end <= b && !q.fragment && (q.start - a) + (b - q.end) <= DIALOGUE_CREDIT
}

/// Bytes of credit a line of dialogue may hold outside its quote (`”, Holloway said.`).
pub(super) const DIALOGUE_CREDIT: usize = 40;

/// `“You don't need to do it yourself,” Holloway said. ⏎ “I've done it a thousand times.” ⏎
/// “Not at fifty.” ⏎ “At fifty-one, actually,” Benitez said.`: in a run of dialogue lines, the
/// untagged lines between two tagged ones of different speakers an odd number of lines apart
/// alternate between them.
pub(super) fn alternate_dialogue(paras: &[(usize, usize)], out: &mut [Quote]) {
    // One quote per paragraph, each a line of dialogue, in consecutive paragraphs.
    let mut i = 0;
    while i < out.len() {
        let line = |k: usize| dialogue_line(paras[out[k].paragraph], &out[k]) && alone(out, k);
        let mut j = i;
        while j < out.len() && line(j) && (j == i || out[j].paragraph == out[j - 1].paragraph + 1) {
            j += 1;
        }
        if j - i >= 3 {
            let tagged: Vec<usize> = (i..j).filter(|&k| out[k].cue.is_some()).collect();
            for w in tagged.windows(2) {
                let (x, y) = (w[0], w[1]);
                let (Some(a), Some(b)) = (out[x].speaker.clone(), out[y].speaker.clone()) else {
                    continue;
                };
                if a != b && (y - x) % 2 == 1 && y - x > 1 {
                    for (n, q) in out[x + 1..y].iter_mut().enumerate() {
                        q.speaker = Some(if n % 2 == 0 { b.clone() } else { a.clone() });
                    }
                }
            }
        }
        i = j.max(i + 1);
    }
}

/// Longest untagged line of dialogue that [`answered_turns`] takes for a turn (`“Ninety
/// seconds.”`, `“And?”`), in bytes.
const TURN_LEN: usize = 80;

/// `Halloran stood at the pass; Menon worked the stove behind her. ⏎ “How long on the hake?”
/// Halloran asked. ⏎ “Ninety seconds.” ⏎ “You said that a minute ago.”`: short untagged lines
/// of dialogue after a tagged one answer it in turn, between its speaker and the other person
/// named in the paragraph before (the lines had all gone to the first speaker's run).
pub(super) fn answered_turns(paras: &[(usize, usize)], out: &mut [Quote], known: &Known) {
    let line =
        |out: &[Quote], k: usize| dialogue_line(paras[out[k].paragraph], &out[k]) && alone(out, k);
    let mut i = 0;
    while i < out.len() {
        // (The tagged line may hold a longer credit: `… Halloran asked without turning around.`)
        let (a, b) = paras[out[i].paragraph];
        let credit = (b - a).saturating_sub(out[i].end - out[i].start);
        let tagged = credit <= DIALOGUE_CREDIT * 2
            && alone(out, i)
            && out[i].cue.is_some()
            && out[i].speaker.is_some();
        // The untagged short lines right after, one to a paragraph.
        let mut j = i + 1;
        while tagged
            && j < out.len()
            && out[j].paragraph == out[j - 1].paragraph + 1
            && line(out, j)
            && out[j].cue.is_none()
            && out[j].end - out[j].start <= TURN_LEN
        {
            j += 1;
        }
        if j - i >= 3
            && let Some(a) = out[i].speaker.clone()
            && let Some(b) = other_in_scene(out[i].paragraph, out[i].start, &a, known)
        {
            for (n, q) in out[i + 1..j].iter_mut().enumerate() {
                q.speaker = Some(if n % 2 == 0 { b.clone() } else { a.clone() });
            }
        }
        i = j.max(i + 1);
    }
}

/// The last person other than `a` named in `paragraph` before byte `pos`, or in the paragraph
/// before, whom the article knows as someone (of known gender, or quoted elsewhere; not `Port
/// Madrone`): the other one in the scene.
fn other_in_scene(paragraph: usize, pos: usize, a: &str, known: &Known) -> Option<String> {
    let someone =
        |n: &String| n != a && (known.genders.contains_key(n) || known.speakers.contains(n));
    // A sentence's subject first (`Basaraba's lawyer, Teresa Lindqvist, asked the service
    // manager, Curtis Ahlgren, whether Basaraba …`), else anyone named.
    let s = known.subjects.partition_point(|(p, _, _)| *p < pos);
    let subject = known.subjects[..s]
        .iter()
        .rev()
        .take_while(|(_, para, _)| para + 1 >= paragraph)
        .map(|(_, _, n)| n.clone())
        .find(someone);
    subject.or_else(|| {
        known
            .mentions
            .iter()
            .filter(|m| !m.org && m.pos < pos && m.paragraph + 1 >= paragraph)
            .map(|m| {
                known
                    .mentions
                    .fullest(&m.words.join(" "), false, m.paragraph)
            })
            .filter(someone)
            .last()
    })
}

/// The speaker of the last full quote, if it is in this paragraph and has its own cue.
pub(super) fn cued_in_paragraph(out: &[Quote], paragraph: usize) -> Option<String> {
    out.iter()
        .rev()
        .find(|q| !q.fragment)
        .filter(|q| q.paragraph == paragraph && q.cue.is_some())
        .and_then(|q| q.speaker.clone())
}

/// The person who became a sentence's subject after the last quote, in this
/// paragraph or the one before.
pub(super) fn subject_since_last_quote(
    pos: usize,
    paragraph: usize,
    known: &Known,
    state: &State,
) -> Option<String> {
    latest_since(known.subjects, pos, paragraph, 1, state.last_quote_at).map(|(_, _, n)| n.clone())
}

/// The organisation that became a sentence's subject since the last quote, in this
/// paragraph or the two before: (offset, name).
pub(super) fn body_since_last_quote(
    pos: usize,
    paragraph: usize,
    known: &Known,
    state: &State,
) -> Option<(usize, String)> {
    latest_since(known.bodies, pos, paragraph, 2, state.last_quote_at)
        .map(|(p, _, n)| (*p, n.clone()))
}

/// The last of `subjects` before byte `pos`, if it comes after byte `since` and at most
/// `reach` paragraphs before `paragraph`.
pub(super) fn latest_since(
    subjects: &[Subject],
    pos: usize,
    paragraph: usize,
    reach: usize,
    since: Option<usize>,
) -> Option<&Subject> {
    let k = subjects.partition_point(|(p, _, _)| *p < pos);
    subjects[..k]
        .last()
        .filter(|(p, para, _)| since.is_none_or(|l| *p > l) && para + reach >= paragraph)
}

/// [`bind_nouns`]'s `Maria Lopez is a nurse`, `Burke, 61, works as a mechanic`, `Lopez, who
/// has been an emergency room nurse`, `Lopez is the nurse on duty`: with the verb at `i`, the
/// name's tokens (before the verb, an age in commas or `, who`) and the noun after `a`, `an` or
/// `the` and up to three lowercase words.
/// (Not inlined into [`bind_nouns`]: inlined, the gzipped wasm was 1.2 KB larger.)
#[inline(never)]
fn predicate_noun<'t, 'a>(
    toks: &'t [Tok<'a>],
    i: usize,
) -> Option<(std::ops::Range<usize>, &'t Tok<'a>)> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let perfect = usize::from(matches!(word(i), "has" | "had"));
    let verb = match (word(i + perfect), word(i + perfect + 1)) {
        ("works" | "worked" | "serves" | "served", "as") => perfect + 2,
        ("is" | "was" | "became", _) if perfect == 0 => 1,
        ("been", _) if perfect == 1 => 2,
        _ => return None,
    };
    // (Past an age in commas, `Burke, 61, is`, or a relative pronoun, `Lopez, who is`.)
    let aside = i >= 2
        && (word(i - 1) == "who"
            || (toks[i - 1].after == Some(',')
                && toks[i - 1].lower.chars().all(|c| c.is_ascii_digit())));
    let end = if aside { i - 1 } else { i };
    let last = &toks[end - 1];
    if !last.cap || (last.breaks() && !(aside && last.after == Some(','))) {
        return None;
    }
    let start = toks[..end - 1]
        .iter()
        .rposition(|t| !t.cap || t.breaks())
        .map_or(0, |k| k + 1);
    if !matches!(word(i + verb), "a" | "an" | "the") {
        return None;
    }
    let from = i + verb + 1;
    let phrase_ends =
        |j: usize| toks[j].after.is_some() || toks.get(j + 1).is_none_or(|n| is_stopword(&n.lower));
    let j = (from..toks.len().min(from + 4)).find(|&j| phrase_ends(j))?;
    let noun = &toks[j];
    let common = toks[from..=j].iter().all(|t| !t.cap)
        && noun.lower.chars().count() > 3
        && noun.lower.chars().all(char::is_alphabetic)
        && !is_stopword(&noun.lower);
    (common && end - start <= 4).then_some((start..end, noun))
}

/// Common nouns written right before a name (`US magazine Mobile PC`, `artists Langlands &
/// Bell`, `group Doctors for Camp Closure`), or describing the name in apposition at a
/// sentence's start (`The company that runs the AMAs, Dick Clark Productions, …`), so that
/// `the magazine`, `the artists`, `the company` later mean that name: (offset, noun, mention).
pub(super) fn bind_nouns(
    text: &str,
    toks: &[Tok],
    paragraph: usize,
    out: &mut Vec<(usize, String, Binding)>,
) {
    let at = |t: &Tok| t.offset_in(text);
    let bind = |noun: &Tok, run: &[Tok], out: &mut Vec<(usize, String, Binding)>| {
        // (`Then Julian Delacroix, the … quarterback`: a sentence's opening word is no name.)
        let lead = run
            .iter()
            .take_while(|t| is_stopword(&t.lower) || names::is_introductory(&t.lower))
            .count();
        let run = if lead < run.len() { &run[lead..] } else { run };
        let name: Vec<&str> = run.iter().map(|t| t.word).collect();
        let org = is_generic_body(&noun.lower) || names::is_org_word(&run[run.len() - 1].lower);
        out.push((
            at(noun),
            noun.lower.clone(),
            (name.join(" "), org, paragraph),
        ));
    };
    for (i, pair) in toks.windows(2).enumerate() {
        let (t, next) = (&pair[0], &pair[1]);
        let noun = !t.cap
            && t.after.is_none()
            && !t.possessive
            && t.lower.chars().count() > 3
            && t.lower.chars().all(char::is_alphabetic)
            && !is_stopword(&t.lower)
            && !cues::is_cue_word(&t.lower);
        // (Not a day: `announced the move in a statement Monday morning`.)
        if noun && next.cap && !names::is_calendar(&next.lower) {
            let end = name_run(toks, i + 1);
            bind(t, &toks[i + 1..end], out);
        }
        // `a Philadelphia videographer named Jordan Pyles`; `A rep for Sable tells E! News`
        // (who speaks for someone: `the rep says` means them).
        let speaks_for =
            next.lower == "for" && (t.lower == "rep" || names::is_spokesperson(&t.lower));
        // (`A spokesperson for the Kessler County State's Attorney's Office`: a body named
        // through possessives.)
        if let Some(body) = (speaks_for && !t.cap)
            .then(|| names::possessive_body_opening(text, &toks[i + 2..]))
            .flatten()
        {
            out.push((at(t), t.lower.clone(), (body, true, paragraph)));
            continue;
        }
        if ((noun && next.lower == "named") || (speaks_for && !t.cap))
            && toks.get(i + 2).is_some_and(|n| n.cap)
        {
            let end = name_run(toks, i + 2);
            bind(t, &toks[i + 2..end], out);
        }
    }
    // `Turning Point USA launched Professor Watchlist, a website that lists …`: the noun of
    // an apposition right after a name.
    // (`Nordvik Freight, the Norwegian container shipping group, swung …`: with `the` and
    // words before the noun, when a comma closes the apposition at a body's noun, or `who`
    // follows a person's: `Julian Delacroix, the 31-year-old quarterback who spent …`.)
    for (i, w) in toks.windows(3).enumerate() {
        let (last, det) = (&w[0], &w[1]);
        let the = det.lower == "the";
        let noun = if the {
            let ends = |j: usize| {
                toks[j].after.is_some()
                    || toks
                        .get(j + 1)
                        .is_some_and(|n| matches!(n.lower.as_str(), "who" | "whose"))
            };
            let Some(j) = (i + 2..toks.len().min(i + 7)).find(|&j| ends(j)) else {
                continue;
            };
            let noun = &toks[j];
            // A body's noun before a comma; a person's before `who`.
            let body = noun.after == Some(',') && is_generic_body(&noun.lower);
            let person = noun.after.is_none() && toks[i + 2..j].iter().all(|t| !t.cap);
            if !(body || person) {
                continue;
            }
            noun
        } else {
            // (`Maria Lopez, an emergency room nurse, said`: the noun closes the apposition.)
            // (Not `Professor Watchlist, a website that lists professors.`: a clause runs on.)
            let closes = (i + 2..toks.len().min(i + 6))
                .find(|&j| toks[j].after.is_some())
                .filter(|&j| toks[j].after == Some(','))
                .filter(|&j| {
                    toks[i + 2..j]
                        .iter()
                        .all(|t| !t.cap && !is_stopword(&t.lower))
                });
            closes.map_or(&w[2], |j| &toks[j])
        };
        let described = last.cap
            && last.after == Some(',')
            && (the || matches!(det.lower.as_str(), "a" | "an"))
            && !noun.cap
            && noun.lower.chars().count() > 3
            && noun.lower.chars().all(char::is_alphabetic)
            && !is_stopword(&noun.lower);
        let start = toks[..i]
            .iter()
            .rposition(|t| !t.cap || t.breaks())
            .map_or(0, |k| k + 1);
        if described && start <= i && i - start < 4 {
            bind(noun, &toks[start..=i], out);
        }
    }
    // `Maria Lopez is a nurse at the county hospital`, `Burke, 61, works as a mechanic`: the
    // noun a name is said to be.
    for i in 1..toks.len() {
        if let Some((name, noun)) = predicate_noun(toks, i) {
            bind(noun, &toks[name], out);
        }
    }
    // `The company that runs the AMAs, Dick Clark Productions, denies …`, `The doctors, members
    // of a recently formed group Doctors for Camp Closure, …`: the name ending the apposition.
    let starts = (0..toks.len()).filter(|&i| {
        i == 0
            || toks[i - 1]
                .after
                .is_some_and(|c| matches!(c, '.' | '!' | '?'))
    });
    for s in starts {
        let toks = &toks[s..];
        let [the, noun, ..] = toks else { continue };
        if the.lower != "the" || noun.cap {
            continue;
        }
        let Some(c) = toks.iter().take(12).position(|t| t.after == Some(',')) else {
            continue;
        };
        let Some(c2) = toks[c + 1..]
            .iter()
            .take(15)
            .position(|t| t.after == Some(','))
        else {
            continue;
        };
        let c2 = c + 1 + c2;
        // Not a clause (`The statement, which was obtained by Variety, claimed …`).
        let clause = toks[c + 1..=c2].iter().any(|t| {
            static WORDS: WordSet = WordSet::new("which who that whose was is were are has had");
            WORDS.contains(t.lower.as_str())
        });
        // Nor a participle's (`The lawsuit, filed in federal court in Manhattan, says …`).
        let participle = !toks[c + 1].cap && toks[c + 1].lower.ends_with("ed");
        // Nor the sentence's own report (`The company said in a statement that the closures,
        // in Ashby, Iowa, were …`): a reporting verb before the first comma ends the subject.
        let reports = toks[..=c].iter().any(|t| cues::is_verb(&t.lower));
        if clause || participle || reports {
            continue;
        }
        // (`in Ashby,`: a name after a preposition is a place, not the apposition.)
        let start = (c + 1..=c2).find(|&j| {
            toks[j].cap
                && (j == c + 1 || !(toks[j - 1].cap || is_place_preposition(&toks[j - 1].lower)))
                && name_run(toks, j) == c2 + 1
        });
        if let Some(j) = start {
            bind(noun, &toks[j..=c2], out);
        }
    }
}

/// Where the capitalised name starting at token `i` ends (exclusive): capitalised words and
/// connectors between them (`Doctors for Camp Closure`), up to punctuation.
pub(super) fn name_run(toks: &[Tok], i: usize) -> usize {
    let mut j = i;
    while j < toks.len() {
        let t = &toks[j];
        // `van der Berg`: two particles may come before the surname.
        let next_name = toks[j + 1..]
            .iter()
            .take(2)
            .find(|n| !names::is_connector(&n.lower))
            .is_some_and(|n| n.cap);
        let joins = names::is_connector(&t.lower) && j > i && next_name;
        if !(t.cap || joins) {
            break;
        }
        j += 1;
        if t.breaks() || t.possessive {
            break;
        }
    }
    j
}

/// A preposition of place (`in Ashby`, `at Heathrow`): the name after it is where, not who.
fn is_place_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "at" | "from" | "near" | "outside" | "across" | "to"
    )
}

/// A name a noun was written with: (name as written, is a body, paragraph).
pub(super) type Binding = (String, bool, usize);

/// Nouns bound to names ([`bind_nouns`]): for each noun, (offset, fullest name, is a body), in text order.
#[derive(Default)]
pub(super) struct Bound(HashMap<String, Vec<(usize, Binding)>>);

impl Bound {
    pub(super) fn new(found: Vec<(usize, String, Binding)>) -> Self {
        let mut map: HashMap<String, Vec<(usize, Binding)>> = HashMap::new();
        for (pos, noun, binding) in found {
            map.entry(noun).or_default().push((pos, binding));
        }
        Bound(map)
    }

    /// The last binding before `pos` that `keeps`, among `lists`, within [`ROLE_REACH`] bytes.
    fn latest<'b>(
        lists: impl Iterator<Item = &'b Vec<(usize, Binding)>>,
        pos: usize,
        keeps: impl Fn(&Binding) -> bool,
    ) -> Option<&'b (usize, Binding)> {
        lists
            .filter_map(|list| {
                let k = list.partition_point(|(p, _)| *p < pos);
                list[..k].iter().rev().find(|(_, b)| keeps(b))
            })
            .filter(|(p, _)| pos - p <= ROLE_REACH)
            .max_by_key(|(p, _)| *p)
    }

    /// The lists of the nouns that `fits`.
    fn lists_of<'b>(
        &'b self,
        fits: impl Fn(&str) -> bool + 'b,
    ) -> impl Iterator<Item = &'b Vec<(usize, Binding)>> {
        self.0
            .iter()
            .filter(move |(k, _)| fits(k))
            .map(|(_, list)| list)
    }

    /// The fullest form of the name `noun` (or its singular or plural) was last written
    /// with, within [`ROLE_REACH`] bytes before `pos`: (name, is an organisation).
    fn get(&self, noun: &str, pos: usize, mentions: &Mentions) -> Option<(String, bool)> {
        let singular = noun.strip_suffix('s').unwrap_or(noun);
        let mut forms = vec![noun.to_string(), format!("{noun}s"), singular.to_string()];
        if let Some(other) = synonym(singular) {
            forms.extend([other.to_string(), format!("{other}s")]);
        }
        let lists = forms.iter().filter_map(|f| self.0.get(f));
        let (_, (name, org, paragraph)) = Self::latest(lists, pos, |_| true)?;
        let org = *org || names::is_acronym(name);
        Some((mentions.fullest(name, org, *paragraph), org))
    }

    /// `Nordvik Freight, the Norwegian container shipping group, … the company said`: the body
    /// last described with a body noun, whichever noun, within [`ROLE_REACH`] bytes before `pos`.
    fn last_body(&self, pos: usize, mentions: &Mentions) -> Option<String> {
        let lists = self.lists_of(is_generic_body);
        let (_, (name, _, paragraph)) = Self::latest(lists, pos, |(_, org, _)| *org)?;
        Some(mentions.fullest(name, true, *paragraph))
    }

    /// `Beside it is a letter Quill sent her … It reads: “…”`: the last document bound.
    pub(super) fn last_document(&self, pos: usize, known: &Known) -> Option<String> {
        let lists = self.lists_of(names::is_document);
        let (_, (name, org, paragraph)) = Self::latest(lists, pos, |_| true)?;
        let org = *org || names::is_acronym(name);
        Some(known.mentions.fullest(name, org, *paragraph))
    }

    /// `an audit released Monday by the Office of the Inspector General … the report says`: a
    /// document word never bound means the last document bound, whatever word named it, unless
    /// the word itself brought in a new one since (`In a separate press release, the company
    /// said … the release said`: a new document whose author was not bound).
    fn other_document(&self, noun: &str, pos: usize, known: &Known) -> Option<(String, bool)> {
        if !names::is_document(noun) {
            return None;
        }
        let lists = self.lists_of(names::is_document);
        let (at, (name, org, paragraph)) = Self::latest(lists, pos, |_| true)?;
        let since = tokenize(&known.text[*at..pos]);
        let introduced = |i: usize| {
            since[i.saturating_sub(3)..i]
                .iter()
                .any(|t| matches!(t.lower.as_str(), "a" | "an" | "another"))
        };
        if (1..since.len()).any(|i| since[i].lower == noun && introduced(i)) {
            return None;
        }
        let org = *org || names::is_acronym(name);
        Some((known.mentions.fullest(name, org, *paragraph), org))
    }
}

/// Nouns news writing uses in turn for the same people (`The doctors, members of … group
/// Doctors for Camp Closure` … `the physicians stated`).
pub(super) fn synonym(noun: &str) -> Option<&'static str> {
    Some(match noun {
        "doctor" => "physician",
        "physician" => "doctor",
        "lawyer" => "attorney",
        "attorney" => "lawyer",
        "researcher" => "scientist",
        "scientist" => "researcher",
        "carmaker" => "automaker",
        "automaker" => "carmaker",
        _ => return None,
    })
}

/// Makes a person found by their role the one later pronouns refer to.
pub(super) fn remember_person(
    name: Option<String>,
    pos: usize,
    paragraph: usize,
    state: &mut State,
) -> Option<String> {
    if let Some(n) = &name {
        state.last_person = Some(n.clone());
        state.last_person_at = Some(pos);
        state.last_person_paragraph = paragraph;
    }
    name
}

/// Who `the Bishop` or `the expert` is: the person named with that word last time it was
/// used with a name (`The Bishop of Durham, the Rt Rev Dr Tom Wright, …`), or no one if it
/// was last used for someone unnamed (`said one legal expert`). `None`: never used before.
/// (`prime minister`: only a `minister` written with `prime`.)
pub(super) fn role_referent(head: &str, pos: usize, known: &Known) -> Option<Option<String>> {
    let (modifiers, noun) = match head.rsplit_once(' ') {
        Some((m, n)) => (vec![m], n),
        None => (vec![], head),
    };
    qualified_role(
        noun,
        &modifiers,
        pos,
        known.roles,
        known.mentions,
        known.text,
    )
}

/// [`role_referent`] for a role written with words that narrow it (`the CIA director`):
/// only an earlier use with those words right before it counts (not `Brian Nagel, the
/// director of global security`).
pub(super) fn qualified_role(
    head: &str,
    modifiers: &[&str],
    pos: usize,
    roles: &HashMap<String, Vec<usize>>,
    mentions: &Mentions,
    text: &str,
) -> Option<Option<String>> {
    // `the senator` is also the role of `Sen. Renata Castellanos`. (The last 20 uses of each
    // before `pos`, so that a long article's many uses cost nothing.)
    let last_uses = |word: &str| {
        let list = roles.get(word).map_or(&[][..], Vec::as_slice);
        let k = list.partition_point(|&o| o < pos);
        list[k.saturating_sub(20)..k]
            .iter()
            .map(|&o| (o, word.len()))
            .collect::<Vec<_>>()
    };
    let mut at = last_uses(head);
    if let Some(short) = abbreviated(head) {
        at.extend(last_uses(short));
        at.sort_unstable();
    }
    for &(o, len) in at.iter().rev().take(20) {
        if pos - o > ROLE_REACH {
            break;
        }
        let from = char_boundary(text, o.saturating_sub(40));
        if !modifiers.is_empty() && !has_modifiers(&text[from..o], modifiers) {
            continue;
        }
        // (`the senator's chief of staff, Jordan Pike`: the name is someone the role owns.)
        if ["'s", "’s"].iter().any(|p| text[o + len..].starts_with(p)) {
            continue;
        }
        if let Some(name) = mentions.person_beside(text, o, len) {
            return Some(Some(name));
        }
        if indefinite_before(text, o) {
            return Some(None);
        }
    }
    None
}

/// `China’s ambassador to Britain accused … and warned that … “…”` at the top of an article,
/// then `China’s ambassador to Britain Liu Xiaming has said`: with no one before it to refer
/// to, a role refers ahead to the name written beside its next use.
fn role_ahead(head: &str, pos: usize, known: &Known) -> Option<String> {
    let uses = known.roles.get(head).map_or(&[][..], Vec::as_slice);
    let next = uses.partition_point(|&o| o <= pos);
    uses[next..]
        .iter()
        .take_while(|&&o| o - pos <= ROLE_REACH)
        .find_map(|&o| known.mentions.person_beside(known.text, o, head.len()))
}

/// How a title is written before a name (`Sen.` for `senator`).
pub(super) fn abbreviated(title: &str) -> Option<&'static str> {
    Some(match title {
        "senator" => "sen.",
        "representative" => "rep.",
        "governor" => "gov.",
        "general" => "gen.",
        "professor" => "prof.",
        "doctor" => "dr.",
        // `the Member of Parliament` after `Labour MP Gisela Stuart`.
        "member" => "mp",
        _ => return None,
    })
}

/// Whether each modifier is written in `window`: as written, or as a whole word in any case
/// (`Prime Minister …` for `the prime minister`).
pub(super) fn has_modifiers(window: &str, modifiers: &[&str]) -> bool {
    let lower = window.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).collect();
    modifiers
        .iter()
        .all(|m| window.contains(m) || words.contains(&m.to_lowercase().as_str()))
}

/// How far back (bytes) a role word is looked up.
pub(super) const ROLE_REACH: usize = 4000;

/// `a`, `an`, `one`, `another` within the three words before byte `o` (`one legal expert`).
pub(super) fn indefinite_before(text: &str, o: usize) -> bool {
    let start = char_boundary(text, o.saturating_sub(40));
    let toks = tokenize(&text[start..o]);
    for (i, t) in toks.iter().enumerate().rev().take(3) {
        // (`whom he believes to be a strong diplomat`: a predicate, no one brought in.)
        let predicate = i > 0
            && matches!(
                toks[i - 1].lower.as_str(),
                "be" | "being" | "is" | "was" | "as" | "become" | "became"
            );
        if names::is_indefinite(&t.lower) {
            return !predicate;
        }
        if t.breaks() || matches!(t.lower.as_str(), "the" | "this" | "that" | "his" | "her") {
            return false;
        }
    }
    false
}

/// How far back (bytes) a person named just before a pronoun wins over earlier speakers.
pub(super) const NEAR: usize = 300;

/// Who `he`, `she`, `they` or `the minister` is: the subject of a sentence since
/// the last speaker (`Ryan Suter, who …, could see … “…,” he said`), else a person
/// named just before (`… Jo Walton explained. “…,” she said`), else the speaker
/// mentioned last, else the person the article has mentioned most so far; `he`
/// and `she` skip people known to be of the other gender.
pub(super) fn person_anaphor(
    pos: usize,
    paragraph: usize,
    female: Option<bool>,
    known: &Known,
    state: &mut State,
) -> Option<String> {
    let fits =
        |name: &str| female.is_none() || known.genders.get(name).is_none_or(|g| Some(*g) == female);
    // `When Ailes spotted James Murdoch on the monitor, he remarked to his deputy, “…”`: the
    // person a subordinate clause opening the pronoun's sentence is about.
    if let Some(n) = opening_clause_person(pos, paragraph, known).filter(|n| fits(n)) {
        return remember_person(Some(n), pos, paragraph, state);
    }
    let s = known.subjects.partition_point(|(p, _, _)| *p < pos);
    // (`Claire Besson, hydrologue, … La Creuse a connu des crues …, rappelle-t-elle. En 1910,
    // le maire, Émile Jarrousse, … « … », nuance la scientifique`: a gendered pronoun or role
    // passes over subjects of unknown gender, which may be no one, to the nearest one known
    // to be of its gender.)
    let mut subject = None;
    for candidate in known.subjects[..s].iter().rev().take_while(|(p, para, _)| {
        state.last_person_at.is_none_or(|l| *p > l) && para + 2 >= paragraph
    }) {
        let n = &candidate.2;
        if female.is_some() && known.genders.get(n) == female.as_ref() {
            subject = Some(candidate);
            break;
        }
        if subject.is_none() && fits(n) {
            subject = Some(candidate);
            if female.is_none() {
                break;
            }
        }
    }
    // `“…,” said one resident. “…,” she added`: someone unnamed quoted in this paragraph or the
    // one before, since the last person, with no one named as a subject since, is whom the
    // pronoun means.
    // (Not past a paragraph that names someone: `… soupire une source. ⏎ Dans l'avion, Jean-
    // Baptiste de La Roche consent à quelques confidences. « … », lâche-t-il`.)
    let named_since = |para: usize| {
        [known.people, known.referred].iter().any(|list| {
            let j = list.partition_point(|(p, _, _)| *p < pos);
            j.checked_sub(1).is_some_and(|j| list[j].1 > para)
        })
    };
    if let Some((at, para, head)) = &state.last_unnamed
        && state.last_person_at.is_none_or(|l| l < *at)
        && para + 1 >= paragraph
        && subject.is_none_or(|(p, _, _)| p < at)
        && !named_since(*para)
        && female.is_none_or(|f| gender_of_noun(head, known).is_none_or(|g| g == f))
    {
        return None;
    }
    // `The company that runs the AMAs, Dick Clark Productions, denies … “…,” they said`: `they`
    // for a body that became a sentence's subject after any person did.
    if female.is_none()
        && let Some(body) = body_since_last_quote(pos, paragraph, known, state)
            .filter(|(at, _)| subject.is_none_or(|(p, _, _)| at > p))
    {
        state.last_org = Some(body.1.clone());
        return Some(body.1);
    }
    // `Flaherty keeps the column … ⏎ Acosta first came at fifteen, brought by his mother, Lucia
    // Acosta, who cleans offices. I spoke with her … “…,” she said`: someone of that gender
    // introduced in this paragraph (by a noun for a person), after a subject of an earlier
    // one, is the one meant (not `called Omar a “terrorist”`).
    let j = known.people.partition_point(|(p, _, _)| *p < pos);
    let named_here = known.people[..j]
        .iter()
        .rev()
        .take_while(|(_, para, _)| *para == paragraph)
        .map(|(p, _, n)| (*p, known.mentions.fullest(n, false, paragraph)))
        .find(|(p, n)| {
            female.is_some()
                && known.genders.get(n) == female.as_ref()
                && gendered_noun_before(known.text, *p) == female
        });
    if let Some((at, n)) = named_here
        && subject.is_some_and(|(p, para, _)| *para < paragraph && at > *p)
    {
        return remember_person(Some(n), pos, paragraph, state);
    }
    if let Some((_, _, n)) = subject {
        return remember_person(Some(n.clone()), pos, paragraph, state);
    }
    if unnamed_just_before(pos, known, state) {
        return None;
    }
    // No one new since the last speaker, who spoke close by: `“…,” Cook told Benioff. “…,” he said`.
    let j = known.people.partition_point(|(p, _, _)| *p < pos);
    let last_named = j.checked_sub(1).map(|j| &known.people[j]);
    let named_since = last_named
        .is_some_and(|(at, _, _)| state.last_person_at.is_none_or(|l| *at > l) && pos - at <= NEAR);
    let recent = state.last_person_paragraph + 2 >= paragraph && !named_since;
    if recent && let Some(n) = state.last_person.clone().filter(|n| fits(n)) {
        return remember_person(Some(n), pos, paragraph, state);
    }
    let k = known.timeline.partition_point(|(p, _)| *p < pos);
    let speaker = known.timeline[..k]
        .iter()
        .rev()
        .take(50)
        .find(|(_, n)| fits(n));
    let near = last_named
        .filter(|(p, _, _)| pos - p <= NEAR && speaker.is_none_or(|(sp, _)| p > sp))
        .map(|(_, _, n)| known.mentions.fullest(n, false, usize::MAX))
        .filter(|n| fits(n));
    // `For Moss, the arithmetic is simpler. She does not drive … “…,” she said`: the person
    // last referred to, by any form of their name, since the last speaker, in this paragraph
    // or the one before.
    let j = known.referred.partition_point(|(p, _, _)| *p < pos);
    let referred = known.referred[..j]
        .iter()
        .rev()
        .take_while(|(p, para, _)| para + 1 >= paragraph && speaker.is_none_or(|(sp, _)| p > sp))
        .find(|(_, _, n)| n.contains(' ') && fits(n) && known.genders.contains_key(n))
        .map(|(_, _, n)| n.clone());
    let near = near.or(referred);
    let name = near
        .or_else(|| speaker.map(|(_, n)| n.clone()))
        .or_else(|| state.last_person.clone().filter(|n| fits(n)))
        .or_else(|| known.mentions.most_mentioned_person(pos, fits));
    remember_person(name, pos, paragraph, state)
}

/// The person named right after a subordinating word (`When`, `After`, `As` …) that opens the
/// sentence in which the quote at `pos` stands, when a `he` or `she` follows that clause's comma.
fn opening_clause_person(pos: usize, paragraph: usize, known: &Known) -> Option<String> {
    let from = char_boundary(known.text, pos.saturating_sub(400));
    let before = &known.text[from..pos];
    let start = before.rfind(['.', '?', '!', '\n']).map_or(0, |i| i + 1);
    let toks = tokenize(&before[start..]);
    let [opener, name, rest @ ..] = &toks[..] else {
        return None;
    };
    let subordinate = {
        static WORDS: WordSet =
            WordSet::new("when after as once while before since until although");
        WORDS.contains(opener.lower.as_str())
    };
    let pronoun_after_comma = rest
        .windows(2)
        .any(|w| w[0].after == Some(',') && matches!(w[1].lower.as_str(), "he" | "she"));
    if !subordinate || !name.cap || !pronoun_after_comma {
        return None;
    }
    let full = known.mentions.fullest(name.word, false, paragraph);
    is_person(&full).then_some(full)
}

/// `WIRED spoke to one mother, who knew … “…,” she said`: someone unnamed (`one`, `a`,
/// `another` and a person noun) was brought in close before the pronoun, after anyone named.
/// (Not what someone is, `being a mother of four is no hindrance for Conway`, nor a job
/// offered, `she was offered a spokeswoman role`, nor a likeness.)
pub(super) fn unnamed_just_before(pos: usize, known: &Known, state: &State) -> bool {
    let from = char_boundary(known.text, pos.saturating_sub(NEAR));
    let toks = tokenize(&known.text[from..pos]);
    let Some(i) = toks.windows(2).enumerate().rposition(|(k, w)| {
        // (Nor a likeness, `the expression of a man who has been told`, `like a woman who`.)
        let copula = k > 0
            && (is_copula(&toks[k - 1].lower)
                || matches!(toks[k - 1].lower.as_str(), "of" | "like" | "as" | "than"));
        let job = toks.get(k + 2).is_some_and(|t| {
            !w[1].breaks() && matches!(t.lower.as_str(), "role" | "job" | "position" | "post")
        });
        // (Not words of the last quote: `“… you are a customer and not an owner.”`.)
        let at = w[0].offset_in(known.text);
        let quoted = state
            .last_quote_at
            .is_some_and(|q| q <= at && at < state.last_quote_end);
        !copula
            && !job
            && !quoted
            && is_any_indefinite(&w[0].lower)
            && (is_listed_person_noun(&w[1].lower) || UNNAMED_NOUNS.contains(&w[1].lower))
            // (Nor an owner: `losing a customer's satellite`.)
            && !w[1].possessive
    }) else {
        return false;
    };
    let at = toks[i].offset_in(known.text);
    let j = known.people.partition_point(|(p, _, _)| *p < pos);
    // (Or a named subject since: `another reporter called out … Vail did not engage. “…,” she
    // said`.)
    let s = known.subjects.partition_point(|(p, _, _)| *p < pos);
    let named_after = j.checked_sub(1).is_some_and(|j| known.people[j].0 > at)
        || s.checked_sub(1).is_some_and(|s| known.subjects[s].0 > at);
    !named_after && state.last_person_at.is_none_or(|l| l < at)
}

/// Whether a noun for a person is a woman's (`woman`, `habitante`, `Anwohnerin`), read in the
/// article's language.
fn gender_of_noun(head: &str, known: &Known) -> Option<bool> {
    let romance = known.casing.is_romance();
    let german = known.casing.is_german();
    noun_gender(head)
        .or_else(|| romance.then(|| french_gender(head)).flatten())
        .or_else(|| german.then(|| german_gender(head)).flatten())
}

/// A noun for a person quoted without a name (`resident`, `source`, `official`, `habitante`).
pub(super) fn is_unnamed_person(head: &str) -> bool {
    is_listed_person_noun(head) || UNNAMED_NOUNS.contains(head) || names::is_title(head)
}

/// `a`, `one`, `une`, `eine`, `una`: an indefinite article in any of the languages read.
fn is_any_indefinite(w: &str) -> bool {
    names::is_indefinite(w) || matches!(w, "un" | "une" | "ein" | "eine" | "einer" | "una")
}

/// Nouns for the people news quotes without a name (`a resident`, `une habitante`, `eine
/// Anwohnerin`, `un vecino`), beyond [`is_listed_person_noun`].
static UNNAMED_NOUNS: WordSet = WordSet::new(concat!(
    "resident neighbour neighbor local villager passerby passer-by bystander customer shopper ",
    "worker employee parent mum mom dad grandmother grandfather pupil fan voter patient ",
    "survivor volunteer protester protestor demonstrator onlooker tourist visitor commuter ",
    "driver farmer shopkeeper source insider ",
    "habitant habitante riverain riveraine voisin voisine passant passante témoin mère père ",
    "femme homme élève étudiant étudiante salarié salariée employé employée commerçant ",
    "commerçante manifestant manifestante retraité retraitée agriculteur agricultrice ",
    "anwohner anwohnerin nachbar nachbarin bewohner bewohnerin frau mann mutter vater passant ",
    "passantin zeuge zeugin mitarbeiter mitarbeiterin ",
    "vecino vecina residente testigo mujer hombre madre padre trabajador trabajadora ",
));

/// `is`, `being`, `as`: words before what someone is (`being a mother`).
pub(super) fn is_copula(w: &str) -> bool {
    {
        static WORDS: WordSet = WordSet::new("is was are were be been being as became becomes");
        WORDS.contains(w)
    }
}

/// `a soft-spoken man named Ravi Menon`, `her mother, Agnes Halloran`: the gender of a noun
/// for a person written right before a name, in apposition or with `named`.
pub(super) fn gendered_noun_before(text: &str, pos: usize) -> Option<bool> {
    let before = text[char_boundary(text, pos.saturating_sub(40))..pos].trim_end();
    let before = before
        .strip_suffix(" named")
        .or_else(|| before.strip_suffix(" called"))
        .or_else(|| before.strip_suffix(','))
        .unwrap_or(before);
    let noun = before.rsplit(|c: char| !c.is_alphabetic()).next()?;
    noun_gender(noun)
}

/// How many votes a given name of known gender counts for (`Emily Maitlis`).
const GIVEN_NAME_VOTES: usize = 3;

/// Gender of the people in the article, from honorifics (`Ms Hewitt`) and from the
/// first `he`/`she`/`his`/`her` right after a mention, before anyone else is named.
pub(super) fn genders(
    text: &str,
    paras: &[(usize, usize)],
    spans: &[Span],
    mentions: &Mentions,
    people: &[(usize, usize, String)],
) -> HashMap<String, bool> {
    let inside = |pos: usize| in_quote(spans, pos);
    let mut votes: HashMap<String, (usize, usize)> = HashMap::new();
    let mut vote = |name: String, female: bool| {
        let v = votes.entry(name).or_default();
        if female { v.1 += 1 } else { v.0 += 1 }
    };
    for m in mentions.iter().filter(|m| !m.org) {
        if let Some(f) = m.female.or_else(|| gendered_noun_before(text, m.pos)) {
            vote(mentions.fullest(&m.words.join(" "), false, m.paragraph), f);
        }
    }
    // A given name that tells the gender ([`GIVEN_NAME_VOTES`]).
    let mut seen: HashSet<&str> = HashSet::new();
    for (_, _, name) in people {
        if !seen.insert(name) {
            continue;
        }
        let full = mentions.fullest(name, false, usize::MAX);
        if let Some(f) = full.split(' ').next().and_then(first_names::gender) {
            for _ in 0..GIVEN_NAME_VOTES {
                vote(full.clone(), f);
            }
        }
    }
    let mut pronouns: Vec<(usize, bool, bool, bool)> = Vec::new();
    for &(a, b) in paras {
        for t in tokenize(&text[a..b]) {
            let pos = t.offset_in(text);
            // `he`, `she`, `his`, `her`, `him` (any case), outside quotes.
            let subject = names::pronoun(&t.lower).is_some();
            let is_pronoun = subject || matches!(t.lower.as_str(), "his" | "her" | "him");
            if let Some(f) = names::gender_of(&t.lower).filter(|_| is_pronoun)
                && !inside(pos)
            {
                // (`him`, or `her` ending a clause: an object, not an owner.)
                let object = t.lower == "him" || (t.lower == "her" && t.after.is_some());
                pronouns.push((pos, f, subject, object));
            }
        }
    }
    // Each person named outside quotes, and each surname standing for one (`Acosta, who is
    // undefeated …, nodded … When he was out of earshot`): the next pronoun is theirs.
    // (A surname does not end an earlier full name's reach: `Walli Hanifi, says Mr Hicks
    // approached him`.)
    let mut surnames = mentions
        .with_person_names()
        .filter(|(m, _)| !m.org && m.words.len() == 1 && !inside(m.pos))
        .filter_map(|(m, full)| Some((m.pos, full?.to_string(), false)))
        // (A surname, not a given name: `Mariam had just set down a plate …, and he was
        // frowning`.)
        .filter(|(p, full, _)| {
            full.rsplit(' ')
                .next()
                .is_some_and(|l| text[*p..].starts_with(l))
        })
        .peekable();
    // Both lists are in text order: merged, not sorted (a sort of a new type costs the wasm
    // build kilobytes).
    let mut voters: Vec<(usize, String, bool)> = Vec::new();
    for (p, _, n) in people {
        while let Some(s) = surnames.next_if(|s| s.0 < *p) {
            voters.push(s);
        }
        voters.push((*p, n.clone(), true));
    }
    voters.extend(surnames);
    for (i, (pos, name, full)) in voters.iter().enumerate() {
        let next_person = voters[i + 1..]
            .iter()
            .find(|v| v.2 || !full)
            .map_or(usize::MAX, |p| p.0);
        let k = pronouns.partition_point(|(p, _, _, _)| p <= pos);
        // (Not `his`, `him`, `her` in a relative clause, most often someone else's:
        // `Kellyanne Conway, the campaign manager who helped him win his …`; nor an object
        // after a surname alone, most often someone else: `Menon worked the stove behind her`.)
        let relative = |p: usize| text[*pos..p].contains(" who ");
        // (Nor after `telling`/`told`: `telling host Shay Whitlock that he found out` is the
        // teller's `he`.)
        let addressed = text[..*pos].split_whitespace().rev().take(2).any(|w| {
            matches!(
                w,
                "telling" | "told" | "tells" | "tell" | "asking" | "asked"
            )
        });
        if let Some(&(p, f, subject, object)) = pronouns.get(k)
            && p < next_person
            && p - pos <= 250
            && (subject || !relative(p))
            && (*full || !object)
            // (Nor an owner in a later sentence after a surname alone: `… Mogib said. Also on
            // Monday, Sisi issued a pardon … against his rule`.)
            && (*full || subject || !text[*pos..p].contains(". "))
            && !addressed
        {
            vote(mentions.fullest(name, false, usize::MAX), f);
        }
    }
    votes
        .into_iter()
        .filter(|(_, (m, f))| m != f)
        .map(|(n, (m, f))| (n, f > m))
        .collect()
}
