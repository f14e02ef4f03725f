//! Sentence splitting that survives abbreviations, decimals, initials,
//! ellipses, quotes that end sentences and CJK full stops.
//!
//! Input: text (blocks separated by "\n\n"; a single "\n" is a line break
//! and also ends a sentence). Output: byte spans of the sentences, trimmed.

use crate::wordset::WordSet;

/// Words that end with a period without ending the sentence (lowercase, without the dot).
static ABBREVIATIONS: WordSet = WordSet::new(
    "
    adm al approx apr aug ave blvd brig bzw ca capt cf cmdr co col corp cpl dec del dept dr
    e.g ens est etc feb fig ft gen gov i.e inc jan jr jul jun lt ltd maj mar messrs mme mr mrs
    ms mt no nov nr oct p pfc pp prof pvt rep rev sen sep sept sgt spc sr sra st supt usw vol
    vs z.b
",
);

/// A word (without its final dot) after which a period does not end the sentence:
/// a listed abbreviation (`Dr.`), an initial (`J.`) or a dotted acronym (`U.S.`).
pub fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    let lower = w.to_lowercase();
    let mut chars = w.chars();
    let single_letter =
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic());
    single_letter || w.contains('.') || ABBREVIATIONS.contains(&lower)
}

fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '«' | '“' | ')' | ']' | '」' | '』' | '›'
    )
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？')
}

/// Byte spans `(start, end)` of the sentences of `text`.
pub fn sentence_spans(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut offset = 0;
    // Each line on its own: a line break ends a sentence, and memory stays per line.
    for line in text.split('\n') {
        line_spans(line, offset, &mut out);
        offset += line.len() + 1;
    }
    out
}

fn line_spans(line: &str, offset: usize, out: &mut Vec<(usize, usize)>) {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        if !is_terminal(chars[i].1) {
            i += 1;
            continue;
        }
        // Take the whole run of terminals and closing quotes: `?!`, `...”`.
        let mut j = i + 1;
        while j < chars.len() && (is_terminal(chars[j].1) || is_closing(chars[j].1)) {
            j += 1;
        }
        let end = chars.get(j).map_or(line.len(), |&(p, _)| p);
        if ends_sentence(line, &chars, i, j) {
            push_span(line, offset, start, end, out);
            start = end;
        }
        i = j;
    }
    push_span(line, offset, start, line.len(), out);
}

/// Whether the terminal run `chars[i..j]` ends a sentence.
fn ends_sentence(text: &str, chars: &[(usize, char)], i: usize, j: usize) -> bool {
    let c = chars[i].1;
    // CJK full stops end the sentence wherever they are.
    if matches!(c, '。' | '！' | '？') {
        return true;
    }
    // Then white space (or the end) must follow.
    let Some(&(_, next)) = chars.get(j) else {
        return true;
    };
    if !next.is_whitespace() {
        return false;
    }
    // The next word must look like a sentence start: not lowercase (`..." he said`).
    let after = chars[j..]
        .iter()
        .map(|&(_, c)| c)
        .find(|c| !c.is_whitespace());
    let Some(after) = after else { return true };
    if after.is_lowercase() {
        return false;
    }
    // A period after an abbreviation or an initial does not end it (`Dr. Smith`, `J. K. Rowling`).
    let is_single_period = c == '.' && chars[i + 1..j].iter().all(|&(_, c)| c != '.');
    if is_single_period && i > 0 && !is_closing(chars[i - 1].1) {
        let word = word_before(text, chars[i].0);
        return !is_abbreviation(word);
    }
    true
}

/// The word (run of non-space characters) ending at byte `pos`.
fn word_before(text: &str, pos: usize) -> &str {
    let before = &text[..pos];
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(p, c)| p + c.len_utf8());
    &before[start..]
}

fn push_span(line: &str, offset: usize, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let s = &line[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push((offset + start + lead, offset + end - trail));
    }
}

/// The sentences of `text`, trimmed.
pub fn sentences(text: &str) -> Vec<&str> {
    sentence_spans(text)
        .into_iter()
        .map(|(a, b)| &text[a..b])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_after_a_no_break_space_word_does_not_panic() {
        // Found by fuzzing: the word before a period starts after a two-byte space.
        assert_eq!(sentences("Er kam\u{a0}Dr. Smith. Gut.").len(), 2);
    }

    #[test]
    fn plain_sentences_split_on_terminals() {
        assert_eq!(
            sentences("One two. Three four! Five six?"),
            vec!["One two.", "Three four!", "Five six?"]
        );
    }

    #[test]
    fn abbreviations_do_not_split() {
        // `Dr.`, `U.S.`, `Nov.` and `Inc.` are followed by more of the same sentence.
        let s = sentences(
            "Dr. Smith went to the U.S. Capitol on Nov. 25 with Acme Inc. staff. Then he left.",
        );
        assert_eq!(s.len(), 2, "{s:?}");
    }

    #[test]
    fn decimals_do_not_split() {
        assert_eq!(sentences("Growth was 3.5 percent. It fell.").len(), 2);
    }

    #[test]
    fn initials_do_not_split() {
        assert_eq!(
            sentences("The book by J. K. Rowling sold well. Fans cheered.").len(),
            2
        );
    }

    #[test]
    fn ellipsis_before_lowercase_continues() {
        assert_eq!(sentences("He waited... and waited. Nothing came.").len(), 2);
    }

    #[test]
    fn quote_then_attribution_stays_one_sentence() {
        // `..." he said.` keeps the attribution with the quote; `.” He` starts a new one.
        assert_eq!(sentences("\"We are done...\" he said. Next.").len(), 2);
        assert_eq!(sentences("“We are done.” He left.").len(), 2);
        assert_eq!(sentences("“We are done.” He left.")[0], "“We are done.”");
    }

    #[test]
    fn cjk_full_stops_split() {
        assert_eq!(
            sentences("今日は晴れ。明日は雨！本当？"),
            vec!["今日は晴れ。", "明日は雨！", "本当？"]
        );
    }

    #[test]
    fn line_breaks_end_sentences() {
        assert_eq!(
            sentences("Headline\n\nFirst line\nsecond line"),
            vec!["Headline", "First line", "second line"]
        );
    }

    #[test]
    fn multibyte_text_never_panics() {
        for t in [
            "é.",
            ".é",
            "…",
            "„Ja.“ Nein.",
            "a.\u{2028}b",
            ". . .",
            "U.S.",
            "“",
        ] {
            let _ = sentences(t);
        }
    }
}
