//! Direct quotations in the article text and who said them.
//!
//! Input: `Article::text` (blocks separated by a blank line).
//! Output: [`Quote`]s with speaker, cue, paragraph index and byte offsets.
//!
//! Steps: [`marks`] finds the quoted spans (every language's marks, runs
//! over several paragraphs); for each span the words before it (same
//! sentence) and after it (to the sentence end or the next quote) are read
//! for a reporting cue ([`cues`]) and its subject ([`names`]); pronouns,
//! bare titles and unattributed continuations go to the previous speaker;
//! short names go to the fullest name the article gives.

pub mod cues;
pub mod marks;
pub mod names;
pub mod tokens;

use crate::Quote;
use crate::summary::sentence_spans;
use cues::{CueKind, cue_at, first_cue, last_cue};
use marks::Span;
use names::{Mentions, Who, is_acronym, subject_after, subject_before};
use tokens::{Tok, tokenize};

/// All direct quotations of `text`, in order.
pub fn find_quotes(text: &str) -> Vec<Quote> {
    let paras = marks::paragraphs(text);
    let spans = marks::find_spans(text, &paras);
    if spans.is_empty() {
        return Vec::new();
    }
    let mut mentions = Vec::new();
    for (p, &(a, b)) in paras.iter().enumerate() {
        names::mentions(&tokenize(&text[a..b]), p, &mut mentions);
    }
    let mentions = Mentions::new(mentions);
    let mut state = State::default();
    let mut sentences = SentenceCache::default();
    let mut out = Vec::new();
    for (k, span) in spans.iter().enumerate() {
        let (pre, post) = windows(text, &paras, &spans, k, &mut sentences);
        if let Some(q) = quote(text, span, pre, post, &mentions, &mut state) {
            out.push(q);
        }
    }
    out
}

/// Speakers seen so far, for pronouns and continued runs.
#[derive(Default)]
struct State {
    last_person: Option<String>,
    last_org: Option<String>,
    /// The previous quote's speaker and the paragraph it ended in.
    previous: Option<(Option<String>, usize)>,
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
        self.spans
            .iter()
            .map(|&(s, e)| (a + s, a + e))
            .find(|&(s, e)| s <= pos && pos < e)
            .unwrap_or((a, b))
    }
}

/// The words before the quote (its sentence, after any earlier quote) and
/// after it (to its sentence end, the next quote or the paragraph end).
fn windows<'t>(
    text: &'t str,
    paras: &[(usize, usize)],
    spans: &[Span],
    k: usize,
    cache: &mut SentenceCache,
) -> (&'t str, &'t str) {
    let span = &spans[k];
    let (p0, p1) = (span.paragraph(), span.last_paragraph());
    let mut pre_start = cache.around(text, paras, p0, span.open).0.min(span.open);
    if let Some(prev) = k.checked_sub(1).map(|j| &spans[j])
        && prev.last_paragraph() == p0
    {
        pre_start = pre_start.max(prev.close_end).min(span.open);
    }
    let close = span.close_end.saturating_sub(1).max(span.open);
    let mut post_end = cache.around(text, paras, p1, close).1.max(span.close_end);
    if let Some(next) = spans.get(k + 1)
        && next.paragraph() == p1
    {
        post_end = post_end.min(next.open);
    }
    post_end = post_end.min(paras[p1].1).max(span.close_end);
    (&text[pre_start..span.open], &text[span.close_end..post_end])
}

/// Words of a quote, counting CJK characters as half a word each.
fn word_len(q: &str) -> usize {
    let cjk = q
        .chars()
        .filter(|&c| crate::summary::words::is_cjk(c))
        .count();
    q.split_whitespace().count() + cjk / 2
}

/// Builds the [`Quote`] for one span, or `None` for a title or a word mentioned as a word.
fn quote(
    text: &str,
    span: &Span,
    pre: &str,
    post: &str,
    mentions: &Mentions,
    state: &mut State,
) -> Option<Quote> {
    let words = span.text(text);
    let pre_toks = tokenize(pre);
    let post_toks = tokenize(post);
    let starts_sentence = pre.trim().is_empty() || pre.trim_end().ends_with(':');
    let ends_like_speech = words
        .trim_end()
        .ends_with(['.', '!', '?', ',', '…', '—', '–', '-', '。', '！', '？']);
    // Fragment: one to three words inside a sentence (`a “constant contact” with Moscow`).
    let fragment = word_len(&words) <= 3 && !(starts_sentence && ends_like_speech);
    if names_a_work(&pre_toks) {
        return None;
    }
    let found = attribution(&words, post, &pre_toks, &post_toks);
    if found.is_none() && is_title_like(&words, starts_sentence, ends_like_speech) {
        return None;
    }
    let paragraph = span.paragraph();
    let (speaker, cue) = match found {
        Some((who, cue)) => (resolve(who, paragraph, mentions, state), cue),
        // A full quote opening its sentence with no cue continues the previous speaker's run.
        None if !fragment && pre.trim().is_empty() => {
            let continued = state
                .previous
                .as_ref()
                .filter(|(_, p)| paragraph <= p + 1)
                .and_then(|(s, _)| s.clone());
            (continued, None)
        }
        None => (None, None),
    };
    if !fragment {
        state.previous = Some((speaker.clone(), span.last_paragraph()));
    }
    Some(Quote {
        text: words,
        speaker,
        cue,
        paragraph,
        start: span.start(),
        end: span.end(),
        fragment,
    })
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
) -> Option<(Who, Option<String>)> {
    // Words after the quote attribute it only if the quote runs on into them (`,”` or `he said` in lowercase).
    let runs_on = words
        .trim_end()
        .ends_with([',', '!', '?', '—', '–', '-', '…'])
        || post.trim_start().starts_with(',')
        || post
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
    if runs_on
        && !post_toks.is_empty()
        && let Some(found) = attribution_after(post_toks)
    {
        return Some(found);
    }
    attribution_before(pre)
}

fn attribution_after(toks: &[Tok]) -> Option<(Who, Option<String>)> {
    if let Some(c) = cue_at(toks, 0, true) {
        // Cue first: `said X`, `according to X`, `a-t-il déclaré`, `dijo.` (subject dropped).
        let who = if c.pronoun {
            Some(Who::Pronoun { group: false })
        } else {
            subject_after(&toks[c.len..]).or(Some(Who::Pronoun { group: false }))
        };
        return who.map(|w| (w, Some(c.text)));
    }
    // Subject first: `X said`, `X, a spokesman, told reporters`.
    let c = first_cue(toks, true).filter(|c| c.at <= 20)?;
    let who = match c.kind {
        CueKind::Source | CueKind::So => subject_after(&toks[c.at + c.len..]),
        CueKind::Verb => subject_before(&toks[..c.at]),
    }?;
    Some((who, Some(c.text)))
}

fn attribution_before(toks: &[Tok]) -> Option<(Who, Option<String>)> {
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
        CueKind::Source | CueKind::So => subject_after(after),
        CueKind::Verb if c.pronoun => Some(Who::Pronoun { group: false }),
        CueKind::Verb => {
            // Verb-second order (`Dazu sagte Merkel: „…“`): a name filling the gap to the quote.
            let addressee = matches!(
                c.text.to_lowercase().as_str(),
                "told" | "tells" | "asked" | "asks"
            );
            let inverted = (!addressee && names::fills(after))
                .then(|| subject_after(after))
                .flatten();
            inverted.or_else(|| subject_before(&toks[..c.at]))
        }
    }?;
    Some((who, Some(c.text)))
}

/// Turns an attribution into the speaker's fullest name, and remembers it.
fn resolve(who: Who, paragraph: usize, mentions: &Mentions, state: &mut State) -> Option<String> {
    let (name, org) = match who {
        Who::Name { text, org } => {
            let org = org || is_acronym(&text);
            (mentions.fullest(&text, org, paragraph), org)
        }
        Who::Pronoun { group: false } | Who::Role { definite: true } => {
            return state
                .last_person
                .clone()
                .or_else(|| mentions.last_person(paragraph));
        }
        Who::Pronoun { group: true } => {
            return state.last_org.clone().or_else(|| state.last_person.clone());
        }
        Who::Role { definite: false } => return None,
        Who::Desc(head) => (mentions.org_for_head(&head, paragraph)?, true),
    };
    if org {
        state.last_org = Some(name.clone());
    } else {
        state.last_person = Some(name.clone());
    }
    Some(name)
}

#[cfg(test)]
mod tests;
