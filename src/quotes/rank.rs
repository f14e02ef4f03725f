//! A learnt second opinion on who said each full quote.
//!
//! The rules ([`super::attribution`], [`super::speakers`]) read a quote's cue and resolve it;
//! this module then weighs their answer against the other names written near the quote (in the
//! 3,000 bytes before it, and up to 600 bytes after it in its paragraph) and against "no one",
//! with a linear
//! model over what the rules already know: how far back and how recently each name was
//! written, whether in the quote's sentence or paragraph, whether it was a sentence's subject,
//! whether it spoke the quote before or after, how often it is named and quoted, and the
//! shape of the quote's attribution. The best-scoring choice wins if it beats the rules' answer
//! by a clear margin, except where the rules read the speaker from the quote's own sentence (a
//! cue, or the sentence's subject): that stands.
//!
//! The weights ([`WEIGHTS`]) are a conditional logit fitted by `scripts/train_ranker.py` on
//! the development and synthetic gold sets (never the held-out set), from the feature rows
//! `tests/quotes_gold.rs` prints with `QUOTES_GOLD_FEATURES=1`.
//!
//! Input: the text, its paragraphs and quoted spans, the rules' quotes with each one's
//! [`Shape`], and what the article names ([`Known`]). Output: the choices, with their feature
//! rows, of each full quote the ranker may change ([`choices`]), or the speakers replaced in
//! place ([`rerank`]).

use super::*;

/// How far before a quote a name is still a candidate (bytes).
const REACH: usize = 3000;

/// How far after a quote, in its paragraph, a name is still a candidate (bytes).
const AFTER: usize = 600;

/// How much better than the rules' answer a choice must score to replace it (chosen by
/// cross-validation in `scripts/train_ranker.py`: a confident second opinion only).
const MARGIN: f32 = 1.0;

/// How a quote's speaker was read, for the features: its cue's subject, or where it stands.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    /// `… said Maria Lopez`, `the Times reported`.
    NameCue = 0,
    /// A pronoun of no known gender (`they said`, German `sagte sie`: she or they).
    PronounCue = 1,
    /// `she said`.
    FemaleCue = 2,
    /// `he said`.
    MaleCue = 3,
    /// `the minister said`, `the company said`.
    RoleCue = 4,
    /// `Maria Lopez: “…”`, a subject with no reporting verb.
    NoVerb = 5,
    /// No cue, the quote opens its sentence.
    Opens = 6,
    /// No cue, after an earlier quote of its sentence.
    Joined = 7,
    /// No cue, inside a sentence with a subject.
    InSubject = 8,
    /// No cue, inside a sentence with none.
    Inside = 9,
}

const SHAPES: usize = 10;

/// A quote's [`Shape`], from how the rules read it.
pub(super) fn shape(r: &Read) -> Shape {
    match &r.found {
        Some((_, None)) => Shape::NoVerb,
        Some((Who::Name { .. }, _)) => Shape::NameCue,
        Some((Who::Pronoun { female, .. }, _)) => match female {
            Some(true) => Shape::FemaleCue,
            Some(false) => Shape::MaleCue,
            None => Shape::PronounCue,
        },
        Some(_) => Shape::RoleCue,
        None if r.opens_sentence => Shape::Opens,
        None if r.joined || r.after_quote => Shape::Joined,
        None if r.subject.is_some() => Shape::InSubject,
        None => Shape::Inside,
    }
}

impl Shape {
    /// The rules read the speaker from the quote's own sentence: its cue, or the subject of
    /// the sentence it stands in. Such an answer stands (`while quarterback Caleb Nordstrom, a
    /// redshirt junior, put it more simply: “…”` is not the earlier `Tavon Greer`'s).
    fn read_in_sentence(self) -> bool {
        !matches!(self, Shape::Opens | Shape::Joined | Shape::Inside)
    }

    /// No reporting verb beside the quote.
    fn no_cue(self) -> bool {
        matches!(
            self,
            Shape::Opens | Shape::Joined | Shape::InSubject | Shape::Inside
        )
    }
}

/// Feature row length: see [`candidate_row`] and [`nobody_row`] for the layout.
pub const FEATURES: usize = 55;

/// Offsets into a feature row.
const NOBODY: usize = 0; // the "no one" choice
const NOBODY_SHAPE: usize = NOBODY + 1; // "no one" × shape
const NOBODY_RULE: usize = NOBODY_SHAPE + SHAPES; // "no one", and the rules found no one
const RULE: usize = NOBODY_RULE + 1; // the rules' answer
const RULE_SHAPE: usize = RULE + 1; // the rules' answer × shape
const NEAR: usize = RULE_SHAPE + SHAPES; // 32: where and how the name is written (`candidate_row`)

include!("rank_weights.rs");

/// The names a quote's speaker could be, "no one" last, each with its feature row.
pub struct Choice {
    /// Byte offset of the quoted words (`Quote::start`).
    pub start: usize,
    pub names: Vec<Option<String>>,
    /// Which of `names` the rules chose.
    pub rules: usize,
    pub rows: Vec<[u8; FEATURES]>,
}

/// Where each name is written outside quotes: (offset, name, a body).
type Written = (usize, String, bool);

/// Every name the article writes outside quotes, as its fullest form, in text order.
fn written_names(spans: &[Span], known: &Known) -> Vec<Written> {
    let mut all: Vec<Written> = Vec::new();
    let people = known
        .referred
        .iter()
        .chain(known.people)
        .chain(known.subjects);
    all.extend(people.map(|(p, _, n)| (*p, n.clone(), false)));
    let bodies = known.bodies.iter().chain(known.lone_bodies);
    all.extend(bodies.map(|(p, _, n)| (*p, n.clone(), true)));
    for m in known
        .mentions
        .iter()
        .filter(|m| m.org && !in_quote(spans, m.pos))
    {
        let name = known
            .mentions
            .fullest(&m.words.join(" "), true, m.paragraph);
        all.push((m.pos, name, true));
    }
    // In text order, each name once per offset (the lists overlap).
    let mut order: Vec<(usize, usize)> = all.iter().enumerate().map(|(i, w)| (w.0, i)).collect();
    order.sort_unstable();
    let mut sorted: Vec<Written> = Vec::with_capacity(all.len());
    for (_, i) in order {
        let w = &all[i];
        let same = sorted
            .iter_mut()
            .rev()
            .take_while(|s| s.0 == w.0)
            .find(|s| s.1 == w.1);
        match same {
            Some(s) => s.2 |= w.2,
            None => sorted.push(w.clone()),
        }
    }
    sorted
}

/// The choices and their feature rows for each full quote of the rules' quotes `out` that the
/// ranker may change: the rules found no one, or guessed from the quotes and names around it
/// rather than reading its own sentence ([`Shape::read_in_sentence`]).
pub(super) fn choices(
    text: &str,
    paras: &[(usize, usize)],
    spans: &[Span],
    out: &[Quote],
    (shapes, unnamed): (&[Shape], &[bool]),
    known: &Known,
) -> Vec<Choice> {
    let all = written_names(spans, known);
    let mut at: HashMap<String, Vec<usize>> = HashMap::new();
    let mut bodies: HashSet<String> = HashSet::new();
    for (p, n, org) in &all {
        at.entry(n.clone()).or_default().push(*p);
        if *org {
            bodies.insert(n.clone());
        }
    }
    let mut quoted: HashMap<String, usize> = HashMap::new();
    for q in out.iter().filter(|q| !q.fragment) {
        if let Some(s) = &q.speaker {
            *quoted.entry(s.clone()).or_default() += 1;
        }
    }
    let full: Vec<usize> = (0..out.len()).filter(|&i| !out[i].fragment).collect();
    let mut sentences = SentenceCache::default();
    let mut choices = Vec::with_capacity(full.len());
    for (f, &i) in full.iter().enumerate() {
        let q = &out[i];
        // (Nor does a cue's subject that is someone unnamed: `one resident said`, `I asked`.)
        if (q.speaker.is_some() || unnamed[i]) && shapes[i].read_in_sentence() {
            continue;
        }
        let (pa, pb) = paras[q.paragraph];
        let from = q.start.saturating_sub(REACH);
        let sentence = sentences.around(text, paras, q.paragraph, q.start).0;
        let pb = pb.min(q.end + AFTER);
        let prev = f.checked_sub(1).map(|j| &out[full[j]]);
        let lo = all.partition_point(|(p, ..)| *p < from);
        let hi = all.partition_point(|(p, ..)| *p < pb);
        let first = all[all.partition_point(|(p, ..)| *p < pa)..hi].first();
        let near = Near {
            q,
            shape: shapes[i],
            sentence,
            paragraph: (pa, pb),
            from,
            prev_speaker: prev.and_then(|p| p.speaker.as_deref()),
            prev_in_paragraph: prev.is_some_and(|p| p.paragraph == q.paragraph),
            first_in_paragraph: first.map(|(_, n, _)| n.as_str()),
            next_speaker: full.get(f + 1).and_then(|&j| out[j].speaker.as_deref()),
        };
        // Names written in reach, in text order; then the rules' answer and the last speaker.
        let mut names: Vec<&str> = Vec::new();
        let extra = [q.speaker.as_deref(), near.prev_speaker];
        for n in all[lo..hi]
            .iter()
            .map(|(_, n, _)| n.as_str())
            .chain(extra.into_iter().flatten())
        {
            if !names.contains(&n) {
                names.push(n);
            }
        }
        let last_before: Vec<Option<usize>> = names
            .iter()
            .map(|n| {
                let ps = at.get(*n).map_or(&[][..], Vec::as_slice);
                let k = ps.partition_point(|p| *p < q.start);
                k.checked_sub(1).map(|k| ps[k])
            })
            .collect();
        let mut rows = Vec::with_capacity(names.len() + 1);
        for (k, n) in names.iter().enumerate() {
            // How many names were written between this one's last mention and the quote.
            let rank =
                last_before[k].map(|p| last_before.iter().flatten().filter(|&&o| o > p).count());
            let written = at.get(*n).map_or(&[][..], Vec::as_slice);
            let counts = (written.len(), quoted.get(*n).copied().unwrap_or(0));
            let org = bodies.contains(*n) || (!is_person(n) && !n.contains(' '));
            let seen = Seen {
                last: last_before[k],
                rank,
                written,
                counts,
                org,
            };
            rows.push(candidate_row(n, &seen, &near, known));
        }
        rows.push(nobody_row(&near));
        let mut names: Vec<Option<String>> =
            names.into_iter().map(|n| Some(n.to_string())).collect();
        names.push(None);
        let rules = names
            .iter()
            .position(|n| *n == q.speaker)
            .unwrap_or(names.len() - 1);
        choices.push(Choice {
            start: q.start,
            names,
            rules,
            rows,
        });
    }
    choices
}

/// What a candidate's features are measured against: the quote and where it stands.
struct Near<'a> {
    q: &'a Quote,
    shape: Shape,
    /// Where the quote's sentence starts.
    sentence: usize,
    /// The quote's paragraph, cut [`AFTER`] bytes after the quote.
    paragraph: (usize, usize),
    /// Where reach starts.
    from: usize,
    prev_speaker: Option<&'a str>,
    /// The previous full quote is in the same paragraph.
    prev_in_paragraph: bool,
    next_speaker: Option<&'a str>,
    /// The first name written in the quote's paragraph.
    first_in_paragraph: Option<&'a str>,
}

/// The "no one" choice's row: it, its shape, and whether the rules found no one.
fn nobody_row(near: &Near) -> [u8; FEATURES] {
    let mut row = [0; FEATURES];
    row[NOBODY] = 1;
    row[NOBODY_SHAPE + near.shape as usize] = 1;
    row[NOBODY_RULE] = u8::from(near.q.speaker.is_none());
    row
}

/// Where and how often a candidate name is written.
struct Seen<'a> {
    /// Its last mention before the quote.
    last: Option<usize>,
    /// How many other candidates were mentioned after that.
    rank: Option<usize>,
    /// Offsets of all its mentions.
    written: &'a [usize],
    /// How often it is written, and how many of the rules' quotes it speaks.
    counts: (usize, usize),
    /// A body, not a person.
    org: bool,
}

/// A name's row: see the comments in the body for each feature.
fn candidate_row(name: &str, seen: &Seen, near: &Near, known: &Known) -> [u8; FEATURES] {
    let Seen {
        last,
        rank,
        written,
        counts: (mentions, quotes),
        org,
    } = *seen;
    let b = u8::from;
    let q = near.q;
    let no_cue = b(near.shape.no_cue());
    let (pa, pb) = near.paragraph;
    // (`written` is in text order: the first mention at or after `lo` says.)
    let any = |lo: usize, hi: usize| {
        written
            .get(written.partition_point(|p| *p < lo))
            .is_some_and(|p| *p < hi)
    };
    let rule = b(q.speaker.as_deref() == Some(name));
    let prev = b(near.prev_speaker == Some(name));
    let next = b(near.next_speaker == Some(name));
    let distance = last.map(|p| q.start - p);
    let subject_in = |list: &[Subject]| {
        let (lo, hi) = (near_from(list, near.from), near_from(list, q.start));
        list[lo..hi]
            .iter()
            .any(|(_, para, n)| n == name && para + 1 >= q.paragraph)
    };
    let subject = subject_in(known.subjects) || subject_in(known.bodies);
    let female = match near.shape {
        Shape::FemaleCue => Some(true),
        Shape::MaleCue => Some(false),
        _ => None,
    };
    let gender = known.genders.get(name).copied();
    let before_sentence = any(
        near.sentence
            .saturating_sub(400)
            .max(pa.saturating_sub(400)),
        near.sentence,
    );
    let mut row = [0; FEATURES];
    row[RULE] = rule;
    row[RULE_SHAPE + near.shape as usize] = rule;
    let said_after = b(any(q.end, pb));
    let in_sentence = b(any(near.sentence, q.start));
    let near_row = [
        // It spoke the quote before (more telling with no cue, and in the same paragraph).
        prev,
        prev * no_cue,
        prev * b(near.prev_in_paragraph),
        // It speaks the next quote (a run read backwards).
        next,
        next * no_cue,
        // How far back it was last written, in bytes.
        b(distance.is_some()),
        b(distance.is_some_and(|d| d < 200)),
        b(distance.is_some_and(|d| d < 600)),
        distance.map_or(0, log2),
        // How many other names were written since.
        b(rank == Some(0)),
        b(rank == Some(1)),
        b(rank == Some(2)),
        b(rank.is_some_and(|r| r >= 3)),
        // Written after the quote in its paragraph (`“…,” Ms Lee, 34, went on`).
        said_after,
        said_after * no_cue,
        // Written earlier in the quote's sentence, or its paragraph.
        in_sentence,
        in_sentence * no_cue,
        b(any(pa, q.start)),
        // A sentence's subject in this paragraph or the one before.
        b(subject),
        b(subject) * no_cue,
        // A body, not a person (with a cue: `the ministry said`).
        b(org),
        b(org) * b(q.cue.is_some()),
        // How often the article writes it, and how many quotes the rules gave it.
        b(mentions >= 2),
        log2(mentions),
        b(quotes >= 2),
        log2(quotes),
        b(known
            .speakers
            .binary_search_by(|s| s.as_str().cmp(name))
            .is_ok()),
        // Its known gender matches the cue's pronoun, or does not.
        b(female.is_some() && gender == female),
        b(female.is_some() && gender.is_some() && gender != female),
        // Written in the 400 bytes before the quote's sentence (no cue: who was just introduced).
        b(before_sentence),
        b(before_sentence) * no_cue,
        // The first name written in the quote's paragraph.
        b(near.first_in_paragraph == Some(name)),
    ];
    row[NEAR..].copy_from_slice(&near_row);
    row
}

/// The first of `list` (in text order) at or after byte `pos`.
fn near_from(list: &[Subject], pos: usize) -> usize {
    list.partition_point(|(p, _, _)| *p < pos)
}

/// The whole part of log₂(n + 1), as a feature value (0 for 0, 1 for 1, 2 for 3 …).
fn log2(n: usize) -> u8 {
    (n + 1).ilog2() as u8
}

/// The choice with the best score, the rules' own answer unless another beats it by [`MARGIN`].
fn best(choice: &Choice) -> usize {
    let score = |row: &[u8; FEATURES]| {
        row.iter()
            .zip(WEIGHTS)
            .map(|(&x, w)| f32::from(x) * w)
            .sum::<f32>()
    };
    let scores: Vec<f32> = choice.rows.iter().map(score).collect();
    let mut top = choice.rules;
    for (k, &s) in scores.iter().enumerate() {
        if s > scores[top] {
            top = k;
        }
    }
    if scores[top] > scores[choice.rules] + MARGIN {
        top
    } else {
        choice.rules
    }
}

/// Replaces the speaker of each quote with choices by the best-scoring choice.
pub(super) fn rerank(out: &mut [Quote], choices: &[Choice]) {
    let mut full = out.iter_mut().filter(|q| !q.fragment);
    for choice in choices {
        let Some(q) = full.find(|q| q.start == choice.start) else {
            break;
        };
        q.speaker = choice.names[best(choice)].clone();
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{page, speaker_of};
    use super::*;

    /// Real page (E! Online, in the development gold set): quotes inside sentences about
    /// Ryan Gosling, with no cue, which the rules leave to no one.
    #[test]
    fn a_quote_inside_a_sentence_about_someone_is_theirs() {
        let text = page("texts/mercury-www.eonline.com_1481567592820.txt");
        let gosling = Some("Ryan Gosling".to_string());
        assert_eq!(speaker_of(&text, "shake it like a showgirl"), gosling);
        assert_eq!(speaker_of(&text, "do some of the styles of dance"), gosling);
    }

    /// Synthetic gold page written for the rules (`tests/gold/synthetic/`): `The documents state
    /// that Bell "…," and that he is "…"` quotes a filing about Marcus Bell.
    #[test]
    fn a_quote_in_a_sentence_whose_subject_is_a_document() {
        let text = page("synthetic/texts/synE-02.txt");
        let bell = Some("Marcus Bell".to_string());
        assert_eq!(speaker_of(&text, "has continuously provided"), bell);
    }

    /// Each quote with choices has "no one" last, one feature row each, and the rules' own
    /// answer among them; quotes whose speaker was read from their own sentence have none.
    #[test]
    fn choices_are_whole() {
        let text = page("texts/mercury-www.eonline.com_1481567592820.txt");
        let choices = speaker_choices(&text);
        let full = find_quotes(&text).iter().filter(|q| !q.fragment).count();
        assert!(!choices.is_empty() && choices.len() < full);
        for c in &choices {
            assert_eq!(c.names.len(), c.rows.len());
            assert_eq!(c.names.last(), Some(&None));
            assert!(c.rules < c.names.len());
            assert_eq!(c.rows.last().map(|r| r[NOBODY]), Some(1));
        }
    }

    /// Synthetic magazine page (synV-04): `I asked Raman the question … “If she is dreaming,
    /// what would you want to know first?”`: the rules give the writer's question to no one
    /// named, and that stands (the ranker had given it to the scientist asked).
    #[test]
    fn someone_unnamed_by_the_cue_stands() {
        let text = page("synthetic/texts/synV-04.txt");
        assert_eq!(speaker_of(&text, "If she is dreaming"), None);
    }
}
