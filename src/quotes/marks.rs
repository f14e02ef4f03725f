//! Quote marks: finds the quoted spans of a text, paragraph by paragraph.
//!
//! Input: the text and its paragraphs (byte ranges of the "\n\n"-blocks).
//! Output: [`Span`]s, each the words between an opening and a closing mark,
//! possibly over several paragraphs (opening mark on each, closing on the last).

/// A family of quote marks: which closing marks end what an opening mark began.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// “…” (English), also closed by ” only.
    Curly,
    /// „…“ and „…” (German, Polish).
    Low,
    /// « … » (French) and » … « (German, Danish).
    Guillemet { reversed: bool },
    /// ‹ … › and › … ‹.
    SingleGuillemet { reversed: bool },
    /// "…" straight double quotes.
    Straight,
    /// ‘…’ closed by a ’ that is not an apostrophe (`don’t`).
    SingleCurly,
    /// ‚…‘ (German single).
    LowSingle,
    /// '…' straight single quotes.
    StraightSingle,
    /// 「…」 (CJK).
    Corner,
    /// 『…』 (CJK, nested or titles).
    WhiteCorner,
}

impl Kind {
    /// Double-quote families may run over several paragraphs and be kept
    /// when a paragraph ends before the closing mark.
    fn spans_paragraphs(self) -> bool {
        !matches!(self, Kind::StraightSingle | Kind::LowSingle)
    }
}

/// One quoted span. `parts` holds one byte range per paragraph it runs over.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub kind: Kind,
    /// Paragraph index of each part, and the part's byte range (marks excluded, trimmed).
    pub parts: Vec<(usize, usize, usize)>,
    /// Byte offset of the opening mark (first part) and just after the closing mark (last part).
    pub open: usize,
    pub close_end: usize,
}

impl Span {
    pub fn start(&self) -> usize {
        self.parts[0].1
    }
    pub fn end(&self) -> usize {
        self.parts[self.parts.len() - 1].2
    }
    pub fn paragraph(&self) -> usize {
        self.parts[0].0
    }
    pub fn last_paragraph(&self) -> usize {
        self.parts[self.parts.len() - 1].0
    }
    /// The quoted words; parts of a multi-paragraph quote joined by one space.
    pub fn text(&self, text: &str) -> String {
        let parts: Vec<&str> = self
            .parts
            .iter()
            .map(|&(_, a, b)| text[a..b].trim())
            .collect();
        parts.join(" ")
    }
}

/// Space, start of text, or an opening bracket or dash: what may precede an opening mark.
fn is_boundary(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '“' | '"' | '«' | '„' | '‘'
                )
        }
    }
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

/// The kind of quote a mark opens here, if it opens one.
fn opener(
    c: char,
    prev: Option<char>,
    next: Option<char>,
    after_next: Option<char>,
) -> Option<Kind> {
    let next_is_text = next.is_some_and(|n| !n.is_whitespace());
    match c {
        '“' => Some(Kind::Curly),
        '„' => Some(Kind::Low),
        '«' => Some(Kind::Guillemet { reversed: false }),
        '‹' => Some(Kind::SingleGuillemet { reversed: false }),
        // » opens only German/Danish style: right after a space, right before a word.
        '»' if is_boundary(prev) && next_is_text => Some(Kind::Guillemet { reversed: true }),
        '›' if is_boundary(prev) && next_is_text => {
            Some(Kind::SingleGuillemet { reversed: true })
        }
        '"' if is_boundary(prev) && next_is_text => Some(Kind::Straight),
        // ‘ opens unless it stands for missing digits (`‘90s`).
        '‘' if is_boundary(prev) && next_is_text && !next.is_some_and(|n| n.is_ascii_digit()) => {
            Some(Kind::SingleCurly)
        }
        '‚' if is_boundary(prev) && is_word_char(next) => Some(Kind::LowSingle),
        // ' opens before a word, but not elisions like `'em` or `'n'` or years like `'90s`.
        '\'' if is_boundary(prev)
            && next.is_some_and(|n| n.is_alphabetic())
            && is_word_char(after_next) =>
        {
            Some(Kind::StraightSingle)
        }
        '「' => Some(Kind::Corner),
        '『' => Some(Kind::WhiteCorner),
        _ => None,
    }
}

/// Whether `c` closes a quote of `kind` here.
fn closes(kind: Kind, c: char, prev: Option<char>, next: Option<char>) -> bool {
    // A single closing mark followed by a letter is an apostrophe (`don’t`, `rock'n'roll`).
    let apostrophe = is_word_char(next);
    match kind {
        // A straight mark may close a curly quote in mixed text (`“We won," he said`).
        Kind::Curly => {
            c == '”'
                || (c == '"' && prev.is_some_and(|p| !p.is_whitespace()) && !is_word_char(next))
        }
        // (`„Wir gehen."`: a straight mark closing a German quote, in mixed typing.)
        Kind::Low => {
            c == '“'
                || c == '”'
                || (c == '"' && prev.is_some_and(|p| !p.is_whitespace()) && !is_word_char(next))
        }
        Kind::Guillemet { reversed } => c == if reversed { '«' } else { '»' },
        Kind::SingleGuillemet { reversed } => c == if reversed { '‹' } else { '›' },
        // (`"Wir verbrauchen weniger Energie.“`, heise.de: a curly mark closing a straight one.)
        Kind::Straight => {
            (c == '"' && (prev.is_some_and(|p| !p.is_whitespace()) || !is_word_char(next)))
                || (matches!(c, '“' | '”')
                    && prev.is_some_and(|p| !p.is_whitespace())
                    && !is_word_char(next))
        }
        Kind::SingleCurly => c == '’' && !apostrophe,
        Kind::LowSingle => (c == '‘' || c == '’') && !apostrophe,
        Kind::StraightSingle => {
            c == '\'' && !apostrophe && prev.is_some_and(|p| !p.is_whitespace())
        }
        Kind::Corner => c == '」',
        Kind::WhiteCorner => c == '』',
    }
}

/// Maximum nesting kept track of (deeper marks are ignored).
const MAX_DEPTH: usize = 4;

/// An outer quote being read: its kind, opening mark offset, and parts so far.
struct Open {
    kind: Kind,
    open: usize,
    parts: Vec<(usize, usize, usize)>,
    part_start: usize,
}

/// Byte ranges of the "\n\n"-separated blocks of `text`.
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for block in text.split("\n\n") {
        out.push((start, start + block.len()));
        start += block.len() + 2;
    }
    out
}

/// All quoted spans of `text`, in order.
pub fn find_spans(text: &str, paras: &[(usize, usize)]) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut carried: Option<Open> = None;
    for (p, &(a, b)) in paras.iter().enumerate() {
        let para = &text[a..b];
        let mut outer = carried.take();
        // A carried quote continues only if this paragraph opens with the same mark.
        if let Some(o) = outer.as_mut() {
            let lead = para.len() - para.trim_start().len();
            let mut it = para[lead..].chars();
            let (c, n) = (it.next(), it.next());
            if c.and_then(|c| opener(c, None, n, it.next())) == Some(o.kind) {
                o.part_start = a + lead + c.map_or(0, char::len_utf8);
            } else {
                finish_unclosed(outer.take(), &mut spans);
            }
        }
        scan_paragraph(text, p, a, b, &mut outer, &mut spans);
        if let Some(mut o) = outer {
            // Unclosed at the paragraph end: keep the part; the next paragraph decides.
            push_part(text, &mut o, p, b);
            if o.kind.spans_paragraphs() && p + 1 < paras.len() {
                carried = Some(o);
            } else {
                finish_unclosed(Some(o), &mut spans);
            }
        }
    }
    finish_unclosed(carried, &mut spans);
    spans
}

/// A quote that never closed: kept (to the paragraph end) for curly and
/// other unambiguous marks, dropped for straight ones (likely inch marks or typos).
fn finish_unclosed(open: Option<Open>, spans: &mut Vec<Span>) {
    if let Some(o) = open {
        let keep = !matches!(
            o.kind,
            Kind::Straight | Kind::StraightSingle | Kind::SingleCurly | Kind::LowSingle
        );
        if keep && !o.parts.is_empty() {
            let close_end = o.parts[o.parts.len() - 1].2;
            spans.push(Span {
                kind: o.kind,
                parts: o.parts,
                open: o.open,
                close_end,
            });
        }
    }
}

/// Adds the part `o.part_start..end` of paragraph `p`, trimmed, if not empty.
fn push_part(text: &str, o: &mut Open, p: usize, end: usize) {
    let start = o.part_start.min(end);
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if !trimmed.is_empty() {
        o.parts
            .push((p, start + lead, start + lead + trimmed.len()));
    }
}

/// Reads paragraph `p` (bytes `a..b`), continuing `outer` if a quote runs into it.
fn scan_paragraph(
    text: &str,
    p: usize,
    a: usize,
    b: usize,
    outer: &mut Option<Open>,
    spans: &mut Vec<Span>,
) {
    let para = &text[a..b];
    let chars: Vec<(usize, char)> = para.char_indices().collect();
    let mut nested: Vec<Kind> = Vec::new();
    for (k, &(off, c)) in chars.iter().enumerate() {
        let pos = a + off;
        if outer.as_ref().is_some_and(|o| pos < o.part_start) {
            continue;
        }
        let prev = k.checked_sub(1).map(|j| chars[j].1);
        let next = chars.get(k + 1).map(|x| x.1);
        let after_next = chars.get(k + 2).map(|x| x.1);
        if let Some(o) = outer.as_mut() {
            // A line that reopens the same mark continues the quote (`"A.` / `"B," she said`).
            if c == '\n' {
                let after = chars.get(k + 2).map(|x| x.1);
                if let Some(&(noff, n)) = chars.get(k + 1)
                    && opener(n, Some(c), after, chars.get(k + 3).map(|x| x.1)) == Some(o.kind)
                {
                    push_part(text, o, p, pos);
                    o.part_start = a + noff + n.len_utf8();
                    nested.clear();
                    continue;
                }
            }
            if nested.last().is_some_and(|&n| closes(n, c, prev, next)) {
                nested.pop();
                continue;
            }
            // Two single marks typed for a double one: `voters,’’ Will Moy`.
            let doubled = o.kind == Kind::Curly && c == '’' && next == Some('’');
            // The outer closing mark ends the quote, whatever nested marks were left open.
            if closes(o.kind, c, prev, next) || doubled {
                let mut done = outer.take().expect("outer quote");
                push_part(text, &mut done, p, pos);
                if !done.parts.is_empty() {
                    let close_end = pos + c.len_utf8() * if doubled { 2 } else { 1 };
                    spans.push(Span {
                        kind: done.kind,
                        parts: done.parts,
                        open: done.open,
                        close_end,
                    });
                }
                nested.clear();
                continue;
            }
            if let Some(kind) = opener(c, prev, next, after_next)
                && kind != o.kind
                && nested.len() < MAX_DEPTH
            {
                nested.push(kind);
            }
            continue;
        }
        if let Some(kind) = opener(c, prev, next, after_next) {
            *outer = Some(Open {
                kind,
                open: pos,
                parts: Vec::new(),
                part_start: pos + c.len_utf8(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<String> {
        find_spans(text, &paragraphs(text))
            .iter()
            .map(|s| s.text(text))
            .collect()
    }

    #[test]
    fn curly_double_quotes() {
        assert_eq!(quotes("He said “we won” today."), vec!["we won"]);
    }

    #[test]
    fn apostrophes_do_not_close_single_quotes() {
        // don’t and the ’90s are apostrophes; the ’ before a space closes.
        assert_eq!(
            quotes("She said ‘don’t go back to the ’90s’ then."),
            vec!["don’t go back to the ’90s"]
        );
    }

    #[test]
    fn nested_single_inside_double() {
        assert_eq!(
            quotes("“He told me ‘never’ and left,” she said."),
            vec!["He told me ‘never’ and left,"]
        );
    }

    #[test]
    fn straight_quotes_and_inch_marks() {
        assert_eq!(quotes("He said \"yes\" to the 27\" screen."), vec!["yes"]);
    }

    #[test]
    fn french_guillemets_with_inner_spaces() {
        assert_eq!(
            quotes("Il a dit : « Nous gagnerons. » Puis il est parti."),
            vec!["Nous gagnerons."]
        );
        assert_eq!(quotes("Il a dit «oui» hier."), vec!["oui"]);
    }

    #[test]
    fn german_low_high_quotes() {
        assert_eq!(
            quotes("„Wir schaffen das“, sagte Merkel."),
            vec!["Wir schaffen das"]
        );
        assert_eq!(quotes("„Nie wieder”, sagte er."), vec!["Nie wieder"]);
    }

    /// heise.de (round 10): `"Mit diesem Strom betreiben wir den Schredder“, sagt Hanisch`, a
    /// straight mark opening and a curly one closing; and the reverse in German, `„…"`.
    #[test]
    fn mixed_straight_and_curly_marks() {
        assert_eq!(
            quotes("\"Mit diesem Strom betreiben wir den Schredder“, sagt Hanisch."),
            vec!["Mit diesem Strom betreiben wir den Schredder"]
        );
        assert_eq!(quotes("„Wir gehen.\" Dann ging er."), vec!["Wir gehen."]);
        assert_eq!(
            quotes("He said \"a “big” day\" today."),
            vec!["a “big” day"]
        );
    }

    #[test]
    fn german_reversed_guillemets() {
        assert_eq!(
            quotes("Er sagte: »Wir kommen.« Dann ging er."),
            vec!["Wir kommen."]
        );
    }

    #[test]
    fn cjk_corner_brackets() {
        assert_eq!(
            quotes("彼は「明日は晴れる」と言った。『本』"),
            vec!["明日は晴れる", "本"]
        );
    }

    #[test]
    fn quote_over_several_paragraphs_is_one_span() {
        let t = "Intro.\n\n“First part.\n\n“Second part.\n\n“Last part,” she said.";
        let s = find_spans(t, &paragraphs(t));
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].text(t), "First part. Second part. Last part,");
        assert_eq!((s[0].paragraph(), s[0].last_paragraph()), (1, 3));
        assert_eq!(&t[s[0].start()..s[0].start() + 5], "First");
        assert_eq!(&t[s[0].end() - 5..s[0].end()], "part,");
    }

    #[test]
    fn unclosed_curly_quote_ends_with_its_paragraph() {
        assert_eq!(
            quotes("He said “we won.\n\nNext paragraph."),
            vec!["we won."]
        );
    }

    #[test]
    fn unclosed_straight_quote_is_dropped() {
        assert!(quotes("A 12\" pizza\n\nNext.").is_empty());
    }

    #[test]
    fn offsets_point_at_the_words() {
        let t = "Héllo “wörld” ok";
        let s = &find_spans(t, &paragraphs(t))[0];
        assert_eq!(&t[s.start()..s.end()], "wörld");
    }

    #[test]
    fn odd_inputs_never_panic() {
        for t in [
            "“",
            "”",
            "\"",
            "'",
            "„“",
            "« »",
            "「",
            "\n\n“\n\n“",
            "‘’",
            "a'b'c",
            "“\n\n",
            "»«",
        ] {
            let _ = quotes(t);
        }
    }
}
