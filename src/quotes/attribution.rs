//! Which cue and subject attribute a quote: the words before and after it, a credit line
//! after it, a short sentence that follows, a colon's subject, a German or French word order.
//!
//! Input: the quote's [`Windows`] (its sentence, the words before and after it).
//! Output: a [`Read`]: the quote's words, whether it is a fragment, and what attributes it.

use super::*;
use crate::wordset::WordSet;

/// Reads one span: its words, fragment flag and attribution; `None` for a
/// title or a word mentioned as a word.
pub(super) fn read(text: &str, span: &Span, w: &Windows) -> Option<Read> {
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
    let opens_sentence = opens_sentence || run_cue.is_some() || is_topic_label(pre, w.sentence);
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
        .or_else(|| lead_in_credit(w.lead_in))
        .or_else(|| writer_asks(w.prior, &words, opens_sentence));
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
        .filter(|who| matches!(who, Who::Name { .. } | Who::Pronoun { .. }))
        // `after his school “started feathering me into some classes,” Gosling turned to
        // acting`: words in the first person inside a sentence whose subject follows them.
        .or_else(|| {
            (found.is_none()
                && !fragment
                && !opens_sentence
                && !after_quote
                && in_first_person(&words))
            .then(|| names::opening_subject(&post_toks))
            .flatten()
            .filter(|who| matches!(who, Who::Name { org: false, .. }))
        });
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

/// `Later, I asked her what she listens for. “Is it the pitch?”`: a question opening its
/// sentence right after one where the writer asks is the writer's.
fn writer_asks(prior: &str, words: &str, opens_sentence: bool) -> Option<(Who, Option<String>)> {
    if !opens_sentence || !bare_end(words).ends_with('?') {
        return None;
    }
    let toks = tokenize(prior);
    let asks = toks.windows(2).any(|w| {
        names::is_writer(&w[0]) && matches!(w[1].lower.as_str(), "asked" | "ask" | "wondered")
    });
    asks.then(|| (names::writer(), Some("asked".into())))
}

/// Quoted words with `I`, `me`, `my`: someone speaking of themselves.
fn in_first_person(words: &str) -> bool {
    tokenize(words).iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "i" | "me" | "my" | "i’m" | "i'm" | "i’d" | "i'd"
        )
    })
}

/// Korean reported speech (`그는 “…”고 말했다`), read on its own terms: the speaker and cue,
/// or the cue alone of a sentence that continues the run.
pub(super) fn korean_credit(
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
pub(super) fn words_from(pre: &[Tok]) -> Option<(Who, Option<String>)> {
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
pub(super) fn relative_antecedent(pre: &[Tok]) -> Option<Who> {
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
pub(super) fn opinion_holder(sentence: &str) -> Option<Who> {
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
    // (A person's name first, then its apposition: `Pour Pierre Dupont, délégué syndical SNJ,
    // « … »`.)
    let person_first = |a: usize| match named(&toks[1..=a]) {
        Some(who @ Who::Name { org: false, .. }) if toks[1].cap => Some(who),
        _ => None,
    };
    match commas.as_slice() {
        // A description, then the name between commas.
        [a, b, ..] => person_first(*a)
            .or_else(|| named(&toks[a + 1..=*b]))
            .or_else(|| named(&toks[1..=*a])),
        [a] => named(&toks[1..=*a]),
        [] => None,
    }
}

/// `Declaring “the maritime soul of the Marine Corps” is at stake, Defense Secretary Robert
/// Gates has ordered …`: a participle opening the sentence right before the quote is said by
/// the subject of the main clause, after the comma that closes the opening phrase.
/// (A dateline may come first: `WASHINGTON (Aug. 13) -- Declaring …`.)
pub(super) fn participle_opener(
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
pub(super) static SAID_NOUNS: WordSet = WordSet::new(concat!(
    "directive order call pledge promise warning demand appeal instruction vow plea request ",
    "message threat remark comment claim assertion ",
));

/// Nouns for something said (singular): `directive`, `call`, `warning`.
pub(super) fn is_said_noun(w: &str) -> bool {
    SAID_NOUNS.contains(w)
}

/// `Buckley, who phoned in from the set of “Fargo,” had a similar experience: “…”`:
/// a colon right before the quote gives it to the sentence's subject, even past an earlier quote.
pub(super) fn colon_subject(pre: &str, sentence: &str) -> Option<(Who, Option<String>)> {
    if !pre.trim_end().ends_with(':') {
        return None;
    }
    if is_topic_label(pre, sentence) {
        return None;
    }
    let toks = tokenize(sentence);
    // `Senators Grill Drug Middlemen Over Insulin Prices: “You Are the Problem”`: a title-case
    // headline names no one reliably; the quote it repeats in the story says who spoke.
    if names::is_title_case(sentence, &toks) {
        return None;
    }
    match joined_clause_subject(&toks).or_else(|| names::sentence_subject(&toks)) {
        Some(who @ (Who::Name { .. } | Who::Pronoun { .. })) => Some((who, None)),
        _ => None,
    }
}

/// `On working with Ryan Gosling again: “…”`: an interview's topic label (a preposition first,
/// no comma, a colon before the quote) names what the answer is about, not who gives it; the
/// answer continues the run like a quote opening its sentence.
fn is_topic_label(pre: &str, sentence: &str) -> bool {
    let first = sentence.split_whitespace().next().unwrap_or("");
    pre.trim_end().ends_with(':')
        && matches!(first, "On" | "About" | "Regarding")
        && !sentence.contains(',')
}

/// Words that join a second clause, with a subject of its own, to a sentence.
pub(super) static JOINERS: WordSet = WordSet::new("and but while y pero et mais und aber");

/// `Swift has a new deal, and The Carlyle Group will be left to wonder: “…”`, `el politólogo
/// Huntington definía …, y el jurista Carlos Nino llamó a la Argentina “…”`: the name opening the
/// last joined clause before the quote, followed by a verb, is the subject the quote goes with.
pub(super) fn joined_clause_subject(toks: &[Tok]) -> Option<Who> {
    let i = (1..toks.len())
        .rev()
        .find(|&i| JOINERS.contains(toks[i].lower.as_str()) && toks[i].after.is_none())?;
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
    // `while quarterback Caleb Nordstrom, a redshirt junior, put it more simply:`: an
    // apposition may stand between the name and its verb.
    let (mut end, mut joined) = (end, clause[end - 1].after.is_none());
    if clause[end - 1].after == Some(',')
        && matches!(clause[end].lower.as_str(), "a" | "an" | "the")
    {
        end += 1 + clause[end..]
            .iter()
            .take(8)
            .position(|t| t.after == Some(','))?;
        joined = true;
    }
    let verb = clause.get(end)?;
    let auxiliary = {
        static WORDS: WordSet = WordSet::new("will would has had have is was can could may might");
        WORDS.contains(verb.lower.as_str())
    };
    let is_verb = joined && (names::opens_predicate(verb) || (auxiliary && verb.before.is_none()));
    is_verb.then_some(who)
}

/// The speaker a lead-in sentence names: the subject of its cue (`She told the BBC:`), else
/// a named subject (`Smith had a similar experience:`; not `Here is his text:`).
pub(super) fn lead_in_credit(sentence: &str) -> Option<(Who, Option<String>)> {
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
pub(super) fn short_credit(next: &str, after_question: bool) -> Option<(Who, Option<String>)> {
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
pub(super) fn dash_credit(text: &str, span: &Span, post: &str) -> Option<(Who, Option<String>)> {
    if !post.trim().is_empty() {
        return None;
    }
    let rest = text.get(span.close_end..)?.trim_start();
    credit_line(rest.lines().next()?)
}

/// A credit right after the quote, on its line: `“…” — Donald J. Trump (@realDonaldTrump)
/// December 12, 2016`, `«…» — Jean Dupont`.
pub(super) fn same_line_dash_credit(post: &str) -> Option<(Who, Option<String>)> {
    credit_line(post.trim_start())
}

/// The name a dash opens a credit line with: it ends at a comma, a bracket, a handle or a date
/// (`— Mike Pompeo, College Station, TX, April 15, 2019`).
pub(super) fn credit_line(line: &str) -> Option<(Who, Option<String>)> {
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
    if !named || words.len() > 6 {
        return None;
    }
    // (Its title and place dropped: `—Senator Amos Whitlock of Vermont, 1884`.)
    let raw = words.join(" ");
    let who = match names::clean(&tokenize(&raw)) {
        Some(who @ Who::Name { .. }) => who,
        _ => Who::Name {
            text: raw,
            org: false,
        },
    };
    Some((who, None))
}

/// `Jane Smith December` (the day cut off at its digits) → Jane Smith.
pub(super) fn strip_trailing_month(name: &str) -> &str {
    match name.rsplit_once(' ') {
        Some((head, last)) if names::is_calendar(&last.to_lowercase()) => head.trim_end(),
        _ => name,
    }
}

/// A title or a word mentioned as a word follows: `a book titled “…”`, `the word “woke”`.
pub(super) fn names_a_work(pre: &[Tok]) -> bool {
    pre.last().is_some_and(|t| {
        static WORDS: WordSet = WordSet::new(
            "
                titled entitled headlined dubbed nicknamed word words term phrase hashtag slogan
                motto
            ",
        );
        WORDS.contains(t.lower.as_str())
    })
}

/// A Title Case name inside a sentence with no cue is a title, not speech:
/// `the “Make America Great Again” rally`.
/// `told CNN’s Jake Tapper on “State of the Union.”`: a short title-case quote right after a
/// preposition is a show's or a work's name, even with the sentence's full stop inside the marks.
pub(super) fn title_after_preposition(words: &str, pre: &[Tok]) -> bool {
    let after_preposition = pre.last().is_some_and(|t| {
        t.after.is_none() && matches!(t.lower.as_str(), "on" | "in" | "of" | "from" | "at")
    });
    after_preposition && word_len(words) <= 6 && is_title_like(words, false, false)
}

pub(super) fn is_title_like(words: &str, starts_sentence: bool, ends_like_speech: bool) -> bool {
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
pub(super) fn attribution(
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
        // `he remarked to his deputy, “…,” according to an executive who was in the room`: the
        // source after the quote tells of it; the speaker is the one who remarked.
        let according = found.1.as_deref() == Some("according to");
        if according
            && let Some(before @ (Who::Name { .. } | Who::Pronoun { .. }, Some(_))) =
                attribution_before(pre, sentence)
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
pub(super) fn german_clause_subject(pre: &[Tok]) -> Option<Who> {
    let k = pre.iter().rposition(|t| {
        matches!(
            t.lower.as_str(),
            "dass" | "daß" | "weil" | "ob" | "nachdem" | "als"
        )
    })?;
    subject_after(&pre[k + 1..]).filter(|w| matches!(w, Who::Name { .. }))
}

pub(super) fn attribution_after(toks: &[Tok]) -> Option<(Who, Option<String>)> {
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
        let rest = names::skip_addressee(names::skip_time(names::skip_aside(&toks[c.len..])));
        // (`dijo a los periodistas`: Spanish `a` before an article is `to`, and the subject was
        // dropped.)
        let spanish_to = matches!(rest, [a, art, ..] if a.lower == "a"
        && matches!(art.lower.as_str(), "el" | "la" | "los" | "las" | "su" | "sus"));
        // (`résume son entraîneur`: French `son` is `his`, not the English noun.)
        let described = !spanish_to
            && french_description(rest).is_none()
            && rest.first().is_some_and(|t| {
                !t.cap && (names::is_indefinite(&t.lower) || is_person_noun(&t.lower))
            });
        let who = if c.impersonal() {
            Some(names::impersonal_source(rest))
        } else if c.pronoun {
            let (group, female) = c.inverted_pronoun();
            Some(Who::Pronoun { group, female })
        } else if described {
            // Someone unnamed speaks: the quote is theirs, not a continued run's.
            // (Its head is the noun for them, `one resident` → `resident`, so that a later
            // `she` can tell it is them.)
            let noun = rest[1..]
                .iter()
                .take(3)
                .take_while(|t| !t.cap)
                .find(|t| speakers::is_unnamed_person(&t.lower));
            subject_after(rest)
                .filter(|w| matches!(w, Who::Name { .. }))
                .or(Some(Who::Role {
                    definite: false,
                    head: noun.unwrap_or(&rest[0]).lower.clone(),
                }))
        } else if let Some(pronoun) = rest.get(..1).and_then(|p| german_pronoun(&c.text, p)) {
            // `„…“, sagte sie zum Schluss`: German `sie` after a verb in the singular is `she`.
            Some(pronoun)
        } else {
            let found = subject_after(rest);
            let described = match found {
                Some(Who::Name { .. }) => None,
                _ => french_description(rest),
            };
            described.or(found).or(Some(Who::Pronoun {
                group: false,
                female: None,
            }))
        };
        return who.map(|w| (w, Some(c.text)));
    }
    // Subject first: `X said`, `X, a spokesman, told reporters`.
    let c = first_cue(toks, true).filter(|c| c.at <= 20)?;
    // `she recalls him saying`, `Luhn remembers Ailes telling her`: the one remembered speaks.
    if let [obj, saying, ..] = &toks[c.at + c.len..]
        && is_memory_verb(&c.text)
        && matches!(
            saying.lower.as_str(),
            "saying" | "say" | "telling" | "tell" | "asking" | "ask"
        )
    {
        let who = match obj.lower.as_str() {
            "him" | "her" => Who::Pronoun {
                group: false,
                female: Some(obj.lower == "her"),
            },
            _ if obj.cap => Who::Name {
                text: obj.word.to_string(),
                org: false,
            },
            _ => return None,
        };
        return Some((who, Some(saying.lower.clone())));
    }
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

/// `« … », assure la députée`, `jure le prévenu`, `s'agace l'élue`, `résume son entraîneur`:
/// after a French cue, someone described by an article and a lowercase noun, not named. The
/// head keeps `le` or `la`, which tell the person's gender ([`speakers::french_gender`]).
/// (Not a body: `précise la préfecture`.)
fn french_description(rest: &[Tok]) -> Option<Who> {
    let first = rest.first()?;
    let (article, noun) = match names::elided_noun(&first.lower) {
        Some(noun) => ("", noun),
        None if matches!(first.lower.as_str(), "le" | "la" | "son" | "sa") && !first.breaks() => {
            // (`la jeune femme`: an adjective before the noun.)
            let k = 1 + rest[1..]
                .iter()
                .take_while(|t| is_french_preposed(&t.lower) && !t.breaks())
                .count();
            let article = if matches!(first.lower.as_str(), "la" | "sa") {
                "la "
            } else {
                "le "
            };
            let t = rest.get(k).filter(|t| !t.cap)?;
            (article, t.lower.as_str())
        }
        None => return None,
    };
    let word = noun.chars().all(char::is_alphabetic) && noun.chars().count() > 2;
    (word && noun.starts_with(char::is_lowercase) && !is_french_body(noun)).then(|| Who::Role {
        definite: true,
        head: format!("{article}{noun}"),
    })
}

/// `jeune`, `nouvelle`: French adjectives written before the noun they describe.
fn is_french_preposed(w: &str) -> bool {
    matches!(
        w,
        "jeune" | "nouvelle" | "nouveau" | "ancienne" | "ancien" | "vieille" | "vieux"
    )
}

/// French (and Spanish) nouns for a body or a document, not a person (`précise la
/// préfecture`, `ha señalado la asociación`).
pub(super) fn is_french_body(w: &str) -> bool {
    FRENCH_BODIES.contains(w)
}

static FRENCH_BODIES: WordSet = WordSet::new(concat!(
    "préfecture mairie intersyndicale syndicat parquet ministère direction entreprise société ",
    "groupe tribunal gouvernement club office agence communiqué document rapport texte courriel ",
    "lettre note police gendarmerie justice association fédération commission cour chambre ",
    "conseil commune ville région décision ordonnance jugement arrêt déclaration fondation ",
    "asociación sentencia federación comisión ",
));

/// `recalls`, `remembers`: verbs for remembering someone speak.
fn is_memory_verb(cue: &str) -> bool {
    matches!(
        cue,
        "recalls" | "recalled" | "remembers" | "remembered" | "recall" | "remember"
    )
}

/// German `heißt es` (`it says`) opening `toks`: the source is named around it.
pub(super) fn is_heisst_es(toks: &[Tok]) -> bool {
    matches!(
        toks.first().map(|t| t.lower.as_str()),
        Some("heißt" | "hieß" | "heisst" | "hiess")
    ) && toks.get(1).is_some_and(|t| t.lower == "es")
}

/// Who a German source phrase names: `in einer Mitteilung der Deutschen Bahn` → Deutschen
/// Bahn, `des Gerichts` → Gericht, `bei der Polizei` → Polizei, `aus dem Bundesministerium`.
/// A document noun is skipped for the body after its genitive (`der`, `des`, `von`).
pub(super) fn named_source(toks: &[Tok]) -> Option<Who> {
    let mut i = 0;
    while toks.get(i).is_some_and(|t| {
        names::is_german_article(&t.lower)
            || ({
                static WORDS: WordSet =
                    WordSet::new("in bei aus von seitens des einer einem eines");
                WORDS.contains(t.lower.as_str())
            })
    }) {
        i += 1;
    }
    let noun = toks.get(i).filter(|t| t.cap)?;
    // `Im Schulgesetz heißt es in Paragraf 23: „…“`: a law's wording is no one's words.
    let res = matches!(
        noun.lower.as_str(),
        "paragraf" | "paragraph" | "artikel" | "gesetz" | "grundgesetz"
    );
    if res {
        return Some(Who::Role {
            definite: false,
            head: noun.lower.clone(),
        });
    }
    let genitive = !noun.breaks()
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "der" | "des" | "von"));
    // `Laut der Sprecherin handelt es sich um …`: a role alone stands for the one who holds it.
    if !genitive && names::is_title(&noun.lower) {
        return Some(Who::Role {
            definite: toks[..i]
                .iter()
                .any(|t| matches!(t.lower.as_str(), "der" | "dem" | "des")),
            head: noun.lower.clone(),
        });
    }
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
pub(super) fn takes_addressee(cue: &str) -> bool {
    matches!(
        cue.to_lowercase().as_str(),
        "told" | "tells" | "asked" | "asks"
    )
}

/// `“…” despite being the envoy in Brussels, said another witness in the probe, former adviser
/// Fiona Hill`: a verb after a clause's comma, with its subject after it. Someone described
/// (`a`, `another` …) is named in an apposition, or is no one.
pub(super) fn inverted_subject(after: &[Tok]) -> Option<Who> {
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
pub(super) fn quoted_as_saying(toks: &[Tok]) -> Option<(Who, Option<String>)> {
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
pub(super) fn unnamed_before_participle(toks: &[Tok]) -> bool {
    let [.., det, noun] = toks else {
        return false;
    };
    ({
        static WORDS: WordSet = WordSet::new("his her their my our a an one");
        WORDS.contains(det.lower.as_str())
    }) && !noun.cap
        && !det.breaks()
        // (Not `Smith hugged her son, saying “…”`: after a comma the participle is Smith's.)
        && !noun.breaks()
        && (is_person_noun(&noun.lower)
            || matches!(noun.lower.as_str(), "brother" | "sister" | "friend" | "colleague" | "grandmother" | "grandfather"))
}

/// `quoted John Jones as` (before `saying`), `cited the minister as`: the person between
/// the verb and `as`.
pub(super) fn quoted_as(toks: &[Tok]) -> Option<Who> {
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
pub(super) fn attribution_before(toks: &[Tok], sentence: &str) -> Option<(Who, Option<String>)> {
    // `In der Begründung des Gerichts heißt es: „…“`, `Weiter heißt es in dem Urteil des
    // Landgerichts: „…“`: the source before or after `heißt es`.
    if let Some(k) = (0..toks.len()).rev().find(|&k| is_heisst_es(&toks[k..])) {
        let cue = format!("{} {}", toks[k].word, toks[k + 1].word);
        let after = &toks[k + 2..];
        let before = &toks[..k];
        // (`In dem Beschluss heißt es, das Geschäftsmodell sei „…“`: after a comma the clause
        // reported, not the source, follows.)
        let who = if after.is_empty() || toks[k + 1].after == Some(',') {
            before
                .first()
                .filter(|t| matches!(t.lower.as_str(), "in" | "im" | "bei" | "beim" | "aus"))
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
        CueKind::Verb if c.impersonal() => Some(names::impersonal_source(after)),
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
        // (`Varnum put on her glasses and read it: “…”`: `it` after the verb is its object.)
        CueKind::Verb
            if (c.at == 0 || is_conjunction(&toks[c.at - 1].lower))
                && (!names::fills(after) || matches!(after, [it] if it.lower == "it")) =>
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
            // `communications director Jared Finch said Kingsley “can laugh …”`: with a subject
            // before the verb, a name running into the quote with no comma or colon is the
            // subject of what is reported, not of the verb.
            let reported = before.is_some() && after.last().is_some_and(|t| t.after.is_none());
            // `Henrike Vogt, Sprecherin des Landesamts, sagte MDR SACHSEN: „…“`: with a
            // person's name opening the sentence as the verb's subject, a name after the verb
            // is who was told.
            let told = matches!(&before, Some(Who::Name { text, org: false })
                if text.starts_with(toks[0].word) && names::is_person_name(text));
            let inverted = (!addressee && !reported && !told && names::fills(after))
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
            // `Ferrante, who has described himself as “…” in past campaigns, said the issue
            // should be “…”`: after an earlier quote, a lowercase phrase and a comma before the
            // verb; its subject opens the sentence.
            let resumed = || {
                let gap = &toks[..c.at];
                let resumes = !gap.is_empty()
                    && gap.len() <= 6
                    && gap.iter().all(|t| !t.cap)
                    && gap[gap.len() - 1].after == Some(',')
                    && sentence.contains(['“', '"', '«', '„']);
                resumes
                    .then(|| opening_subject_of(sentence))
                    .flatten()
                    .filter(|w| matches!(w, Who::Name { .. }))
            };
            inverted
                .or(first_named)
                .or_else(resumed)
                .or(before)
                .or(verb_second)
        }
    }?;
    Some((who, Some(c.text)))
}

/// `Danach sagte er: „…“`: German puts the subject pronoun right after the verb when
/// something else opens the sentence, so `Danach` is not the subject.
pub(super) fn german_pronoun(verb: &str, after: &[Tok]) -> Option<Who> {
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
pub(super) fn opening_subject_of(sentence: &str) -> Option<Who> {
    let opens_with_quote = sentence
        .trim_start()
        .starts_with(['“', '"', '‘', '\'', '«', '„', '»', '「', '『']);
    (!opens_with_quote)
        .then(|| names::opening_subject(&tokenize(sentence)))
        .flatten()
}

/// `and`, `but`: words that join a second verb to the sentence's subject.
pub(super) fn is_conjunction(w: &str) -> bool {
    {
        static WORDS: WordSet = WordSet::new("and but then also later und et mais y pero");
        WORDS.contains(w)
    }
}

/// Nouns for people (`the champion`, `the 31-year-old`, `the singer`), by a short list and common suffixes.
pub(super) fn is_person_noun(head: &str) -> bool {
    is_listed_person_noun(head) || head.ends_with("year-old") || names::is_agent_noun(head)
}

/// `protesters`, `residents`, `officials`: a person noun in the plural.
pub(super) fn is_plural_person_noun(w: &str) -> bool {
    w.strip_suffix('s')
        .is_some_and(|one| is_listed_person_noun(one) || names::is_agent_noun(one))
}

/// Nouns for people ([`is_listed_person_noun`]).
pub(super) static PERSON_NOUNS: WordSet = WordSet::new(concat!(
    "champion critic official coach star actor actress author veteran winner leader chief ",
    "boss expert analyst mother father man woman boy girl wife husband son daughter victim ",
    "witness suspect rapper musician athlete runner striker midfielder defender goalkeeper ",
    "captain minister president senator judge doctor nurse teacher student lawyer spokesman ",
    "spokeswoman spokesperson chairman founder owner bishop priest presenter host comedian ",
    "director producer novelist poet artist scientist researcher professor economist ",
    "politician mp mayor governor diplomat envoy ",
));

/// The person nouns [`is_person_noun`] lists by name (no guessing from the ending).
pub(super) fn is_listed_person_noun(head: &str) -> bool {
    PERSON_NOUNS.contains(head)
}

/// Nouns for a body that stand for the one the article is about ([`is_generic_body`]).
pub(super) static GENERIC_BODIES: WordSet = WordSet::new(concat!(
    "company firm group carrier retailer bank club team giant maker network agency ",
    "government department ministry organisation organization charity union party studio ",
    "publisher platform service site app startup airline manufacturer brand league body ",
    "board council police authority regulator operator developer insurer lender broadcaster ",
    "newspaper paper magazine journal tabloid outlet publication institute foundation ",
    "channel band label school university hospital association federation commission court ",
    "campaign administration museum gallery festival show website statement report release ",
    "spokesman spokeswoman spokesperson force trust ",
    // French and Spanish (`l'entreprise affirme`, `la empresa aseguró`).
    "entreprise société compagnie firme groupe empresa compañía grupo ",
));

/// Common nouns for the body an article is about (`the company said`).
pub(super) fn is_generic_body(head: &str) -> bool {
    GENERIC_BODIES.contains(head)
}
