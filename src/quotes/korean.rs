//! Korean reported speech: `최 회장의 대리인단은 17일 “…”이라고 말했다`.
//!
//! Korean has no capital letters and writes its case particles onto the word, so the
//! Latin-script name finder sees no one. Korean news writes a quote one way: the speaker
//! opens the sentence as its topic (`…은/는`) or subject (`…이/가`), the quote follows, and a
//! quotative ending is written onto the closing mark (`”라고`, `”고`, `”이라며`) before the
//! reporting verb (`말했다`, `밝혔다`, `주장했다`).
//!
//! Input: the article text before the quote, the quote's sentence up to its opening mark, and
//! the words after its closing mark. Output: the speaker as the article names them, with a
//! short form (`최 회장`, family name and title) replaced by the full name given earlier
//! (`최태원 SK그룹 회장`), and `그는` (he) or a bare noun (`대리인단은`) taken back to the
//! topic they repeat. A sentence with a quotative ending and no topic (`그러면서 “…”고 했다`)
//! continues the previous speaker. A headline of one name and a quote (`최태원 "…"`) is that
//! name's.

use super::names::Who;
use super::tokens::char_boundary;

/// What a Korean sentence says about who speaks its quote.
pub enum Speaker {
    /// Named (or taken back to a name) in the sentence.
    Named(String),
    /// No topic in the sentence: the speaker of the run goes on (Korean drops the subject).
    Continues,
}

/// Hangul syllables (가–힣).
fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// Quotative endings written onto the closing mark: `”라고 말했다`, `”고 밝혔다`, `”이라며 …`.
const QUOTATIVE: &[&str] = &[
    "이라고",
    "라고",
    "이라며",
    "라며",
    "이라면서",
    "라면서",
    "면서",
    "이라거나",
    "라거나",
    "고",
    "며",
];

/// The quotative ending right after the closing mark, if any (`고 말했다` → `고`).
pub fn quotative(post: &str) -> Option<&'static str> {
    let end = post.find(|c: char| !is_hangul(c)).unwrap_or(post.len());
    let word = &post[..end];
    QUOTATIVE
        .iter()
        .find(|q| word.starts_with(**q) && quotative_word(word, q))
        .copied()
}

/// `고`, `고도`, `고는`; `며`; `라고`, `라고도`: the ending alone or with `도`/`는`, not a
/// longer word that happens to start the same (`고려했다`).
fn quotative_word(word: &str, ending: &str) -> bool {
    matches!(&word[ending.len()..], "" | "도" | "는")
}

/// Words that open a sentence without being its topic: `하지만`, `그러면서`, `또`.
fn is_connective(word: &str) -> bool {
    matches!(
        word.trim_end_matches(','),
        "하지만"
            | "그러나"
            | "그런데"
            | "그래서"
            | "그러면서"
            | "그러자"
            | "이어"
            | "이에"
            | "또"
            | "또한"
            | "특히"
            | "한편"
            | "다만"
            | "이날"
            | "당시"
            | "아울러"
    )
}

/// Topic and subject particles: (particle, is topic).
const PARTICLES: &[(&str, bool)] = &[("은", true), ("는", true), ("이", false), ("가", false)];

/// The word without its topic or subject particle, if it ends in one after at least one
/// more syllable (`대리인단은` → `대리인단`).
fn strip_particle(word: &str, topic: bool) -> Option<&str> {
    let stem = PARTICLES
        .iter()
        .filter(|(_, t)| *t == topic)
        .find_map(|(p, _)| word.strip_suffix(p))?;
    stem.chars().last().is_some_and(is_hangul).then_some(stem)
}

/// Words a noun phrase does not take in from the left: one with a particle or a number.
fn joins_phrase(word: &str) -> bool {
    let bare = word.chars().all(|c| is_hangul(c) || c.is_alphabetic());
    let particle = [
        "을", "를", "에", "에서", "에게", "로", "으로", "와", "과", "도", "은", "는", "이", "가",
        "고", "며", "서",
    ]
    .iter()
    .any(|p| word.ends_with(p));
    bare && !is_connective(word) && (word.ends_with('의') || !particle)
}

/// The sentence's topic (else subject) as a phrase, with the words in front that belong to
/// it (`최 회장의 대리인단은` → `최 회장의 대리인단`).
fn topic(head: &str) -> Option<String> {
    let words: Vec<&str> = head.split_whitespace().collect();
    let find = |topic: bool| {
        words
            .iter()
            .position(|w| strip_particle(w, topic).is_some())
    };
    let i = find(true).or_else(|| find(false))?;
    let stem = strip_particle(words[i], true).or_else(|| strip_particle(words[i], false))?;
    let mut start = i;
    while start > 0 && i - start < 3 && joins_phrase(words[start - 1]) {
        start -= 1;
    }
    let mut phrase = words[start..i].to_vec();
    phrase.push(stem);
    Some(phrase.join(" "))
}

/// `그` (he), `그녀` (she), `그들`/`이들` (they): (female).
fn pronoun(phrase: &str) -> Option<Option<bool>> {
    match phrase {
        "그" => Some(Some(false)),
        "그녀" => Some(Some(true)),
        "그들" | "이들" => Some(None),
        _ => None,
    }
}

/// The quote's speaker, if its sentence reports speech the Korean way.
pub fn speaker(before: &str, sentence: &str, post: &str) -> Option<(Speaker, String)> {
    let cue = quotative(post)?;
    let head = sentence
        .find(['“', '"', '「', '『', '‘', '\''])
        .map_or(sentence, |i| &sentence[..i]);
    let Some(phrase) = topic(head) else {
        return Some((Speaker::Continues, cue.to_string()));
    };
    let name = if pronoun(&phrase).is_some() {
        earlier_topic(before)?
    } else if !phrase.contains(' ') {
        earlier_phrase_with(before, &phrase).unwrap_or(phrase)
    } else {
        phrase
    };
    Some((Speaker::Named(full_names(before, &name)), cue.to_string()))
}

/// A headline that is a name and a quote (`최태원 "동거인에 6억 지출…"`): the name, if it
/// is one Hangul word of two to four syllables.
pub fn headline_credit(paragraph_head: &str, post: &str) -> Option<String> {
    let word = paragraph_head.trim();
    let n = word.chars().count();
    let hangul = (2..=4).contains(&n) && word.chars().all(is_hangul);
    (hangul && post.trim().is_empty()).then(|| word.to_string())
}

/// The nearest earlier sentence topic that is not a pronoun (`하지만 엘제이는 …. 그는 “…”`).
fn earlier_topic(before: &str) -> Option<String> {
    let from = char_boundary(before, before.len().saturating_sub(1500));
    sentences(&before[from..])
        .rev()
        .filter_map(|s| topic(&s[..s.find(['“', '"']).unwrap_or(s.len())]))
        .find(|p| pronoun(p).is_none())
}

/// A bare noun repeated as the topic (`대리인단은`) means the fuller phrase it last headed
/// (`최 회장의 대리인단`).
fn earlier_phrase_with(before: &str, noun: &str) -> Option<String> {
    let from = char_boundary(before, before.len().saturating_sub(3000));
    sentences(&before[from..])
        .rev()
        .filter_map(|s| topic(&s[..s.find(['“', '"']).unwrap_or(s.len())]))
        .find(|p| p.ends_with(&format!(" {noun}")) && p.contains('의'))
}

/// `최 회장` → `최태원` when the article wrote `최태원 SK그룹 회장` before: a family name
/// (one syllable) and a title stand for the full name given with that title.
fn full_names(before: &str, phrase: &str) -> String {
    let words: Vec<&str> = phrase.split(' ').collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let family = words[i];
        if family.chars().count() == 1
            && let Some(title_word) = words.get(i + 1)
            && let Some(full) = full_name(before, family, title_word)
        {
            // Keep the title word's particle: `회장의` → `최태원의`.
            let title = title_stem(title_word);
            out.push(format!("{full}{}", &title_word[title.len()..]));
            i += 2;
            continue;
        }
        out.push(family.to_string());
        i += 1;
    }
    out.join(" ")
}

/// A title word without its genitive or topic particle (`회장의` → `회장`).
fn title_stem(word: &str) -> &str {
    ["의", "은", "는", "이", "가"]
        .iter()
        .find_map(|p| word.strip_suffix(p))
        .filter(|s| !s.is_empty())
        .unwrap_or(word)
}

/// The nearest full name before (three or four syllables, starting with `family`) followed
/// within three words by `title` (`최태원 SK그룹 회장`).
fn full_name(before: &str, family: &str, title_word: &str) -> Option<String> {
    let title = title_stem(title_word);
    let from = char_boundary(before, before.len().saturating_sub(NAME_REACH));
    // Read backwards, keeping the three words that follow the current one.
    let mut following: [&str; 3] = [""; 3];
    for w in before[from..].split_whitespace().rev() {
        let titled = following
            .iter()
            .any(|t| !t.is_empty() && t.starts_with(title));
        following = [w, following[0], following[1]];
        if !titled || !w.starts_with(family) {
            continue;
        }
        let name = w.trim_end_matches(|c: char| !is_hangul(c));
        let name = ["의", "은", "는", "이", "가", "과", "와", "을", "를"]
            .iter()
            .find_map(|p| name.strip_suffix(p).filter(|s| s.chars().count() >= 3))
            .unwrap_or(name);
        if (3..=4).contains(&name.chars().count()) && name.chars().all(is_hangul) {
            return Some(name.to_string());
        }
    }
    None
}

/// How far back (bytes) a full name is looked for (keeps huge pages linear).
const NAME_REACH: usize = 50_000;

/// Sentences of Korean prose: split after `다.`, `요.` and other full stops.
fn sentences(text: &str) -> impl DoubleEndedIterator<Item = &str> {
    text.split_inclusive(['.', '\n', '?', '!'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// The Korean speaker as the rest of the quote finder reads it.
pub fn as_who(name: &str) -> Who {
    Who::Name {
        text: name.to_string(),
        org: false,
    }
}
