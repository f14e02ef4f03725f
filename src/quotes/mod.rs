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

pub mod cues;
mod first_names;
mod korean;
pub mod marks;
pub mod names;
pub mod tokens;

use crate::Quote;
use crate::summary::sentence_spans;
use crate::summary::words::is_stopword;
use cues::{CueKind, cue_at, first_cue, last_cue};
use marks::Span;
use names::{Mentions, Who, is_acronym, subject_after, subject_before};
use std::collections::{HashMap, HashSet};
use tokens::{Tok, WordSet, char_boundary, tokenize};

/// All direct quotations of `text`, in order.
pub fn find_quotes(text: &str) -> Vec<Quote> {
    let paras = marks::paragraphs(text);
    let spans = marks::find_spans(text, &paras);
    if spans.is_empty() {
        return Vec::new();
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
        names::mentions(text, &toks, p, &casing, &mut mentions);
        for t in &toks {
            if names::is_title(&t.lower) || is_person_noun(&t.lower) {
                let pos = t.offset_in(text);
                roles.entry(t.lower.clone()).or_default().push(pos);
            }
        }
        bind_nouns(text, &toks, p, &mut bound);
    }
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
    let genders = genders(text, &paras, &spans, &mentions, &people);
    let timeline = speaker_timeline(&spans, &reads, &mentions, &genders, casing.is_german());
    let mut speakers: Vec<String> = timeline.iter().map(|(_, n)| n.clone()).collect();
    speakers.sort();
    speakers.dedup();
    let (subjects, bodies) = sentence_subjects(
        text,
        &paras,
        &spans,
        (&mentions, &roles, &casing),
        &mut bound,
    );
    bound.sort_by_key(|(pos, _, _)| *pos);
    let bound = Bound::new(bound);
    let known = Known {
        text,
        casing: &casing,
        roles: &roles,
        bound: &bound,
        genders,
        subjects: &subjects,
        bodies: &bodies,
        mentions: &mentions,
        speakers,
        timeline: &timeline,
        people: &people,
    };
    let mut state = State::default();
    let mut out: Vec<Quote> = Vec::new();
    let mut forward: Vec<usize> = Vec::new();
    for (k, r) in reads.iter().enumerate() {
        let Some(r) = r else { continue };
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
            Some((who, cue)) => (
                resolve(who.clone(), span.open, paragraph, &known, &mut state),
                cue.clone(),
            ),
            // A full quote opening its sentence with no cue continues the previous speaker's run,
            // or, at the start of a run, takes the speaker named right after it.
            None if !r.fragment && r.opens_sentence => {
                let previous = state.previous.as_ref().filter(|(_, p)| paragraph <= p + 2);
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
                    let speaker = if previous.is_some() {
                        introduced
                            .or_else(|| dialogue_turn(&out, paragraph))
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
            state.previous = Some((speaker.clone(), span.last_paragraph()));
            state.last_quote_at = Some(span.open);
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
    pull_quotes(text, &paras, &mut out);
    out
}

/// How many quotes before and after a pull quote are searched for the words it repeats.
const PULL_REACH: usize = 60;

/// A paragraph that is only a quote with no cue, repeating words quoted elsewhere in the
/// article (a pull quote or subheading: `“I sense that this person offered him …”` over the
/// section, then `“…, I sense that this person offered him …,” the ex-partner testified`), is
/// the speaker of the quote it repeats.
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
        if !alone || q.cue.is_some() || words[i].split_whitespace().count() < 3 {
            continue;
        }
        let lo = i.saturating_sub(PULL_REACH);
        let hi = (i + PULL_REACH).min(out.len());
        let source = (lo..hi)
            .filter(|&j| j != i && out[j].paragraph != q.paragraph)
            .find(|&j| words[j].len() > words[i].len() && words[j].contains(words[i].as_str()));
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
    /// Who each role word (`actor`, `bishop`) has referred to so far.
    roles: HashMap<String, String>,
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
    let inside = |pos: usize| {
        let k = spans.partition_point(|s| s.open <= pos);
        k > 0 && pos < spans[k - 1].close_end
    };
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
    let before = &text[char_boundary(text, pos.saturating_sub(24))..pos];
    before
        .strip_suffix(", ")
        .and_then(|b| b.rsplit(|c: char| !c.is_alphabetic()).next())
        .is_some_and(|noun| noun_gender(noun).is_some())
}

/// Person names (two or three capitalised words, or a given name alone) mentioned outside quotes: (offset, paragraph, name).
fn people_mentioned(
    text: &str,
    spans: &[Span],
    mentions: &Mentions,
) -> Vec<(usize, usize, String)> {
    let inside = |pos: usize| {
        let k = spans.partition_point(|s| s.open <= pos);
        k > 0 && pos < spans[k - 1].close_end
    };
    mentions
        .iter()
        .filter(|m| !m.org && !inside(m.pos))
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
    /// The person each sentence is about: (offset, paragraph, fullest name).
    subjects: &'a [(usize, usize, String)],
    /// The organisation each sentence is about, when its subject is one (`The Food
    /// Standards Agency warned …`): (offset, paragraph, fullest name).
    bodies: &'a [(usize, usize, String)],
}

/// A sentence's subject: (offset, paragraph, fullest name).
type Subject = (usize, usize, String);

/// The person each sentence is about, in text order: its subject, read before
/// any quote in it (`Wild defenseman Ryan Suter, who joked …, could see …`);
/// and, apart, the sentences whose subject is an organisation.
/// Sentences inside quotations are skipped.
fn sentence_subjects(
    text: &str,
    paras: &[(usize, usize)],
    spans: &[Span],
    (mentions, roles, casing): (&Mentions, &HashMap<String, Vec<usize>>, &names::Casing),
    issuers: &mut Vec<(usize, String, Binding)>,
) -> (Vec<Subject>, Vec<Subject>) {
    let mut out = Vec::new();
    let mut bodies = Vec::new();
    let mut k = 0;
    for (p, &(a, b)) in paras.iter().enumerate() {
        for (s, e) in sentence_spans(&text[a..b]) {
            let (s, e) = (a + s, a + e);
            while k < spans.len() && spans[k].close_end <= s {
                k += 1;
            }
            let next = spans.get(k);
            if next.is_some_and(|n| n.open < s) {
                continue;
            }
            let end = next.map_or(e, |n| n.open.clamp(s, e));
            let toks = tokenize(&text[s..end]);
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
            if let Some(Who::Name { text: name, org }) = &opening
                && (*org
                    || is_acronym(name)
                    || (!name.contains(' ') && mentions.starts_a_body(name)))
            {
                bodies.push((s, p, mentions.fullest(name, true, p)));
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
    (out, bodies)
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
    let reporter =
        || reporting_verbs(toks).find_map(|c| name(names::subject_before(&toks[..c.at])));
    if let Some((who, org)) = author.or_else(reporter).or_else(|| name(opening.clone())) {
        let at = doc.offset_in(text);
        out.push((at, doc.lower.clone(), (who, org, paragraph)));
    }
}

/// Participles that make a document its author's (`released by`, `filed by`).
fn is_authoring(w: &str) -> bool {
    matches!(
        w,
        "released" | "issued" | "published" | "written" | "filed" | "signed" | "sent" | "prepared"
    )
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

/// Words after which a new clause, with a subject of its own, may start.
/// (`Then listen to how AT&T’s John Stankey presented it: “…”`: `how` opens one too.)
const CLAUSE_OPENERS: &[&str] = &[
    "however", "but", "while", "whereas", "although", "though", "how",
];

/// `Team officials said he was tired, however Todd Woodbridge hit out at the media …`: when
/// no one opens the sentence, a person opening a later clause, followed by a verb.
fn clause_subject(toks: &[Tok], person: &dyn Fn(Option<Who>) -> Option<String>) -> Option<String> {
    (1..toks.len())
        .filter(|&i| {
            CLAUSE_OPENERS.contains(&toks[i].lower.as_str()) || toks[i - 1].after == Some(';')
        })
        .find_map(|i| {
            let who = names::opening_subject(&toks[i..])?;
            let Who::Name { text: name, .. } = &who else {
                return None;
            };
            let last = name.split(' ').next_back()?;
            let at = toks[i..].iter().position(|t| t.word == last)?;
            let verb = toks.get(i + at + 1).filter(|t| names::opens_predicate(t));
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
    }
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

/// Reads one span: its words, fragment flag and attribution; `None` for a
/// title or a word mentioned as a word.
fn read(text: &str, span: &Span, w: &Windows) -> Option<Read> {
    let (pre, post) = (w.pre, w.post);
    // Whether the quote opens its sentence (earlier quotes in the sentence count: `(“A,” “B”)`).
    let opens_sentence = w.sentence.trim().is_empty();
    let words = span.text(text);
    let pre_toks = tokenize(pre);
    let post_toks = tokenize(post);
    let starts_sentence = opens_sentence || pre.trim_end().ends_with(':');
    let ends_like_speech =
        bare_end(&words).ends_with(['.', '!', '?', ',', '…', '—', '–', '-', '。', '！', '？']);
    // Fragment: one to three words inside a sentence (`a “constant contact” with Moscow`).
    // (A short quote opening its sentence with the comma after the mark, `„Das ist irre“, darf
    // Maron sagen`, stays a fragment: the gold set's annotators marked it so.)
    let fragment = word_len(&words) <= 3 && !(starts_sentence && ends_like_speech);
    if names_a_work(&pre_toks) || title_after_preposition(&words, &pre_toks) {
        return None;
    }
    let (korean, run_cue) = korean_credit(text, span, w);
    // A Korean sentence with no topic continues the run as if the quote opened it.
    let opens_sentence = opens_sentence || run_cue.is_some();
    let found = korean
        .or_else(|| same_line_dash_credit(post))
        .or_else(|| attribution(&words, post, &pre_toks, &post_toks, w.sentence))
        .or_else(|| dash_credit(text, span, post))
        .or_else(|| colon_subject(pre, w.sentence))
        .or_else(|| words_from(&pre_toks))
        .or_else(|| relative_antecedent(&pre_toks).map(|who| (who, None)))
        .or_else(|| opinion_holder(w.sentence).map(|who| (who, None)))
        .or_else(|| participle_opener(pre, &pre_toks, &post_toks))
        .or_else(|| short_credit(w.next, bare_end(&words).ends_with(['?', '!', '…'])))
        .or_else(|| lead_in_credit(w.lead_in));
    if found.is_none() && is_title_like(&words, starts_sentence, ends_like_speech) {
        return None;
    }
    let after_quote = w.sentence.len() > pre.len();
    let joined = after_quote
        && !pre_toks.is_empty()
        && pre_toks
            .iter()
            .all(|t| matches!(t.lower.as_str(), "and" | "that" | "but" | "or" | "adding"));
    let subject = (found.is_none() && !fragment && !opens_sentence && !after_quote)
        .then(|| {
            joined_clause_subject(&pre_toks)
                .or_else(|| names::opening_subject(&tokenize(w.sentence)))
        })
        .flatten()
        .filter(|who| matches!(who, Who::Name { .. } | Who::Pronoun { .. }));
    Some(Read {
        words,
        fragment,
        opens_sentence,
        found,
        joined,
        after_quote,
        subject,
        run_cue,
    })
}

/// Korean reported speech (`그는 “…”고 말했다`), read on its own terms: the speaker and cue,
/// or the cue alone of a sentence that continues the run.
fn korean_credit(
    text: &str,
    span: &Span,
    w: &Windows,
) -> (Option<(Who, Option<String>)>, Option<String>) {
    match korean::speaker(&text[..span.open], w.sentence, w.post) {
        Some((korean::Speaker::Named(name), cue)) => {
            (Some((korean::as_who(&name), Some(cue))), None)
        }
        Some((korean::Speaker::Continues, cue)) => (None, Some(cue)),
        None => {
            let at = span.open - w.sentence.len();
            let paragraph_start = at == 0 || text[..at].ends_with('\n');
            let headline = paragraph_start
                .then(|| korean::headline_credit(w.sentence, w.post))
                .flatten();
            (headline.map(|name| (korean::as_who(&name), None)), None)
        }
    }
}

/// `directives from Xi to “show absolutely no mercy”`, `a pledge by the company to “…”`: a
/// noun for something said, `from`/`by` its author, right before the quote.
fn words_from(pre: &[Tok]) -> Option<(Who, Option<String>)> {
    let n = pre.len();
    let start = n.saturating_sub(8);
    let k = (start..n).rev().find(|&k| {
        matches!(pre[k].lower.as_str(), "from" | "by")
            && k > 0
            && is_said_noun(pre[k - 1].lower.trim_end_matches('s'))
    })?;
    let mut end = n;
    if end > k + 1 && matches!(pre[end - 1].lower.as_str(), "to" | "that" | "for" | "of") {
        end -= 1;
    }
    let author = &pre[k + 1..end];
    if author.is_empty() || author.iter().any(|t| !t.cap) {
        return None;
    }
    match names::clean(author)? {
        who @ Who::Name { .. } => Some((who, None)),
        _ => None,
    }
}

/// `… the International Air Transport Association (IATA), which has attacked the package as a
/// “bad piece of legislation”`: a quote inside a relative clause (`, which …`, `, who …`) is
/// the word of the name the clause hangs on.
fn relative_antecedent(pre: &[Tok]) -> Option<Who> {
    let r = pre
        .iter()
        .rposition(|t| matches!(t.lower.as_str(), "which" | "who"))?;
    // (`(IATA),` keeps only its first mark, the parenthesis.)
    let hangs = r > 0 && matches!(pre[r - 1].after, Some(',' | ')'));
    // The clause runs on to the quote (`, which …, and Smith said “…”` is another clause).
    let closed = pre[r..pre.len() - 1].iter().any(|t| t.breaks());
    if !hangs || closed {
        return None;
    }
    let name = names::subject_before(&pre[..r])?;
    matches!(name, Who::Name { .. }).then_some(name)
}

/// `Pour la présidente de la Commission, Ursula von der Leyen, « … »`, `Para el Gobierno, …`,
/// `For Smith, the plan is “…”`: whose view a sentence opening with `for` gives.
fn opinion_holder(sentence: &str) -> Option<Who> {
    // (Most sentences open otherwise: look at the first word before reading them.)
    let first = sentence.split_whitespace().next()?.to_lowercase();
    if !matches!(first.as_str(), "pour" | "para" | "for") {
        return None;
    }
    let toks = tokenize(sentence);
    // The holder runs to the comma that closes the opening phrase (or its apposition).
    let commas: Vec<usize> = toks
        .iter()
        .take(16)
        .enumerate()
        .filter(|(_, t)| t.after == Some(','))
        .map(|(k, _)| k)
        .collect();
    // (`Pour lui, « … »`: a pronoun too.)
    let named = |toks: &[Tok]| match names::subject_after(toks) {
        Some(who @ (Who::Name { .. } | Who::Pronoun { group: false, .. })) => Some(who),
        _ => None,
    };
    match commas.as_slice() {
        // A description, then the name between commas.
        [a, b, ..] => named(&toks[a + 1..=*b]).or_else(|| named(&toks[1..=*a])),
        [a] => named(&toks[1..=*a]),
        [] => None,
    }
}

/// `Declaring “the maritime soul of the Marine Corps” is at stake, Defense Secretary Robert
/// Gates has ordered …`: a participle opening the sentence right before the quote is said by
/// the subject of the main clause, after the comma that closes the opening phrase.
/// (A dateline may come first: `WASHINGTON (Aug. 13) -- Declaring …`.)
fn participle_opener(
    pre: &str,
    pre_toks: &[Tok],
    post_toks: &[Tok],
) -> Option<(Who, Option<String>)> {
    let i = pre_toks.iter().rposition(|t| t.lower != "that")?;
    let p = &pre_toks[i];
    let before = pre[..p.offset_in(pre)].trim_end();
    let opens = before.is_empty() || before.ends_with(['-', '—', '–']);
    if !opens || !cues::is_participle(&p.lower) || pre_toks.len() > i + 2 {
        return None;
    }
    let comma = post_toks
        .iter()
        .take(15)
        .position(|t| t.after == Some(','))?;
    let who = names::sentence_subject(&post_toks[comma + 1..])?;
    matches!(who, Who::Name { .. } | Who::Pronoun { .. }).then(|| (who, Some(p.word.to_string())))
}

/// Nouns for what was said, for `is_said_noun`.
static SAID_NOUNS: WordSet = WordSet::new(&[
    "directive",
    "order",
    "call",
    "pledge",
    "promise",
    "warning",
    "demand",
    "appeal",
    "instruction",
    "vow",
    "plea",
    "request",
    "message",
    "threat",
    "remark",
    "comment",
    "claim",
    "assertion",
]);

/// Nouns for something said (singular): `directive`, `call`, `warning`.
fn is_said_noun(w: &str) -> bool {
    SAID_NOUNS.contains(w)
}

/// `Buckley, who phoned in from the set of “Fargo,” had a similar experience: “…”`:
/// a colon right before the quote gives it to the sentence's subject, even past an earlier quote.
fn colon_subject(pre: &str, sentence: &str) -> Option<(Who, Option<String>)> {
    if !pre.trim_end().ends_with(':') {
        return None;
    }
    let toks = tokenize(sentence);
    match joined_clause_subject(&toks).or_else(|| names::sentence_subject(&toks)) {
        Some(who @ (Who::Name { .. } | Who::Pronoun { .. })) => Some((who, None)),
        _ => None,
    }
}

/// Words that join a second clause, with a subject of its own, to a sentence.
const JOINERS: &[&str] = &[
    "and", "but", "while", "y", "pero", "et", "mais", "und", "aber",
];

/// `Swift has a new deal, and The Carlyle Group will be left to wonder: “…”`, `el politólogo
/// Huntington definía …, y el jurista Carlos Nino llamó a la Argentina “…”`: the name opening the
/// last joined clause before the quote, followed by a verb, is the subject the quote goes with.
fn joined_clause_subject(toks: &[Tok]) -> Option<Who> {
    let i = (1..toks.len())
        .rev()
        .find(|&i| JOINERS.contains(&toks[i].lower.as_str()) && toks[i].after.is_none())?;
    let clause = &toks[i + 1..];
    // A determiner and a lowercase description may come first (`el jurista Carlos Nino`).
    let start = clause.iter().take(3).position(|t| t.cap)?;
    if clause[..start].iter().any(|t| t.after.is_some()) {
        return None;
    }
    // The name runs to the first lowercase word, which must be a verb.
    let end = start + clause[start..].iter().position(|t| !t.cap)?;
    if end == start {
        return None;
    }
    let who = names::clean(&clause[start..end]).filter(|w| matches!(w, Who::Name { .. }))?;
    let verb = &clause[end];
    let auxiliary = matches!(
        verb.lower.as_str(),
        "will"
            | "would"
            | "has"
            | "had"
            | "have"
            | "is"
            | "was"
            | "can"
            | "could"
            | "may"
            | "might"
    );
    let is_verb = clause[end - 1].after.is_none()
        && (names::opens_predicate(verb) || (auxiliary && verb.before.is_none()));
    is_verb.then_some(who)
}

/// The speaker a lead-in sentence names: the subject of its cue (`She told the BBC:`), else
/// a named subject (`Smith had a similar experience:`; not `Here is his text:`).
fn lead_in_credit(sentence: &str) -> Option<(Who, Option<String>)> {
    if sentence.is_empty() {
        return None;
    }
    attribution_before(&tokenize(sentence), sentence).or_else(|| {
        colon_subject(sentence, sentence).filter(|(who, _)| matches!(who, Who::Name { .. }))
    })
}

/// A short sentence right after the quote that only says who spoke:
/// `“Why?” Smith asked.`, `“We won.” said Jane Smith.` After `?`, `!` or `…` the
/// sentence may go on (`“Can I give it to James?” Brooke tearfully asked before …`).
fn short_credit(next: &str, after_question: bool) -> Option<(Who, Option<String>)> {
    let toks = tokenize(next);
    if toks.is_empty() || (toks.len() > 10 && !after_question) {
        return None;
    }
    let c = first_cue(&toks, false).filter(|c| c.kind == CueKind::Verb && c.at <= 4)?;
    let who = if c.at == 0 {
        subject_after(&toks[c.len..])
    } else if toks.len() - (c.at + c.len) <= 3 || after_question {
        subject_before(&toks[..c.at])
    } else {
        None
    }?;
    Some((who, Some(c.text)))
}

/// A credit line after a quote that ends its paragraph: `“…”` then `– Jane Smith` as the next block.
fn dash_credit(text: &str, span: &Span, post: &str) -> Option<(Who, Option<String>)> {
    if !post.trim().is_empty() {
        return None;
    }
    let rest = text.get(span.close_end..)?.trim_start();
    credit_line(rest.lines().next()?)
}

/// A credit right after the quote, on its line: `“…” — Donald J. Trump (@realDonaldTrump)
/// December 12, 2016`, `«…» — Jean Dupont`.
fn same_line_dash_credit(post: &str) -> Option<(Who, Option<String>)> {
    credit_line(post.trim_start())
}

/// The name a dash opens a credit line with: it ends at a comma, a bracket, a handle or a date
/// (`— Mike Pompeo, College Station, TX, April 15, 2019`).
fn credit_line(line: &str) -> Option<(Who, Option<String>)> {
    let name = line.strip_prefix(['–', '—', '-', '―', '~'])?.trim();
    let end = name
        .find(|c: char| matches!(c, ',' | '(' | '@' | '[') || c.is_ascii_digit())
        .unwrap_or(name.len());
    let name = name[..end].trim().trim_end_matches(['.', ',']);
    // (Only capitalised words and particles: not `— Smith said`, nor `— He said`.)
    let words: Vec<&str> = strip_trailing_month(name)
        .split_whitespace()
        .take_while(|w| w.starts_with(char::is_uppercase) || names::is_connector(w))
        .collect();
    let first = words.first()?.to_lowercase();
    let named = !is_stopword(&first) && names::pronoun(&first).is_none();
    (named && words.len() <= 6).then(|| {
        (
            Who::Name {
                text: words.join(" "),
                org: false,
            },
            None,
        )
    })
}

/// `Jane Smith December` (the day cut off at its digits) → Jane Smith.
fn strip_trailing_month(name: &str) -> &str {
    match name.rsplit_once(' ') {
        Some((head, last)) if names::is_calendar(&last.to_lowercase()) => head.trim_end(),
        _ => name,
    }
}

/// A title or a word mentioned as a word follows: `a book titled “…”`, `the word “woke”`.
fn names_a_work(pre: &[Tok]) -> bool {
    pre.last().is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "titled"
                | "entitled"
                | "headlined"
                | "dubbed"
                | "nicknamed"
                | "word"
                | "words"
                | "term"
                | "phrase"
                | "hashtag"
                | "slogan"
                | "motto"
        )
    })
}

/// A Title Case name inside a sentence with no cue is a title, not speech:
/// `the “Make America Great Again” rally`.
/// `told CNN’s Jake Tapper on “State of the Union.”`: a short title-case quote right after a
/// preposition is a show's or a work's name, even with the sentence's full stop inside the marks.
fn title_after_preposition(words: &str, pre: &[Tok]) -> bool {
    let after_preposition = pre.last().is_some_and(|t| {
        t.after.is_none() && matches!(t.lower.as_str(), "on" | "in" | "of" | "from" | "at")
    });
    after_preposition && word_len(words) <= 6 && is_title_like(words, false, false)
}

fn is_title_like(words: &str, starts_sentence: bool, ends_like_speech: bool) -> bool {
    let toks = tokenize(words);
    let title_case = toks.len() >= 2
        && toks
            .iter()
            .filter(|t| t.word.chars().count() > 3)
            .all(|t| t.cap)
        && toks.iter().filter(|t| t.cap).count() >= 2;
    title_case && !starts_sentence && !ends_like_speech
}

/// The cue and subject that attribute a quote, from the words after it
/// (`“…,” said X`, `“…,” X said`) or before it (`X said: “…”`, `according to X, “…”`).
fn attribution(
    words: &str,
    post: &str,
    pre: &[Tok],
    post_toks: &[Tok],
    sentence: &str,
) -> Option<(Who, Option<String>)> {
    // `he asked … and said, “…,” the prosecutor’s office said`: a cue right before the
    // quote names its speaker; the one after names who reported it.
    if pre
        .last()
        .is_some_and(|t| matches!(t.after, Some(',' | ':')))
        && last_cue(pre).is_some_and(|c| c.kind == CueKind::Verb && c.at + c.len == pre.len())
        && let Some(found) = attribution_before(pre, sentence)
    {
        return Some(found);
    }
    // Words after the quote attribute it only if the quote runs on into them (`,”` or `he said`
    // in lowercase), or if it stops without a full stop before a short credit (`“… see ” Mayer said.`).
    let bare = bare_end(words);
    let runs_on = bare.ends_with([',', '!', '?', '—', '–', '-', '…'])
        || post.trim_start().starts_with(',')
        || post
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
        || (!bare.ends_with(['.', ':', ';']) && post_toks.len() <= 4)
        // `“…” (according to the Chicago Tribune), but …`: a source in brackets right after it.
        || (post.trim_start().starts_with('(')
            && post_toks.first().is_some_and(|t| {
                matches!(t.lower.as_str(), "according" | "laut" | "selon" | "según")
            }));
    if runs_on
        && !post_toks.is_empty()
        && let Some(found) = attribution_after(post_toks)
    {
        // `John Mackey said in an internal memo that the “…” …, Yahoo Finance reported`: the
        // outlet after the quote reported it; the speaker is named before it.
        let reported = found
            .1
            .as_deref()
            .is_some_and(|c| matches!(c.to_lowercase().as_str(), "reported" | "reports"));
        if reported
            && let Some(before @ (Who::Name { .. }, Some(_))) = attribution_before(pre, sentence)
        {
            return Some(before);
        }
        if let (
            Who::Pronoun {
                group: false,
                female: None,
            },
            [_verb],
        ) = (&found.0, post_toks)
            && let Some(who) = german_clause_subject(pre)
        {
            return Some((who, found.1));
        }
        return Some(found);
    }
    attribution_before(pre, sentence)
}

/// `…, dass Sänger Joey Heindle … mit einem „…“ kommentierte.`: a German clause ends with its
/// verb, so a cue alone after the quote has its subject right after `dass` (or `weil`, `ob`,
/// `nachdem`, `als`) before the quote.
fn german_clause_subject(pre: &[Tok]) -> Option<Who> {
    let k = pre.iter().rposition(|t| {
        matches!(
            t.lower.as_str(),
            "dass" | "daß" | "weil" | "ob" | "nachdem" | "als"
        )
    })?;
    subject_after(&pre[k + 1..]).filter(|w| matches!(w, Who::Name { .. }))
}

fn attribution_after(toks: &[Tok]) -> Option<(Who, Option<String>)> {
    if let Some(found) = quoted_as_saying(toks) {
        return Some(found);
    }
    // `„…“, heißt es in einer Mitteilung der Deutschen Bahn.`
    if is_heisst_es(toks) {
        let who = named_source(&toks[2..])?;
        return Some((who, Some(format!("{} {}", toks[0].word, toks[1].word))));
    }
    // `“… the little deal” announced in October, said Derek Scissors`: a participle
    // qualifying the quoted words, then the real credit after a comma.
    if let Some(c) = cue_at(toks, 0, true)
        && toks.get(c.len).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "in" | "on" | "at" | "last" | "earlier" | "this" | "by"
            )
        })
        && let Some(k) = (c.len..toks.len())
            .find(|&k| toks[k - 1].after == Some(',') && cue_at(toks, k, false).is_some())
    {
        return attribution_after(&toks[k..]);
    }
    if let Some(c) = cue_at(toks, 0, true) {
        // Cue first: `said X`, `according to X`, `a-t-il déclaré`, `dijo.` (subject dropped).
        // With no name after the cue, the subject was dropped (`dijo.`, `said on Tuesday`),
        // unless a description follows (`said one legal expert`): someone unnamed.
        let rest = names::skip_addressee(&toks[c.len..]);
        let described = rest.first().is_some_and(|t| {
            !t.cap && (names::is_indefinite(&t.lower) || is_person_noun(&t.lower))
        });
        let who = if c.pronoun {
            let (group, female) = c.inverted_pronoun();
            Some(Who::Pronoun { group, female })
        } else if described {
            // Someone unnamed speaks: the quote is theirs, not a continued run's.
            subject_after(rest)
                .filter(|w| matches!(w, Who::Name { .. }))
                .or(Some(Who::Role {
                    definite: false,
                    head: rest[0].lower.clone(),
                }))
        } else {
            subject_after(rest).or(Some(Who::Pronoun {
                group: false,
                female: None,
            }))
        };
        return who.map(|w| (w, Some(c.text)));
    }
    // Subject first: `X said`, `X, a spokesman, told reporters`.
    let c = first_cue(toks, true).filter(|c| c.at <= 20)?;
    let who = match c.kind {
        CueKind::Source | CueKind::So => subject_after(&toks[c.at + c.len..]),
        CueKind::Verb
            if c.at > 0 && toks[c.at - 1].after == Some(',') && !takes_addressee(&c.text) =>
        {
            inverted_subject(&toks[c.at + c.len..]).or_else(|| subject_before(&toks[..c.at]))
        }
        CueKind::Verb => subject_before(&toks[..c.at]),
        CueKind::Participle => return None,
    }?;
    Some((who, Some(c.text)))
}

/// German `heißt es` (`it says`) opening `toks`: the source is named around it.
fn is_heisst_es(toks: &[Tok]) -> bool {
    matches!(
        toks.first().map(|t| t.lower.as_str()),
        Some("heißt" | "hieß" | "heisst" | "hiess")
    ) && toks.get(1).is_some_and(|t| t.lower == "es")
}

/// Who a German source phrase names: `in einer Mitteilung der Deutschen Bahn` → Deutschen
/// Bahn, `des Gerichts` → Gericht, `bei der Polizei` → Polizei, `aus dem Bundesministerium`.
/// A document noun is skipped for the body after its genitive (`der`, `des`, `von`).
fn named_source(toks: &[Tok]) -> Option<Who> {
    let mut i = 0;
    while toks.get(i).is_some_and(|t| {
        names::is_german_article(&t.lower)
            || matches!(
                t.lower.as_str(),
                "in" | "bei" | "aus" | "von" | "seitens" | "des" | "einer" | "einem" | "eines"
            )
    }) {
        i += 1;
    }
    let noun = toks.get(i).filter(|t| t.cap)?;
    let genitive = !noun.breaks()
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "der" | "des" | "von"));
    // `In der Begründung heißt es:` after `Das Landgericht Berlin sieht das ähnlich`: a
    // document with no body after it is the one the text is about (as English `it said`).
    if !genitive && names::is_german_document(&noun.lower) {
        return Some(Who::Pronoun {
            group: true,
            female: None,
        });
    }
    let (start, strip) = if genitive {
        (i + 2, toks[i + 1].lower == "des")
    } else {
        (i, false)
    };
    let mut words: Vec<&str> = Vec::new();
    for t in toks[start..].iter().take(5) {
        if !t.cap {
            break;
        }
        words.push(t.word);
        if t.breaks() {
            break;
        }
    }
    let last = words.pop()?;
    // `des Gerichts` → Gericht: a genitive `-s` off the body's name.
    let last = match last.strip_suffix('s') {
        Some(stem) if strip && !stem.ends_with('s') => stem,
        _ => last,
    };
    words.push(last);
    Some(Who::Name {
        text: words.join(" "),
        org: true,
    })
}

/// A reporting verb whose object is the one spoken to (`X told Y`), not its subject.
fn takes_addressee(cue: &str) -> bool {
    matches!(
        cue.to_lowercase().as_str(),
        "told" | "tells" | "asked" | "asks"
    )
}

/// `“…” despite being the envoy in Brussels, said another witness in the probe, former adviser
/// Fiona Hill`: a verb after a clause's comma, with its subject after it. Someone described
/// (`a`, `another` …) is named in an apposition, or is no one.
fn inverted_subject(after: &[Tok]) -> Option<Who> {
    let first = after.first()?;
    if names::is_indefinite(&first.lower) && after.len() > 1 {
        let named = after
            .iter()
            .position(|t| t.after == Some(','))
            .and_then(|k| subject_after(&after[k + 1..]))
            .filter(|w| matches!(w, Who::Name { .. }));
        return named.or(Some(Who::Role {
            definite: false,
            head: after[1].lower.clone(),
        }));
    }
    subject_after(after).filter(|w| matches!(w, Who::Name { .. }))
}

/// `the radio quoted one witness as saying`, `Reuters quoted him as saying`: the one quoted
/// speaks, not the outlet that quotes them (someone unnamed is no one).
fn quoted_as_saying(toks: &[Tok]) -> Option<(Who, Option<String>)> {
    let q = toks
        .iter()
        .take(20)
        .position(|t| matches!(t.lower.as_str(), "quoted" | "quoting" | "quotes"))?;
    let rest = &toks[q + 1..];
    let a = rest.iter().take(10).position(|t| t.lower == "as")?;
    let saying = rest.get(a + 1).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "saying" | "telling" | "writing" | "stating"
        )
    });
    let object = &rest[..a];
    let first = object.first().filter(|_| saying)?;
    let who = match first.lower.as_str() {
        "him" | "her" | "them" => Who::Pronoun {
            group: false,
            female: names::gender_of(&first.lower),
        },
        "it" => Who::Pronoun {
            group: true,
            female: None,
        },
        w if names::is_indefinite(w) => Who::Role {
            definite: false,
            head: object[object.len() - 1].lower.clone(),
        },
        _ => subject_after(object)?,
    };
    Some((who, Some(toks[q].word.to_string())))
}

/// `her father`, `a friend` right before a participle of speech (`telling her`): the speaker
/// is someone the sentence does not name.
fn unnamed_before_participle(toks: &[Tok]) -> bool {
    let [.., det, noun] = toks else {
        return false;
    };
    matches!(
        det.lower.as_str(),
        "his" | "her" | "their" | "my" | "our" | "a" | "an" | "one"
    ) && !noun.cap
        && !det.breaks()
        // (Not `Smith hugged her son, saying “…”`: after a comma the participle is Smith's.)
        && !noun.breaks()
        && (is_person_noun(&noun.lower)
            || matches!(
                noun.lower.as_str(),
                "brother" | "sister" | "friend" | "colleague" | "grandmother" | "grandfather"
            ))
}

/// `quoted John Jones as` (before `saying`), `cited the minister as`: the person between
/// the verb and `as`.
fn quoted_as(toks: &[Tok]) -> Option<Who> {
    let (as_, rest) = toks.split_last()?;
    if as_.lower != "as" {
        return None;
    }
    let v = rest.iter().rposition(|t| {
        matches!(
            t.lower.as_str(),
            "quoted" | "quotes" | "quoting" | "cited" | "cites" | "citing"
        )
    })?;
    let object = &rest[v + 1..];
    (!object.is_empty() && object.len() <= 8)
        .then(|| subject_after(object))
        .flatten()
}

/// The cue before the quote and its subject; with no subject before the cue in the
/// window (`… conceded there were “grey areas” but said “…”`), the sentence's subject.
fn attribution_before(toks: &[Tok], sentence: &str) -> Option<(Who, Option<String>)> {
    // `In der Begründung des Gerichts heißt es: „…“`, `Weiter heißt es in dem Urteil des
    // Landgerichts: „…“`: the source before or after `heißt es`.
    if let Some(k) = (0..toks.len()).rev().find(|&k| is_heisst_es(&toks[k..])) {
        let cue = format!("{} {}", toks[k].word, toks[k + 1].word);
        let after = &toks[k + 2..];
        let before = &toks[..k];
        let who = if after.is_empty() {
            before
                .first()
                .filter(|t| matches!(t.lower.as_str(), "in" | "im" | "bei" | "beim"))
                .and_then(|_| named_source(before))
        } else {
            named_source(after)
        };
        return who.map(|w| (w, Some(cue)));
    }
    let Some(c) = last_cue(toks) else {
        // `Smith: “…”` (interview style): a short name and a colon.
        let colon = toks.last().is_some_and(|t| t.after == Some(':')) && toks.len() <= 4;
        return colon
            .then(|| subject_before(toks))
            .flatten()
            .filter(|w| matches!(w, Who::Name { .. }))
            .map(|w| (w, None));
    };
    let after = &toks[c.at + c.len..];
    let who = match c.kind {
        // (`Nach Angaben der Polizei`: a German body after its article.)
        CueKind::Source | CueKind::So
            if after
                .first()
                .is_some_and(|t| names::is_german_article(&t.lower)) =>
        {
            named_source(after).or_else(|| subject_after(after))
        }
        CueKind::Source | CueKind::So => subject_after(after),
        CueKind::Verb if c.pronoun => {
            let (group, female) = c.inverted_pronoun();
            Some(Who::Pronoun { group, female })
        }
        // `Mary Smith quoted John Jones as saying: “…”`: the one quoted speaks.
        CueKind::Participle if let Some(quoted) = quoted_as(&toks[..c.at]) => Some(quoted),
        // `Mary Smith recalled her father telling her: “…”`: someone unnamed, right before
        // the participle, speaks.
        CueKind::Participle if unnamed_before_participle(&toks[..c.at]) => Some(Who::Role {
            definite: false,
            head: toks[c.at - 1].lower.clone(),
        }),
        CueKind::Participle => {
            // `Page would grow animated, and Schmidt would shut him down, saying, “…”`: the
            // participle goes with the last clause joined by `, and`, when it names someone.
            let clause = toks[..c.at].iter().enumerate().rev().find_map(|(k, t)| {
                let joined = k > 0
                    && matches!(t.lower.as_str(), "and" | "but")
                    && toks[k - 1].after == Some(',');
                joined.then_some(k + 1)
            });
            // `… Likud party, which tried to rally support by saying that …`: the clause's name.
            relative_antecedent(&toks[..c.at])
                .or_else(|| clause.and_then(|k| names::sentence_subject(&toks[k..c.at])))
                .filter(|w| matches!(w, Who::Name { .. }))
                .or_else(|| names::sentence_subject(&toks[..c.at]))
                .or_else(|| opening_subject_of(sentence))
        }
        // `… asked about the budget and said, “…”`: a verb joined to the sentence's subject
        // (not `“A,” said Mr Goodman, “B.”`: there the name follows the verb).
        CueKind::Verb
            if (c.at == 0 || is_conjunction(&toks[c.at - 1].lower)) && !names::fills(after) =>
        {
            opening_subject_of(sentence)
        }
        // `was hailed by UN envoy Terje Roed-Larsen as “…”`: a passive names its speaker after `by`.
        CueKind::Verb
            if after.first().is_some_and(|t| t.lower == "by")
                && after.last().is_some_and(|t| t.lower == "as")
                && after.len() >= 3 =>
        {
            subject_after(&after[1..after.len() - 1])
        }
        CueKind::Verb => {
            // Verb-second order (`Dazu sagte Merkel: „…“`): a name filling the gap to the quote.
            let addressee = takes_addressee(&c.text);
            // A name after the verb is its subject; a pronoun only with none before it
            // (not `The ministry said it “regrets …”`).
            // (`In seinem Blog kritisiert …`: no subject in an opening phrase before the verb.)
            let opening_phrase = toks
                .first()
                .is_some_and(|t| names::is_introductory(&t.lower))
                && !toks[..c.at].iter().any(|t| t.breaks());
            let before = subject_before(&toks[..c.at]);
            let inverted = (!addressee && names::fills(after))
                .then(|| subject_after(after))
                .flatten()
                .filter(|w| matches!(w, Who::Name { .. }) || before.is_none());
            let inverted = german_pronoun(&c.text, after)
                .filter(|_| !addressee)
                .or(inverted);
            // `Nun schreibt das Landgericht Berlin, man könne …, dass … „…“`: a verb second in
            // its sentence, its subject right after it up to a comma, then what it reports.
            let second = || {
                let comma = after.iter().take(8).position(|t| t.after == Some(','))?;
                subject_after(&after[..=comma]).filter(|w| matches!(w, Who::Name { .. }))
            };
            let verb_second = (before.is_none() && !addressee && c.at <= 2)
                .then(second)
                .flatten();
            // `In seinem Blog kritisiert Sascha Lobo die Entscheidung scharf: „…“`: after an
            // opening phrase, the verb, then its subject's name, then a colon before the quote.
            let named_after = || {
                let colon = after.last().is_some_and(|t| t.after == Some(':'));
                let named = after.first().is_some_and(|t| t.cap) && colon && !addressee;
                named
                    .then(|| subject_after(after))
                    .flatten()
                    .filter(|w| matches!(w, Who::Name { org: false, .. }))
            };
            let first_named = opening_phrase.then(named_after).flatten();
            inverted.or(first_named).or(before).or(verb_second)
        }
    }?;
    Some((who, Some(c.text)))
}

/// `Danach sagte er: „…“`: German puts the subject pronoun right after the verb when
/// something else opens the sentence, so `Danach` is not the subject.
fn german_pronoun(verb: &str, after: &[Tok]) -> Option<Who> {
    let [p] = after else { return None };
    // (`sagten sie`: they; `sagte sie`: she.)
    let plural = verb.ends_with("en");
    match p.lower.as_str() {
        "er" => Some(Who::Pronoun {
            group: false,
            female: Some(false),
        }),
        "sie" => Some(Who::Pronoun {
            group: plural,
            female: (!plural).then_some(true),
        }),
        _ => None,
    }
}

/// The subject opening a sentence, unless the sentence opens with a quote (then no one
/// is named at its start).
fn opening_subject_of(sentence: &str) -> Option<Who> {
    let opens_with_quote = sentence
        .trim_start()
        .starts_with(['“', '"', '‘', '\'', '«', '„', '»', '「', '『']);
    (!opens_with_quote)
        .then(|| names::opening_subject(&tokenize(sentence)))
        .flatten()
}

/// `and`, `but`: words that join a second verb to the sentence's subject.
fn is_conjunction(w: &str) -> bool {
    matches!(
        w,
        "and" | "but" | "then" | "also" | "later" | "und" | "et" | "mais" | "y" | "pero"
    )
}

/// Nouns for people (`the champion`, `the 31-year-old`, `the singer`), by a short list and common suffixes.
fn is_person_noun(head: &str) -> bool {
    is_listed_person_noun(head) || head.ends_with("year-old") || names::is_agent_noun(head)
}

/// `protesters`, `residents`, `officials`: a person noun in the plural.
fn is_plural_person_noun(w: &str) -> bool {
    w.strip_suffix('s')
        .is_some_and(|one| is_listed_person_noun(one) || names::is_agent_noun(one))
}

/// Nouns for people ([`is_listed_person_noun`]).
static PERSON_NOUNS: WordSet = WordSet::new(&[
    "champion",
    "critic",
    "official",
    "coach",
    "star",
    "actor",
    "actress",
    "author",
    "veteran",
    "winner",
    "leader",
    "chief",
    "boss",
    "expert",
    "analyst",
    "mother",
    "father",
    "man",
    "woman",
    "boy",
    "girl",
    "wife",
    "husband",
    "son",
    "daughter",
    "victim",
    "witness",
    "suspect",
    "rapper",
    "musician",
    "athlete",
    "runner",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "captain",
    "minister",
    "president",
    "senator",
    "judge",
    "doctor",
    "nurse",
    "teacher",
    "student",
    "lawyer",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "founder",
    "owner",
    "bishop",
    "priest",
    "presenter",
    "host",
    "comedian",
    "director",
    "producer",
    "novelist",
    "poet",
    "artist",
    "scientist",
    "researcher",
    "professor",
    "economist",
    "politician",
    "mp",
    "mayor",
    "governor",
]);

/// The person nouns [`is_person_noun`] lists by name (no guessing from the ending).
fn is_listed_person_noun(head: &str) -> bool {
    PERSON_NOUNS.contains(head)
}

/// Nouns for a body that stand for the one the article is about ([`is_generic_body`]).
static GENERIC_BODIES: WordSet = WordSet::new(&[
    "company",
    "firm",
    "group",
    "carrier",
    "retailer",
    "bank",
    "club",
    "team",
    "giant",
    "maker",
    "network",
    "agency",
    "government",
    "department",
    "ministry",
    "organisation",
    "organization",
    "charity",
    "union",
    "party",
    "studio",
    "publisher",
    "platform",
    "service",
    "site",
    "app",
    "startup",
    "airline",
    "manufacturer",
    "brand",
    "league",
    "body",
    "board",
    "council",
    "police",
    "authority",
    "regulator",
    "operator",
    "developer",
    "insurer",
    "lender",
    "broadcaster",
    "newspaper",
    "paper",
    "magazine",
    "journal",
    "tabloid",
    "outlet",
    "publication",
    "institute",
    "foundation",
    "channel",
    "band",
    "label",
    "school",
    "university",
    "hospital",
    "association",
    "federation",
    "commission",
    "court",
    "campaign",
    "administration",
    "museum",
    "gallery",
    "festival",
    "show",
    "website",
    "statement",
    "report",
    "spokesman",
    "spokeswoman",
    "spokesperson",
]);

/// Common nouns for the body an article is about (`the company said`).
fn is_generic_body(head: &str) -> bool {
    GENERIC_BODIES.contains(head)
}

/// Turns an attribution into the speaker's fullest name, and remembers it.
fn resolve(
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
        && let Some((name, org)) = known.bound.get(head, pos, known.mentions)
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
    let (name, org) = match who {
        // `Die Wissenschaftlerin warnt`: a German job noun (capitalised) is a role, not a name.
        Who::Name { text, org: false }
            if known.casing.is_german()
                && !text.contains(' ')
                && is_person_noun(&text.to_lowercase()) =>
        {
            // Only someone quoted in the article (German text yields many capitalised non-names).
            let head = text.to_lowercase();
            let mut trial = state.clone();
            let found = definite_person(&head, pos, paragraph, known, &mut trial).filter(|n| {
                known.speakers.contains(n) || subject_of_paragraph(n, pos, paragraph, known)
            });
            if found.is_some() {
                *state = trial;
            }
            return found;
        }
        Who::Name { text, org } => {
            let org = org || is_acronym(&text);
            let text = if org {
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
            None => return definite_person(&head, pos, paragraph, known, state),
        },
        // `The Food Standards Agency warned … “…,” it said`: the body that became a sentence's
        // subject since the last quote, else the last body quoted, else the article's main body.
        Who::Pronoun { group: true, .. } => {
            let name = body_since_last_quote(pos, paragraph, known, state)
                .map(|(_, n)| n)
                .or_else(|| state.last_org.clone())
                .or_else(|| known.mentions.main_body(pos, known.speakers.as_slice()));
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
                    .then(|| {
                        latest_since(known.bodies, pos, paragraph, 2, None)
                            .map(|(_, _, n)| n.clone())
                            .or_else(|| known.mentions.main_body(pos, known.speakers.as_slice()))
                    })
                    .flatten()
            };
            match named.or_else(generic) {
                Some(body) => (body, true),
                None if definite && is_person_noun(&head) => {
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

/// `Die Mietrechtsexpertin Julia Wagner hält dagegen. „…“, so die Expertin.`: `name` was the
/// subject of a sentence earlier in the paragraph.
fn subject_of_paragraph(name: &str, pos: usize, paragraph: usize, known: &Known) -> bool {
    let s = known.subjects.partition_point(|(p, _, _)| *p < pos);
    known.subjects[..s]
        .iter()
        .rev()
        .take_while(|(_, para, _)| *para == paragraph)
        .any(|(_, _, n)| n == name)
}

/// A person's name without the German nouns written after it ([`Mentions::trim_stray_tail`]):
/// only in German, where the nouns after a name are capitalised too.
fn stray_tail_dropped(casing: &names::Casing, mentions: &Mentions, name: String) -> String {
    if casing.is_german() {
        mentions.trim_stray_tail(&name).to_string()
    } else {
        name
    }
}

/// Bytes before a quote searched for the compound a German noun stands for.
const COMPOUND_REACH: usize = 20_000;

/// A German body noun as a speaker (`das Gericht`) means the compound ending with it named
/// before (`das Landgericht Berlin`, `das Bundesministerium`), in its fullest form: with the
/// place or name written after it.
fn german_compound(noun: &str, pos: usize, known: &Known) -> Option<String> {
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
fn ungenitive<'w>(word: &'w str, head: &str) -> Option<&'w str> {
    let lower = word.to_lowercase();
    ["", "s", "es"].iter().find_map(|end| {
        let cut = word.len().checked_sub(end.len())?;
        let stem = lower.strip_suffix(end)?;
        (stem.ends_with(head) && word.is_char_boundary(cut)).then(|| &word[..cut])
    })
}

/// Bytes after a compound read for the name written with it (and characters before its
/// head searched for the word's start).
const COMPOUND_TAIL: usize = 120;

/// The compound opening `toks` and the name written right after it (`Landgericht Berlin`, not
/// `Landgericht Urteile`: a German common noun is no name).
fn written_with<'t>(toks: &[Tok<'t>], known: &Known) -> Vec<&'t str> {
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
const COMPOUND_HEAD: usize = 5;

/// `the woman`, `the father`: a person noun that tells whether it means a woman or a man,
/// so that it is not resolved to someone known to be the other (`true` = female).
fn noun_gender(head: &str) -> Option<bool> {
    match head {
        "woman" | "girl" | "mother" | "wife" | "daughter" | "sister" | "grandmother" | "aunt"
        | "widow" | "actress" | "businesswoman" | "chairwoman" | "spokeswoman" => Some(true),
        "man" | "boy" | "father" | "husband" | "son" | "brother" | "grandfather" | "uncle"
        | "widower" | "actor" | "businessman" | "chairman" | "spokesman" => Some(false),
        _ if names::is_german_feminine_agent(head) => Some(true),
        _ => None,
    }
}

/// Who `the actor` is: whoever the article last called that (`said the actor` … `the
/// “Pose” actor said`), else the person named with the word, else as for a pronoun.
fn definite_person(
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
            None if matches!(head, "woman" | "man" | "girl" | "boy") => None,
            None => person_anaphor(pos, paragraph, noun_gender(head), known, state),
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
fn introduced_unnamed(head: &str, pos: usize, text: &str) -> bool {
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
/// paragraph right after two paragraphs of two different speakers is the first one's turn again.
fn dialogue_turn(out: &[Quote], paragraph: usize) -> Option<String> {
    let mut full = out.iter().rev().filter(|q| !q.fragment);
    let last = full.next()?;
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

/// Whether `q` fills its paragraph but for a short credit (`“Not at fifty.”`, `“…,” Benitez
/// said.`): a line of dialogue.
fn dialogue_line(para: (usize, usize), q: &Quote) -> bool {
    let (a, b) = para;
    a <= q.start && q.end <= b && !q.fragment && (q.start - a) + (b - q.end) <= DIALOGUE_CREDIT
}

/// Bytes of credit a line of dialogue may hold outside its quote (`”, Holloway said.`).
const DIALOGUE_CREDIT: usize = 40;

/// `“You don't need to do it yourself,” Holloway said. ⏎ “I've done it a thousand times.” ⏎
/// “Not at fifty.” ⏎ “At fifty-one, actually,” Benitez said.`: in a run of dialogue lines, the
/// untagged lines between two tagged ones of different speakers an odd number of lines apart
/// alternate between them.
fn alternate_dialogue(paras: &[(usize, usize)], out: &mut [Quote]) {
    // One quote per paragraph, each a line of dialogue, in consecutive paragraphs.
    let mut i = 0;
    while i < out.len() {
        let line = |k: usize| {
            dialogue_line(paras[out[k].paragraph], &out[k])
                && out
                    .get(k + 1)
                    .is_none_or(|n| n.paragraph != out[k].paragraph)
                && (k == 0 || out[k - 1].paragraph != out[k].paragraph)
        };
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

/// The speaker of the last full quote, if it is in this paragraph and has its own cue.
fn cued_in_paragraph(out: &[Quote], paragraph: usize) -> Option<String> {
    out.iter()
        .rev()
        .find(|q| !q.fragment)
        .filter(|q| q.paragraph == paragraph && q.cue.is_some())
        .and_then(|q| q.speaker.clone())
}

/// The person who became a sentence's subject after the last quote, in this
/// paragraph or the one before.
fn subject_since_last_quote(
    pos: usize,
    paragraph: usize,
    known: &Known,
    state: &State,
) -> Option<String> {
    latest_since(known.subjects, pos, paragraph, 1, state.last_quote_at).map(|(_, _, n)| n.clone())
}

/// The organisation that became a sentence's subject since the last quote, in this
/// paragraph or the two before: (offset, name).
fn body_since_last_quote(
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
fn latest_since(
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

/// Common nouns written right before a name (`US magazine Mobile PC`, `artists Langlands &
/// Bell`, `group Doctors for Camp Closure`), or describing the name in apposition at a
/// sentence's start (`The company that runs the AMAs, Dick Clark Productions, …`), so that
/// `the magazine`, `the artists`, `the company` later mean that name: (offset, noun, mention).
fn bind_nouns(text: &str, toks: &[Tok], paragraph: usize, out: &mut Vec<(usize, String, Binding)>) {
    let at = |t: &Tok| t.offset_in(text);
    let bind = |noun: &Tok, run: &[Tok], out: &mut Vec<(usize, String, Binding)>| {
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
        if noun && next.cap {
            let end = name_run(toks, i + 1);
            bind(t, &toks[i + 1..end], out);
        }
    }
    // `Turning Point USA launched Professor Watchlist, a website that lists …`: the noun of
    // an apposition right after a name.
    for (i, w) in toks.windows(3).enumerate() {
        let (last, det, noun) = (&w[0], &w[1], &w[2]);
        let described = last.cap
            && last.after == Some(',')
            && matches!(det.lower.as_str(), "a" | "an")
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
            matches!(
                t.lower.as_str(),
                "which" | "who" | "that" | "whose" | "was" | "is" | "were" | "are" | "has" | "had"
            )
        });
        // Nor a participle's (`The lawsuit, filed in federal court in Manhattan, says …`).
        let participle = !toks[c + 1].cap && toks[c + 1].lower.ends_with("ed");
        if clause || participle {
            continue;
        }
        let start = (c + 1..=c2).find(|&j| {
            toks[j].cap && (j == c + 1 || !toks[j - 1].cap) && name_run(toks, j) == c2 + 1
        });
        if let Some(j) = start {
            bind(noun, &toks[j..=c2], out);
        }
    }
}

/// Where the capitalised name starting at token `i` ends (exclusive): capitalised words and
/// connectors between them (`Doctors for Camp Closure`), up to punctuation.
fn name_run(toks: &[Tok], i: usize) -> usize {
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

/// A name a noun was written with: (name as written, is a body, paragraph).
type Binding = (String, bool, usize);

/// Nouns bound to names ([`bind_nouns`]): for each noun, (offset, fullest name, is a body), in text order.
#[derive(Default)]
struct Bound(HashMap<String, Vec<(usize, Binding)>>);

impl Bound {
    fn new(found: Vec<(usize, String, Binding)>) -> Self {
        let mut map: HashMap<String, Vec<(usize, Binding)>> = HashMap::new();
        for (pos, noun, binding) in found {
            map.entry(noun).or_default().push((pos, binding));
        }
        Bound(map)
    }

    /// The fullest form of the name `noun` (or its singular or plural) was last written
    /// with, within [`ROLE_REACH`] bytes before `pos`: (name, is an organisation).
    fn get(&self, noun: &str, pos: usize, mentions: &Mentions) -> Option<(String, bool)> {
        let singular = noun.strip_suffix('s').unwrap_or(noun);
        let mut forms = vec![noun.to_string(), format!("{noun}s"), singular.to_string()];
        if let Some(other) = synonym(singular) {
            forms.extend([other.to_string(), format!("{other}s")]);
        }
        let (_, (name, org, paragraph)) = forms
            .iter()
            .filter_map(|f| self.0.get(f))
            .filter_map(|list| {
                let k = list.partition_point(|(p, _)| *p < pos);
                k.checked_sub(1).map(|k| &list[k])
            })
            .filter(|(p, _)| pos - p <= ROLE_REACH)
            .max_by_key(|(p, _)| *p)?;
        let org = *org || names::is_acronym(name);
        Some((mentions.fullest(name, org, *paragraph), org))
    }
}

/// Nouns news writing uses in turn for the same people (`The doctors, members of … group
/// Doctors for Camp Closure` … `the physicians stated`).
fn synonym(noun: &str) -> Option<&'static str> {
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
fn remember_person(
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
fn role_referent(head: &str, pos: usize, known: &Known) -> Option<Option<String>> {
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
fn qualified_role(
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
        if let Some(name) = mentions.person_beside(text, o, len) {
            return Some(Some(name));
        }
        if indefinite_before(text, o) {
            return Some(None);
        }
    }
    None
}

/// How a title is written before a name (`Sen.` for `senator`).
fn abbreviated(title: &str) -> Option<&'static str> {
    Some(match title {
        "senator" => "sen.",
        "representative" => "rep.",
        "governor" => "gov.",
        "general" => "gen.",
        "professor" => "prof.",
        "doctor" => "dr.",
        _ => return None,
    })
}

/// Whether each modifier is written in `window`: as written, or as a whole word in any case
/// (`Prime Minister …` for `the prime minister`).
fn has_modifiers(window: &str, modifiers: &[&str]) -> bool {
    let lower = window.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).collect();
    modifiers
        .iter()
        .all(|m| window.contains(m) || words.contains(&m.to_lowercase().as_str()))
}

/// How far back (bytes) a role word is looked up.
const ROLE_REACH: usize = 4000;

/// `a`, `an`, `one`, `another` within the three words before byte `o` (`one legal expert`).
fn indefinite_before(text: &str, o: usize) -> bool {
    let start = char_boundary(text, o.saturating_sub(40));
    let toks = tokenize(&text[start..o]);
    for t in toks.iter().rev().take(3) {
        if names::is_indefinite(&t.lower) {
            return true;
        }
        if t.breaks() || matches!(t.lower.as_str(), "the" | "this" | "that" | "his" | "her") {
            return false;
        }
    }
    false
}

/// How far back (bytes) a person named just before a pronoun wins over earlier speakers.
const NEAR: usize = 300;

/// Who `he`, `she`, `they` or `the minister` is: the subject of a sentence since
/// the last speaker (`Ryan Suter, who …, could see … “…,” he said`), else a person
/// named just before (`… Jo Walton explained. “…,” she said`), else the speaker
/// mentioned last, else the person the article has mentioned most so far; `he`
/// and `she` skip people known to be of the other gender.
fn person_anaphor(
    pos: usize,
    paragraph: usize,
    female: Option<bool>,
    known: &Known,
    state: &mut State,
) -> Option<String> {
    let fits =
        |name: &str| female.is_none() || known.genders.get(name).is_none_or(|g| Some(*g) == female);
    let s = known.subjects.partition_point(|(p, _, _)| *p < pos);
    let subject = known.subjects[..s]
        .iter()
        .rev()
        .take_while(|(p, para, _)| {
            state.last_person_at.is_none_or(|l| *p > l) && para + 2 >= paragraph
        })
        .find(|(_, _, n)| fits(n));
    // `The company that runs the AMAs, Dick Clark Productions, denies … “…,” they said`: `they`
    // for a body that became a sentence's subject after any person did.
    if female.is_none()
        && let Some(body) = body_since_last_quote(pos, paragraph, known, state)
            .filter(|(at, _)| subject.is_none_or(|(p, _, _)| at > p))
    {
        state.last_org = Some(body.1.clone());
        return Some(body.1);
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
    let name = near
        .or_else(|| speaker.map(|(_, n)| n.clone()))
        .or_else(|| state.last_person.clone().filter(|n| fits(n)))
        .or_else(|| known.mentions.most_mentioned_person(pos, fits));
    remember_person(name, pos, paragraph, state)
}

/// `WIRED spoke to one mother, who knew … “…,” she said`: someone unnamed (`one`, `a`,
/// `another` and a person noun) was brought in close before the pronoun, after anyone named.
/// (Not what someone is, `being a mother of four is no hindrance for Conway`, nor a job
/// offered, `she was offered a spokeswoman role`.)
fn unnamed_just_before(pos: usize, known: &Known, state: &State) -> bool {
    let from = char_boundary(known.text, pos.saturating_sub(NEAR));
    let toks = tokenize(&known.text[from..pos]);
    let Some(i) = toks.windows(2).enumerate().rposition(|(k, w)| {
        let copula = k > 0 && is_copula(&toks[k - 1].lower);
        let job = toks.get(k + 2).is_some_and(|t| {
            !w[1].breaks() && matches!(t.lower.as_str(), "role" | "job" | "position" | "post")
        });
        !copula && !job && names::is_indefinite(&w[0].lower) && is_listed_person_noun(&w[1].lower)
    }) else {
        return false;
    };
    let at = toks[i].offset_in(known.text);
    let j = known.people.partition_point(|(p, _, _)| *p < pos);
    let named_after = j.checked_sub(1).is_some_and(|j| known.people[j].0 > at);
    !named_after && state.last_person_at.is_none_or(|l| l < at)
}

/// `is`, `being`, `as`: words before what someone is (`being a mother`).
fn is_copula(w: &str) -> bool {
    matches!(
        w,
        "is" | "was" | "are" | "were" | "be" | "been" | "being" | "as" | "became" | "becomes"
    )
}

/// Gender of the people in the article, from honorifics (`Ms Hewitt`) and from the
/// first `he`/`she`/`his`/`her` right after a mention, before anyone else is named.
fn genders(
    text: &str,
    paras: &[(usize, usize)],
    spans: &[Span],
    mentions: &Mentions,
    people: &[(usize, usize, String)],
) -> HashMap<String, bool> {
    let inside = |pos: usize| {
        let k = spans.partition_point(|s| s.open <= pos);
        k > 0 && pos < spans[k - 1].close_end
    };
    let mut votes: HashMap<String, (usize, usize)> = HashMap::new();
    let mut vote = |name: String, female: bool| {
        let v = votes.entry(name).or_default();
        if female { v.1 += 1 } else { v.0 += 1 }
    };
    for m in mentions.iter().filter(|m| !m.org) {
        if let Some(f) = m.female {
            vote(mentions.fullest(&m.words.join(" "), false, m.paragraph), f);
        }
    }
    // A given name that tells the gender counts as two votes (`Emily Maitlis`).
    let mut seen: HashSet<&str> = HashSet::new();
    for (_, _, name) in people {
        if !seen.insert(name) {
            continue;
        }
        let full = mentions.fullest(name, false, usize::MAX);
        if let Some(f) = full.split(' ').next().and_then(first_names::gender) {
            vote(full.clone(), f);
            vote(full, f);
        }
    }
    let mut pronouns: Vec<(usize, bool, bool)> = Vec::new();
    for &(a, b) in paras {
        for t in tokenize(&text[a..b]) {
            let pos = t.offset_in(text);
            // `he`, `she`, `his`, `her`, `him` (any case), outside quotes.
            let subject = names::pronoun(&t.lower).is_some();
            let is_pronoun = subject || matches!(t.lower.as_str(), "his" | "her" | "him");
            if let Some(f) = names::gender_of(&t.lower).filter(|_| is_pronoun)
                && !inside(pos)
            {
                pronouns.push((pos, f, subject));
            }
        }
    }
    for (i, (pos, _, name)) in people.iter().enumerate() {
        let next_person = people.get(i + 1).map_or(usize::MAX, |p| p.0);
        let k = pronouns.partition_point(|(p, _, _)| p <= pos);
        // (Not `his`, `him`, `her` in a relative clause, most often someone else's:
        // `Kellyanne Conway, the campaign manager who helped him win his …`.)
        let relative = |p: usize| text[*pos..p].contains(" who ");
        if let Some(&(p, f, subject)) = pronouns.get(k)
            && p < next_person
            && p - pos <= 250
            && (subject || !relative(p))
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

#[cfg(test)]
mod tests;
