//! Direct quotations in the article text and who said them.
//!
//! Input: `Article::text` (blocks separated by a blank line).
//! Output: [`Quote`]s with speaker, cue, paragraph index and byte offsets.
//!
//! Steps: [`marks`] finds the quoted spans (every language's marks, runs
//! over several paragraphs); for each span the words before it (same
//! sentence) and after it (to the sentence end or the next quote) are read
//! for a reporting cue ([`cues`]) and its subject ([`names`]). The article is
//! read once more for who each sentence is about (its opening subject or the
//! subject of its reporting verb) and for role words (`the Bishop`). Then, in
//! order: pronouns go to a person who became a subject since the last speaker,
//! else the last speaker close by; role words to the person named with them;
//! unattributed runs continue the previous speaker or a newly introduced one;
//! short names go to the fullest name the article gives. Bodies are tracked
//! too: a body that became a sentence's subject is what `it`/`they` mean, a
//! noun written with a name (`US magazine Mobile PC`) means that name later,
//! and a document (`the statement`) speaks for whoever issued it. Gender comes
//! from honorifics, common given names ([`first_names`]) and nearby pronouns.
//!
//! Last, a learnt ranker ([`rank`]) weighs the rules' speaker, where they
//! guessed it from context or found no one, against the other names written
//! near the quote and against no one.
//!
//! Files: this one runs the steps and reads the article for subjects and
//! bindings; `attribution` reads each quote's cue and subject; `speakers`
//! resolves them to names; `names` reads noun phrases and indexes mentions;
//! `rank` is the learnt second opinion (weights in `rank_weights.rs`, fitted by
//! `scripts/train_ranker.py`).

mod attribution;
pub mod cues;
mod first_names;
mod korean;
pub mod marks;
pub mod names;
mod rank;
mod speakers;
pub mod tokens;

use attribution::*;
use speakers::*;

use crate::Quote;
use crate::summary::sentence_spans;
use crate::summary::words::is_stopword;
use cues::{CueKind, cue_at, first_cue, last_cue};
use marks::Span;
use names::{Mentions, Who, is_acronym, subject_after, subject_before};
use std::collections::{HashMap, HashSet};
use tokens::{Tok, WordSet, char_boundary, tokenize};

pub use rank::{Choice, FEATURES};

/// All direct quotations of `text`, in order.
pub fn find_quotes(text: &str) -> Vec<Quote> {
    let (mut out, choices) = rules_and_choices(text);
    rank::rerank(&mut out, &choices);
    out
}

/// The rules' answer for each full quote's speaker that the ranker may change, with the names
/// it could be instead and their feature rows (for training [`rank`]'s weights).
pub fn speaker_choices(text: &str) -> Vec<Choice> {
    rules_and_choices(text).1
}

/// The quotes as the rules read them, and the choices of speaker the ranker weighs.
fn rules_and_choices(text: &str) -> (Vec<Quote>, Vec<Choice>) {
    let paras = marks::paragraphs(text);
    let spans = marks::find_spans(text, &paras);
    if spans.is_empty() {
        return (Vec::new(), Vec::new());
    }
    // Two passes over the words (how the article writes each word, then its names),
    // tokenizing again rather than holding every token of a huge page.
    let mut casing = names::Casing::default();
    for &(a, b) in &paras {
        casing.add(&tokenize(&text[a..b]));
    }
    let mut mentions = Vec::new();
    let mut roles: HashMap<String, Vec<usize>> = HashMap::new();
    let mut bound = Vec::new();
    for (p, &(a, b)) in paras.iter().enumerate() {
        let toks = tokenize(&text[a..b]);
        let first = mentions.len();
        names::mentions(text, &toks, p, &casing, &mut mentions);
        names::long_form_mentions(text, (a, b), p, first, &mut mentions);
        names::possessive_bodies(text, &toks, p, first, &mut mentions);
        if casing.is_romance() || casing.is_german() {
            names::body_name_mentions(text, casing.is_german(), &toks, p, first, &mut mentions);
        }
        for t in &toks {
            let german = casing.is_person_noun_here(&t.lower);
            if names::is_title(&t.lower) || is_person_noun(&t.lower) || german {
                let pos = t.offset_in(text);
                roles.entry(t.lower.clone()).or_default().push(pos);
            }
        }
        bind_nouns(text, &toks, p, &mut bound);
    }
    names::keep_headline_names(&mut mentions);
    let mentions = Mentions::new(mentions);
    let mentions = if casing.is_german() {
        mentions.without_stray_tails()
    } else {
        mentions
    };
    // Pass 1: each span's own cue and subject.
    let mut sentences = SentenceCache::default();
    let reads: Vec<Option<Read>> = (0..spans.len())
        .map(|k| {
            let w = windows(text, &paras, &spans, k, &mut sentences);
            read(text, &spans[k], &w)
        })
        .collect();
    // Pass 2: names resolved, pronouns and continued runs filled in, in order.
    let people = people_mentioned(text, &spans, &mentions);
    let referred = people_referred(text, &spans, &mentions);
    let genders = genders(text, &paras, &spans, &mentions, &people);
    let timeline = speaker_timeline(&spans, &reads, &mentions, &genders, casing.is_german());
    let mut speakers: Vec<String> = timeline.iter().map(|(_, n)| n.clone()).collect();
    speakers.sort_unstable();
    speakers.dedup();
    let (subjects, bodies, lone_bodies) = sentence_subjects(
        text,
        &paras,
        &spans,
        (&mentions, &roles, &casing, &genders),
        &mut bound,
    );
    // (In text order, ties as found: an unstable sort with the index as tie-break, which
    // keeps the wasm free of a second sort's code.)
    let mut keyed: Vec<_> = bound.into_iter().enumerate().collect();
    keyed.sort_unstable_by_key(|(i, (pos, _, _))| (*pos, *i));
    let bound = Bound::new(keyed.into_iter().map(|(_, b)| b).collect());
    let known = Known {
        text,
        casing: &casing,
        roles: &roles,
        bound: &bound,
        genders,
        subjects: &subjects,
        bodies: &bodies,
        lone_bodies: &lone_bodies,
        mentions: &mentions,
        speakers,
        timeline: &timeline,
        people: &people,
        referred: &referred,
    };
    let mut state = State::default();
    let mut out: Vec<Quote> = Vec::new();
    let mut forward: Vec<usize> = Vec::new();
    let mut shapes = Vec::new();
    let mut unnamed = Vec::new();
    for (k, r) in reads.iter().enumerate() {
        let Some(r) = r else { continue };
        shapes.push(rank::shape(r));
        // (`one resident said`, `a reporter asked Ama Mensah, “…”`: someone unnamed.)
        unnamed.push(match &r.found {
            Some((Who::Role { definite, .. }, _)) => !definite,
            Some((Who::Desc { definite, head }, _)) => !definite && is_person_noun(head),
            _ => false,
        });
        let span = &spans[k];
        let paragraph = span.paragraph();
        let (speaker, cue) = match &r.found {
            // A fragment's speaker does not become the one later pronouns refer to.
            Some((who, cue)) if r.fragment => (
                resolve(
                    who.clone(),
                    span.open,
                    paragraph,
                    &known,
                    &mut state.clone(),
                ),
                cue.clone(),
            ),
            // `It reads: “…”`: a document speaks, the last one whose author the article gave.
            Some((Who::Pronoun { group: true, .. }, Some(cue)))
                if matches!(cue.as_str(), "read" | "reads") =>
            {
                (
                    known.bound.last_document(span.open, &known),
                    Some(cue.clone()),
                )
            }
            Some((who, cue)) => (
                resolve(who.clone(), span.open, paragraph, &known, &mut state),
                cue.clone(),
            ),
            // A full quote opening its sentence with no cue continues the previous speaker's run,
            // or, at the start of a run, takes the speaker named right after it.
            None if !r.fragment && r.opens_sentence => {
                // (`„Alles ist weg“, sagt die 58-Jährige. „Wir haben nur noch …“`: a short quote
                // with its cue, read as a fragment, opens the paragraph's run too.)
                let short_turn = out
                    .last()
                    .filter(|q| q.fragment && q.paragraph == paragraph && q.cue.is_some())
                    .map(|q| (q.speaker.clone(), paragraph));
                let previous = short_turn
                    .as_ref()
                    .or(state.previous.as_ref())
                    .filter(|(_, p)| paragraph <= p + 2);
                let same_paragraph = previous.is_some_and(|(_, p)| *p == paragraph);
                let previous = previous.and_then(|(s, _)| s.clone());
                // Someone who became a sentence's subject since the last quote (`Erekat said it
                // was the latest move. ⏎ “They wanted us on our knees …”`).
                let introduced = subject_since_last_quote(span.open, paragraph, &known, &state);
                if same_paragraph {
                    // Someone who became a sentence's subject since the last quote (`… he said. Team
                    // captain John Fitzgerald has defended the decision, saying … “…”`), else it
                    // continues the paragraph's run, even an unnamed one (`the source said. “…”`).
                    (introduced.or(previous), r.run_cue.clone())
                } else {
                    // Opens a new paragraph's run: the speaker named later in this paragraph wins;
                    // in a conversation, a newly introduced person, else the previous speaker; at
                    // the start, the next quote's named speaker, else a newly introduced person.
                    forward.push(out.len());
                    // (`He laughed. “That's Theo.”`: a gesture by `he` or `she` before the quote
                    // is the previous speaker's, not a dialogue's other turn.)
                    let before = text.get(paras[paragraph].0..span.open).unwrap_or("");
                    let gesture = matches!(
                        names::opening_subject(&tokenize(before)),
                        Some(Who::Pronoun { group: false, .. })
                    );
                    let speaker = if previous.is_some() {
                        introduced
                            .or_else(|| {
                                (!gesture)
                                    .then(|| dialogue_turn(&out, &paras, paragraph))
                                    .flatten()
                            })
                            .or(previous)
                    } else {
                        next_named(&spans, &reads, k, &mentions).or(introduced)
                    };
                    (speaker, r.run_cue.clone())
                }
            }
            // `… claim “is patently false,” and that “…”`: joined to the sentence's earlier quote.
            None if r.joined => (out.last().and_then(|q| q.speaker.clone()), None),
            // `Mr Obama said it was "distressing" not to have made progress "even in the face of
            // repeated mass killings"`: a later quote of a sentence whose earlier quote has a speaker.
            None if r.after_quote
                && out
                    .last()
                    .is_some_and(|q| q.speaker.is_some() && q.cue.is_some()) =>
            {
                (out.last().and_then(|q| q.speaker.clone()), None)
            }
            // `Benioff introduced Cook as “someone who …”`: a full quote inside a sentence
            // with no cue belongs to the sentence's subject.
            None if !r.fragment && r.subject.is_some() => {
                // Only a subject that is someone: `Consider this entry: “…”` is no one.
                let mut trial = state.clone();
                let found = r
                    .subject
                    .clone()
                    .and_then(|who| resolve(who, span.open, paragraph, &known, &mut trial))
                    .filter(|n| is_person(n) || known.speakers.contains(n));
                if found.is_some() {
                    state = trial;
                }
                (found.or_else(|| cued_in_paragraph(&out, paragraph)), None)
            }
            // `“…,” he said. There could be dangers “if you have too many of these cells …”`: a
            // full quote inside a sentence with no cue, in a paragraph where someone is quoted,
            // is theirs.
            None if !r.fragment => (cued_in_paragraph(&out, paragraph), None),
            None => (None, None),
        };
        if !r.fragment {
            if speaker.is_none()
                && let Some((
                    Who::Role {
                        head,
                        definite: false,
                    }
                    | Who::Desc {
                        head,
                        definite: false,
                    },
                    _,
                )) = &r.found
                // (Not the writer's question, `I asked her …`, `lui demande-t-on`: the answer
                // is the other side's.)
                && head != "I"
                && head != "on"
                && speakers::is_unnamed_person(head)
                // (Nor a question, `a reporter asked Ama Mensah, “…?”`: the answer is hers.)
                && !bare_end(&r.words).ends_with('?')
            {
                state.last_unnamed = Some((span.open, paragraph, head.clone()));
            }
            state.previous = Some((speaker.clone(), span.last_paragraph()));
            state.last_quote_at = Some(span.open);
            state.last_quote_end = span.close_end;
        }
        out.push(Quote {
            text: r.words.clone(),
            speaker,
            cue,
            paragraph,
            start: span.start(),
            end: span.end(),
            fragment: r.fragment,
        });
    }
    take_speaker_from_run(&mut out, &forward);
    alternate_dialogue(&paras, &mut out);
    answered_turns(&paras, &mut out, &known);
    pull_quotes(text, &paras, &mut out);
    let choices = rank::choices(text, &paras, &spans, &out, (&shapes, &unnamed), &known);
    (out, choices)
}

/// How many quotes before and after a pull quote are searched for the words it repeats.
const PULL_REACH: usize = 60;

/// A paragraph that is only a quote with no cue, repeating words quoted elsewhere in the
/// article (a pull quote or subheading: `“I sense that this person offered him …”` over the
/// section, then `“…, I sense that this person offered him …,” the ex-partner testified`), or a
/// quote with no cue in the headline, is the speaker of the quote it repeats.
fn pull_quotes(text: &str, paras: &[(usize, usize)], out: &mut [Quote]) {
    let words: Vec<String> = out.iter().map(|q| normalized(&q.text)).collect();
    for i in 0..out.len() {
        let q = &out[i];
        let (a, b) = paras[q.paragraph];
        let bare = |s: &str| {
            s.chars()
                .all(|c| c.is_whitespace() || "\"“”‘’'«»„‹›「」『』.".contains(c))
        };
        // (A quote over several paragraphs is not a pull quote.)
        let alone = a <= q.start && q.end <= b && bare(&text[a..q.start]) && bare(&text[q.end..b]);
        // (So is a quote with no speaker in the headline, `'We were left on our roofs for two
        // days': flood victims …`, when the article quotes the same words.)
        let headline = q.paragraph == 0 && q.speaker.is_none();
        if !(alone || headline) || q.cue.is_some() || words[i].split_whitespace().count() < 3 {
            continue;
        }
        let lo = i.saturating_sub(PULL_REACH);
        let hi = (i + PULL_REACH).min(out.len());
        let longer =
            |j: usize| words[j].len() > words[i].len() || (headline && out[j].speaker.is_some());
        let source = (lo..hi)
            .filter(|&j| j != i && out[j].paragraph != q.paragraph)
            .find(|&j| longer(j) && words[j].contains(words[i].as_str()));
        if let Some(j) = source {
            out[i].speaker = out[j].speaker.clone();
        }
    }
}

/// Lowercase words only, one space apart and one around (so that `contains` matches whole words).
fn normalized(text: &str) -> String {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    format!(" {} ", words.join(" "))
}

/// A paragraph whose first quote has no cue but whose later quote does
/// (`"A."` / `"B," she said.`): the whole run is that later quote's speaker's.
fn take_speaker_from_run(out: &mut [Quote], starts: &[usize]) {
    for &i in starts {
        let paragraph = out[i].paragraph;
        let later = out[i + 1..]
            .iter()
            .take_while(|q| q.paragraph == paragraph)
            .find(|q| !q.fragment && q.cue.is_some() && q.speaker.is_some())
            .and_then(|q| q.speaker.clone());
        if let Some(speaker) = later {
            for q in out[i..].iter_mut().take_while(|q| q.paragraph == paragraph) {
                if q.cue.is_some() {
                    break;
                }
                q.speaker = Some(speaker.clone());
            }
        }
    }
}

/// What one span says about itself: its words, whether it is a fragment, its cue and subject.
struct Read {
    words: String,
    fragment: bool,
    /// Nothing but white space before it in its sentence.
    opens_sentence: bool,
    found: Option<(Who, Option<String>)>,
    /// Follows an earlier quote of its sentence with only `and`, `that` between.
    joined: bool,
    /// Follows an earlier quote of its sentence.
    after_quote: bool,
    /// The sentence's opening subject, for a quote inside it with no cue.
    subject: Option<Who>,
    /// A cue with no subject that continues the run (Korean `그러면서 “…”고 했다`).
    run_cue: Option<String>,
}

/// Speakers seen so far, for pronouns and continued runs.
#[derive(Default, Clone)]
struct State {
    last_person: Option<String>,
    /// Where the last person speaker was named or resolved (offset and paragraph).
    last_person_at: Option<usize>,
    last_person_paragraph: usize,
    last_org: Option<String>,
    /// Where the last full quote opened.
    last_quote_at: Option<usize>,
    /// Where the last full quote closed.
    last_quote_end: usize,
    /// Who each role word (`actor`, `bishop`) has referred to so far.
    roles: HashMap<String, String>,
    /// Where the last full quote by someone unnamed opened (`one resident said`), its
    /// paragraph, and the noun for them.
    last_unnamed: Option<(usize, usize, String)>,
    /// The previous quote's speaker and the paragraph it ended in.
    previous: Option<(Option<String>, usize)>,
}

/// Where each named person speaker is mentioned outside quotes, in text order:
/// a pronoun refers to the speaker mentioned last before it (`… Episkopos. He adds, “…”`).
/// `“…,” Microsoft said` in an article that also names `Microsoft Corp`: a one-word speaker
/// that names a body elsewhere (or any, in German), and is neither a given name nor known to be
/// a man or a woman, may be a body, so its other mentions are not where a later `he` points.
fn speaker_timeline(
    spans: &[Span],
    reads: &[Option<Read>],
    mentions: &Mentions,
    genders: &HashMap<String, bool>,
    german: bool,
) -> Vec<(usize, String)> {
    let mut people: Vec<String> = Vec::new();
    for (span, r) in spans.iter().zip(reads) {
        if let Some(Read {
            found: Some((Who::Name { text, org: false }, _)),
            fragment: false,
            ..
        }) = r
        {
            let name = mentions.fullest(text, false, span.paragraph());
            // (In German, where nouns are capitalised, any such one-word speaker.)
            let maybe_body = name.rsplit(' ').next().is_some_and(names::is_legal_form)
                || ((german || mentions.starts_a_body(&name)) && unknown_one_word(&name, genders));
            if !is_acronym(&name) && !maybe_body && !people.contains(&name) {
                people.push(name);
            }
        }
    }
    let inside = |pos: usize| in_quote(spans, pos);
    let mut timeline = Vec::new();
    for m in mentions.iter().filter(|m| !m.org && !inside(m.pos)) {
        let name = mentions.fullest(&m.words.join(" "), false, m.paragraph);
        if people.contains(&name) {
            timeline.push((m.pos, name));
        }
    }
    timeline
}

/// A person's name: two to four capitalised words ([`names::is_person_name`]), or a
/// common given name alone (`Andrew doesn’t remember …`).
fn is_person(name: &str) -> bool {
    names::is_person_name(name) || (!name.contains(' ') && first_names::gender(name).is_some())
}

/// One word that is no given name and of no known gender (`Microsoft`, German `Telefon`): it
/// may be a body or a common noun rather than a person called by surname.
fn unknown_one_word(name: &str, genders: &HashMap<String, bool>) -> bool {
    !name.contains(' ') && !is_person(name) && !genders.contains_key(name)
}

/// `Her father, Sami, 68, …`, `His brother, Karim, handles …`: a word for a relative or a
/// gendered person right before, in apposition, makes a lone capitalised word a first name.
fn kin_before(text: &str, pos: usize) -> bool {
    text[..pos].ends_with(", ") && gendered_noun_before(text, pos).is_some()
}

/// Whether byte `pos` lies inside one of the quoted `spans` (in text order).
fn in_quote(spans: &[Span], pos: usize) -> bool {
    let k = spans.partition_point(|s| s.open <= pos);
    k > 0 && pos < spans[k - 1].close_end
}

/// Person names (two or three capitalised words, or a given name alone) mentioned outside quotes: (offset, paragraph, name).
fn people_mentioned(
    text: &str,
    spans: &[Span],
    mentions: &Mentions,
) -> Vec<(usize, usize, String)> {
    let inside = |pos: usize| in_quote(spans, pos);
    mentions
        .iter()
        .filter(|m| !m.org && !inside(m.pos) && !after_body_noun(text, m.pos))
        .filter(|m| match m.words.len() {
            2 | 3 => names::is_person_name(&m.words.join(" ")),
            // `Andrew`, `Tommy`: someone the article calls only by a given name.
            1 => {
                (is_person(&m.words[0]) || kin_before(text, m.pos))
                    && mentions.fullest(&m.words[0], false, m.paragraph) == m.words[0]
            }
            _ => false,
        })
        .filter(|m| {
            m.words.iter().all(|w| {
                w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '’' || c == '\'' || c == '.')
            })
        })
        .map(|m| (m.pos, m.paragraph, m.words.join(" ")))
        .collect()
}

/// Every mention outside quotes of someone the article gives a full name for, surnames
/// included (`Moss` for Edna Moss), as that full name: (offset, paragraph, name).
fn people_referred(text: &str, spans: &[Span], mentions: &Mentions) -> Vec<(usize, usize, String)> {
    let inside = |pos: usize| in_quote(spans, pos);
    mentions
        .with_person_names()
        .filter(|(m, _)| !m.org && !inside(m.pos) && !after_body_noun(text, m.pos))
        .filter_map(|(m, full)| Some((m.pos, m.paragraph, full?.to_string())))
        .filter(|(_, _, full)| full.contains(' '))
        .collect()
}

/// `in the journal Urban Ecology Letters`, `the company Acme Foods`: a name right after a
/// lowercase body noun is that body's.
fn after_body_noun(text: &str, pos: usize) -> bool {
    let before = text[..pos].trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    !word.is_empty()
        && word.chars().all(char::is_lowercase)
        && is_generic_body(word)
        && !names::is_spokesperson(word)
}

/// What the article names, for resolving pronouns and short names.
struct Known<'a> {
    text: &'a str,
    /// How the article writes its words (tells German nouns from names).
    casing: &'a names::Casing,
    /// Where each title or person noun (`bishop`, `actor`) occurs: for `the Bishop said`.
    roles: &'a HashMap<String, Vec<usize>>,
    /// Common nouns written with the name they stand for (`US magazine Mobile PC`).
    bound: &'a Bound,
    mentions: &'a Mentions,
    /// Known genders of people (`true` = female).
    genders: HashMap<String, bool>,
    /// Full names of the people who speak somewhere in the article.
    speakers: Vec<String>,
    timeline: &'a [(usize, String)],
    people: &'a [(usize, usize, String)],
    /// Those and the surnames standing for them (`Moss` for Edna Moss), as fullest names.
    referred: &'a [(usize, usize, String)],
    /// The person each sentence is about: (offset, paragraph, fullest name).
    subjects: &'a [(usize, usize, String)],
    /// The organisation each sentence is about, when its subject is one (`The Food
    /// Standards Agency warned …`): (offset, paragraph, fullest name).
    bodies: &'a [(usize, usize, String)],
    /// Sentences whose subject is one word that may be a body (`Qantas has announced …`).
    lone_bodies: &'a [(usize, usize, String)],
}

/// A sentence's subject: (offset, paragraph, fullest name).
type Subject = (usize, usize, String);

/// What [`sentence_subjects`] looks names up in: the mentions, the role words' offsets, the
/// article's casing and the genders known.
type Lookups<'l> = (
    &'l Mentions,
    &'l HashMap<String, Vec<usize>>,
    &'l names::Casing,
    &'l HashMap<String, bool>,
);

/// The person each sentence is about, in text order: its subject, read before
/// any quote in it (`Wild defenseman Ryan Suter, who joked …, could see …`);
/// and, apart, the sentences whose subject is an organisation.
/// Sentences inside quotations are skipped.
fn sentence_subjects(
    text: &str,
    paras: &[(usize, usize)],
    spans: &[Span],
    (mentions, roles, casing, genders): Lookups,
    issuers: &mut Vec<(usize, String, Binding)>,
) -> (Vec<Subject>, Vec<Subject>, Vec<Subject>) {
    let mut out = Vec::new();
    let mut bodies = Vec::new();
    let mut lone = Vec::new();
    let mut k = 0;
    for (p, &(a, b)) in paras.iter().enumerate() {
        for (s, e) in sentence_spans(&text[a..b]) {
            let (s, e) = (a + s, a + e);
            while k < spans.len() && spans[k].close_end <= s {
                k += 1;
            }
            let next = spans.get(k);
            if next.is_some_and(|n| n.open < s) || is_shouted(&text[s..e]) {
                continue;
            }
            // (A title quoted inside the sentence is skipped, not a stop: `In an episode of her
            // podcast, “Jules Unfiltered,” Harrington opened up`.)
            let mut toks = Vec::new();
            let (mut from, mut m) = (s, k);
            while let Some(n) = spans
                .get(m)
                .filter(|n| n.open > s && n.close_end < e && short_title(text, n))
            {
                toks.extend(tokenize(&text[from..n.open]));
                (from, m) = (n.close_end, m + 1);
            }
            let end = spans.get(m).map_or(e, |n| n.open.clamp(from, e));
            toks.extend(tokenize(&text[from..end]));
            let head = &toks[..toks.len().min(SUBJECT_WINDOW)];
            let person = |who: Option<Who>| match who {
                Some(Who::Name {
                    text: name,
                    org: false,
                }) => casing
                    .person_in(&name)
                    .map(|name| {
                        mentions.fullest(&stray_tail_dropped(casing, mentions, name), false, p)
                    })
                    .filter(|f| is_person(f)),
                _ => None,
            };
            // Else the subject of a reporting verb: `While … (… announced), Early says there is …`.
            let opening = names::opening_subject(head);
            // (`Boeing is in the early stages`, when the article also writes `Boeing Co.`.)
            // (`Qantas has announced job cuts`: one word no person bears, never part of a longer
            // name, may be a body: kept apart, for `the airline said` alone.)
            if let Some(Who::Name { text: name, org }) = &opening
                && (*org
                    || is_acronym(name)
                    || (!name.contains(' ') && mentions.starts_a_body(name))
                    || mentions.is_body_name(name))
            {
                bodies.push((s, p, mentions.fullest(name, true, p)));
            } else if let Some(Who::Name { text: name, .. }) = &opening
                && !casing.is_german()
                && unknown_one_word(name, genders)
                && casing.capitalised_inside(&name.to_lowercase())
                && !names::is_calendar(&name.to_lowercase())
                && mentions.fullest(name, false, p) == *name
            {
                lone.push((s, p, name.clone()));
            }
            if let Some(body) = speaks_for_body(text, head) {
                bodies.push((s, p, mentions.fullest(&body, true, p)));
            }
            issued_by(text, &toks, &opening, p, issuers);
            // `The Tory leader was asked … ⏎ He replies: “…”`: a role word for someone named with it.
            let by_role = match &opening {
                Some(Who::Role {
                    definite: true,
                    head,
                }) => {
                    let modifiers: Vec<&str> = head_toks_before(head, &toks);
                    qualified_role(head, &modifiers, s, roles, mentions, text).flatten()
                }
                _ => None,
            };
            if let Some(full) = closing_credit(&toks, &person)
                .or_else(|| person(opening))
                .or(by_role)
                .or_else(|| reported_by(&toks, &person))
                .or_else(|| clause_subject(&toks, &person))
                .or_else(|| passive_agent(&toks, &person))
            {
                out.push((s, p, full));
            }
            // The words after the sentence's last quote may credit someone who speaks on:
            // `“…,” Digital prints cost less …, said Ms Deans. ⏎ “It can cost up to £1,500 …”`.
            let mut j = k;
            while spans.get(j + 1).is_some_and(|n| n.open < e) {
                j += 1;
            }
            if let Some(last) = spans.get(j).filter(|l| l.open >= s && l.close_end < e)
                && let Some(full) = reported_by(&tokenize(&text[last.close_end..e]), &person)
            {
                out.push((last.close_end, p, full));
            }
        }
    }
    (out, bodies, lone)
}

/// `THE INTERNET ISN'T AN INDIVIDUAL PURSUIT`: a pull quote or heading in capitals, three words
/// or more and no lowercase letter, has no one as its subject or in its words.
pub(super) fn is_shouted(sentence: &str) -> bool {
    let words = sentence
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic));
    words.count() >= 3 && !sentence.chars().any(char::is_lowercase)
}

/// A quoted title of one to three capitalised words inside a sentence (`“Jules Unfiltered”`).
fn short_title(text: &str, span: &Span) -> bool {
    let words: Vec<&str> = text[span.start()..span.end()].split_whitespace().collect();
    words.len() <= 3 && words.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// `A spokesperson for Sterling Broadcasting, which airs …, said`: the sentence's subject is
/// the body its spokesperson speaks for.
fn speaks_for_body(text: &str, toks: &[Tok]) -> Option<String> {
    let [det, noun, prep, rest @ ..] = toks else {
        return None;
    };
    let spokesperson = matches!(det.lower.as_str(), "a" | "an" | "the")
        && names::is_spokesperson(&noun.lower)
        && prep.lower == "for";
    if let Some(body) = spokesperson
        .then(|| names::possessive_body_opening(text, rest))
        .flatten()
    {
        return Some(body);
    }
    match spokesperson.then(|| names::subject_after(rest)).flatten() {
        Some(Who::Name { text, .. }) => Some(text),
        _ => None,
    }
}

/// The capitalised words before the sentence's first `head` word (`The Tory leader` → Tory).
fn head_toks_before<'a>(head: &str, toks: &[Tok<'a>]) -> Vec<&'a str> {
    let end = toks.iter().take(6).position(|t| t.lower == head);
    toks[..end.unwrap_or(0)]
        .iter()
        .filter(|t| t.cap && !is_stopword(&t.lower))
        .map(|t| t.word)
        .collect()
}

/// `The US military said in a statement …`, `Big Machine Records issued a statement …`:
/// the document word of a sentence (before any quote) bound to whoever the sentence says
/// made it, so that `the statement said` later means them.
fn issued_by(
    text: &str,
    toks: &[Tok],
    opening: &Option<Who>,
    paragraph: usize,
    out: &mut Vec<(usize, String, Binding)>,
) {
    let Some(d) = toks
        .iter()
        .position(|t| !t.cap && names::is_document(&t.lower))
    else {
        return;
    };
    let doc = &toks[d];
    // `“…,” the statement continued`: the document speaks here; it does not say who made it.
    let verb = |t: Option<&Tok>| t.is_some_and(|t| cues::is_verb(&t.lower));
    if verb(toks.get(d + 1)) || (d >= 2 && verb(toks.get(d - 2))) {
        return;
    }
    let name = |who: Option<Who>| match who {
        Some(Who::Name { text, org }) => Some((text, org)),
        _ => None,
    };
    // `The report, released Monday by the state's Office of the Inspector General`: its author
    // (not who obtained or saw it, `The statement, which was obtained by Variety`).
    let author = toks[d + 1..]
        .iter()
        .take(6)
        .position(|t| t.lower == "by")
        .filter(|&k| toks[d + 1..=d + k].iter().any(|t| is_authoring(&t.lower)))
        .and_then(|k| name(names::named_after_by(&toks[d + 2 + k..])));
    // `a letter Quill sent her in 2015`, `an email Smith wrote`: a name right after the
    // document, then a verb of writing or sending, is its author.
    let writer = || {
        let run = toks[d + 1..].iter().take_while(|t| t.cap).count();
        let verb = toks.get(d + 1 + run)?;
        let sent = {
            static WORDS: WordSet =
                WordSet::new("sent wrote posted signed filed published emailed texted");
            WORDS.contains(verb.lower.as_str())
        };
        (run > 0 && run <= 3 && sent && !toks[d].breaks())
            .then(|| name(names::clean(&toks[d + 1..d + 1 + run])))
            .flatten()
    };
    let reporter =
        || reporting_verbs(toks).find_map(|c| name(names::subject_before(&toks[..c.at])));
    if let Some((who, org)) = author
        .or_else(writer)
        .or_else(reporter)
        .or_else(|| name(opening.clone()))
    {
        let at = doc.offset_in(text);
        out.push((at, doc.lower.clone(), (who, org, paragraph)));
    }
}

/// Participles that make a document its author's (`released by`, `filed by`).
fn is_authoring(w: &str) -> bool {
    {
        static WORDS: WordSet =
            WordSet::new("released issued published written filed signed sent prepared");
        WORDS.contains(w)
    }
}

/// The person a reporting verb in `toks` credits (`McKinley said`, `said Ms Deans`), as
/// `person` reads a subject; verbs that name rather than report (`called`) are skipped.
/// Else the person a source phrase credits (`…, according to Donald Rumsfeld.`).
fn reported_by(toks: &[Tok], person: &dyn Fn(Option<Who>) -> Option<String>) -> Option<String> {
    reporting_verbs(toks)
        .filter(|c| !cues::is_naming(&c.text.to_lowercase()))
        .find_map(|c| {
            person(names::subject_before(&toks[..c.at]))
                .or_else(|| person(names::subject_after(&toks[c.at + c.len..])))
        })
        .or_else(|| {
            (0..toks.len().min(SUBJECT_WINDOW * 2))
                .filter_map(|i| cue_at(toks, i, false))
                .filter(|c| c.kind == CueKind::Source)
                .find_map(|c| person(names::subject_after(&toks[c.at + c.len..])))
        })
}

/// `It's a belief that's reflected by Groene, too.`: with no one else to be about, a sentence
/// is about the person after a passive verb's `by`.
fn passive_agent(toks: &[Tok], person: &dyn Fn(Option<Who>) -> Option<String>) -> Option<String> {
    let k = toks.windows(2).position(|w| {
        w[1].lower == "by" && (w[0].lower.ends_with("ed") || w[0].lower.ends_with("en"))
    })?;
    person(names::subject_after(&toks[k + 2..]))
}

/// Words after which a new clause, with a subject of its own, may start.
/// (`Then listen to how AT&T’s John Stankey presented it: “…”`: `how` opens one too.)
static CLAUSE_OPENERS: WordSet = WordSet::new("however but while whereas although though how");

/// `Team officials said he was tired, however Todd Woodbridge hit out at the media …`: when
/// no one opens the sentence, a person opening a later clause, followed by a verb.
fn clause_subject(toks: &[Tok], person: &dyn Fn(Option<Who>) -> Option<String>) -> Option<String> {
    (1..toks.len())
        .filter(|&i| {
            CLAUSE_OPENERS.contains(toks[i].lower.as_str())
                || toks[i - 1].after == Some(';')
                // (`Legal experts say …, and Vail did not engage`.)
                || (toks[i].lower == "and" && toks[i - 1].after == Some(','))
        })
        .find_map(|i| {
            let who = names::opening_subject(&toks[i..])?;
            let Who::Name { text: name, .. } = &who else {
                return None;
            };
            let last = name.split(' ').next_back()?;
            let at = toks[i..].iter().position(|t| t.word == last)?;
            // (`Vail did not engage`: an auxiliary before `not` reads as the verb too.)
            let verb = toks.get(i + at + 1).filter(|t| {
                names::opens_predicate(t)
                    || (matches!(t.lower.as_str(), "did" | "does" | "could" | "would")
                        && toks.get(i + at + 2).is_some_and(|n| n.lower == "not"))
            });
            verb.and_then(|_| person(Some(who.clone())))
        })
}

/// `Hawthorne died peacefully at home, McReddie added.`: a sentence ending in a short reporting
/// clause after a comma is that reporter's, whoever opens it.
fn closing_credit(toks: &[Tok], person: &dyn Fn(Option<Who>) -> Option<String>) -> Option<String> {
    let comma = toks.iter().rposition(|t| t.after == Some(','))?;
    let clause = &toks[comma + 1..];
    // The clause ends the sentence (not `…, told Mr Arafat to jail extremists “immediately”`).
    let ends = clause.last().is_some_and(|t| t.after == Some('.'));
    if !ends || clause.len() > 8 {
        return None;
    }
    reported_by(clause, person)
}

/// The reporting verbs of a sentence's first words, with a subject of their own (not `he said`).
fn reporting_verbs<'t>(toks: &'t [Tok]) -> impl Iterator<Item = cues::Cue> + 't {
    (0..toks.len().min(SUBJECT_WINDOW * 2))
        .filter_map(|i| cue_at(toks, i, false))
        .filter(|c| c.kind == CueKind::Verb && !c.pronoun)
}

/// How many words into a sentence its subject may start.
const SUBJECT_WINDOW: usize = 24;

/// The explicitly named speaker of the next quote, if it follows closely (same or next paragraph).
fn next_named(
    spans: &[Span],
    reads: &[Option<Read>],
    k: usize,
    mentions: &Mentions,
) -> Option<String> {
    let next = spans.get(k + 1)?;
    if next.paragraph() > spans[k].last_paragraph() + 1 {
        return None;
    }
    match reads.get(k + 1)? {
        Some(Read {
            found: Some((Who::Name { text, org }, _)),
            ..
        }) => Some(mentions.fullest(text, *org || is_acronym(text), next.paragraph())),
        _ => None,
    }
}

/// Sentence spans of the paragraph last asked for (a paragraph often holds several quotes).
#[derive(Default)]
struct SentenceCache {
    paragraph: Option<usize>,
    spans: Vec<(usize, usize)>,
}

impl SentenceCache {
    /// The absolute byte range of the sentence of paragraph `p` that contains `pos`.
    fn around(
        &mut self,
        text: &str,
        paras: &[(usize, usize)],
        p: usize,
        pos: usize,
    ) -> (usize, usize) {
        let (a, b) = paras[p];
        if self.paragraph != Some(p) {
            self.spans = sentence_spans(&text[a..b]);
            self.paragraph = Some(p);
        }
        // Binary search: a paragraph may hold thousands of sentences and quotes.
        let k = self.spans.partition_point(|&(s, _)| a + s <= pos);
        k.checked_sub(1)
            .map(|j| (a + self.spans[j].0, a + self.spans[j].1))
            .filter(|&(_, e)| pos < e)
            .unwrap_or((a, b))
    }
}

/// The text around a quote: `pre` (its sentence before it, after any earlier quote),
/// `post` (after it, to its sentence end or the next quote) and `sentence` (its
/// sentence before it, earlier quotes included).
struct Windows<'t> {
    pre: &'t str,
    post: &'t str,
    sentence: &'t str,
    /// The next sentence, when the quote ends its own (`“Why?” Smith asked.`).
    next: &'t str,
    /// The last sentence of the paragraph before, when it ends with a colon and the quote
    /// opens its own paragraph (`The court wrote:` ⏎ `“…”`).
    lead_in: &'t str,
    /// The sentence before the quote's own in its paragraph, if any.
    prior: &'t str,
}

/// The words before the quote (its sentence, after any earlier quote) and
/// after it (to its sentence end, the next quote or the paragraph end).
fn windows<'t>(
    text: &'t str,
    paras: &[(usize, usize)],
    spans: &[Span],
    k: usize,
    cache: &mut SentenceCache,
) -> Windows<'t> {
    let span = &spans[k];
    let (p0, p1) = (span.paragraph(), span.last_paragraph());
    let sentence_start = cache.around(text, paras, p0, span.open).0.min(span.open);
    let mut pre_start = sentence_start;
    if let Some(prev) = k.checked_sub(1).map(|j| &spans[j])
        && prev.last_paragraph() == p0
    {
        // `Wie der „Spiegel“ berichtet, soll …`: a quoted name of a word or two (a paper, a
        // show) is read as part of the words before, as after the quote.
        let name = prev.text(text);
        let quoted_name = name.split_whitespace().count() <= 2
            && name.chars().next().is_some_and(char::is_uppercase)
            && prev.open >= pre_start;
        let from = if quoted_name {
            prev.open
        } else {
            prev.close_end
        };
        pre_start = pre_start.max(from).min(span.open);
    }
    let close = span.close_end.saturating_sub(1).max(span.open);
    let mut post_end = cache.around(text, paras, p1, close).1.max(span.close_end);
    // The words after the quote run to the next quote, past a quoted word or two in
    // the credit itself (`“…,” the “Pose” actor said`).
    let mut j = k + 1;
    while let Some(next) = spans
        .get(j)
        .filter(|n| n.open < post_end && n.paragraph() == p1)
    {
        let between = text[spans[j - 1].close_end..next.open]
            .split_whitespace()
            .count();
        let short = next.text(text).split_whitespace().count() <= 2;
        if !(short && between <= 3 && j == k + 1) {
            post_end = post_end.min(next.open);
            break;
        }
        j += 1;
    }
    let para_end = paras[p1].1;
    post_end = post_end.min(para_end).max(span.close_end);
    let mut next = "";
    if text[span.close_end..post_end].trim().is_empty() {
        // (A span may close past its paragraph's trimmed end.)
        let rest = text.get(post_end..para_end).unwrap_or_default();
        let start = post_end + (rest.len() - rest.trim_start().len());
        if start < para_end {
            let end = cache
                .around(text, paras, p1, start)
                .1
                .clamp(start, para_end);
            // A sentence that runs into the next quote introduces that one (`He adds, “…”`).
            let runs_into_next = spans
                .get(k + 1)
                .is_some_and(|n| n.open >= start && n.open < end);
            if !runs_into_next {
                next = &text[start..end];
            }
        }
    }
    Windows {
        pre: &text[pre_start..span.open],
        post: &text[span.close_end..post_end],
        sentence: &text[sentence_start..span.open],
        next,
        lead_in: lead_in(text, paras, span, cache),
        prior: prior_sentence(text, paras, p0, sentence_start, cache),
    }
}

/// The sentence before the one starting at `start`, in paragraph `p` (empty at its start).
fn prior_sentence<'t>(
    text: &'t str,
    paras: &[(usize, usize)],
    p: usize,
    start: usize,
    cache: &mut SentenceCache,
) -> &'t str {
    // (A span may open before its paragraph's trimmed start.)
    let before = text.get(paras[p].0..start).unwrap_or_default().trim_end();
    if before.is_empty() {
        return "";
    }
    let end = paras[p].0 + before.len();
    let from = cache.around(text, paras, p, end - 1).0.min(end);
    &text[from..end]
}

/// The sentence that introduces a quote standing as its own paragraph: the last sentence of
/// the paragraph before, if that ends with a colon (`Das Gericht stellt dazu fest:` ⏎ `„…“`).
fn lead_in<'t>(
    text: &'t str,
    paras: &[(usize, usize)],
    span: &Span,
    cache: &mut SentenceCache,
) -> &'t str {
    let p = span.paragraph();
    let opens_paragraph = text
        .get(paras[p].0..span.open)
        .is_some_and(|before| before.trim().is_empty());
    let Some(before) = p.checked_sub(1).filter(|_| opens_paragraph) else {
        return "";
    };
    let (a, b) = paras[before];
    let last = text[a..b].trim_end();
    // Or with a comma, or with a bare reporting verb (`Die Richter schreiben` ⏎ `„…“`).
    let ends_in_cue = || {
        !last.ends_with(|c: char| c.is_ascii_punctuation() || !c.is_alphanumeric())
            && last
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| cues::is_verb(&w.to_lowercase()))
    };
    if !(last.ends_with(':') || last.ends_with(',') || ends_in_cue()) {
        return "";
    }
    let end = a + last.len();
    let start = cache.around(text, paras, before, end - 1).0;
    &text[start.min(end)..end]
}

/// The quote without trailing spaces and inner closing marks (`The end,’` → `The end,`).
fn bare_end(words: &str) -> &str {
    words.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '’' | '\'' | '"' | '”' | '»' | '›' | '」' | '』')
    })
}

/// Words of a quote, counting CJK characters as half a word each.
fn word_len(q: &str) -> usize {
    let cjk = q
        .chars()
        .filter(|&c| crate::summary::words::is_cjk(c))
        .count();
    q.split_whitespace().count() + cjk / 2
}

#[cfg(test)]
mod tests;
