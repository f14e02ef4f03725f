//! Words for similarity: lowercase tokens, stopwords (en, de, fr, es) and a
//! light stemmer. CJK text is compared by character bigrams.

use crate::wordset::WordSet;

/// True for Han, Kana and Hangul characters (scripts written without spaces).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xAC00..=0xD7AF)
}

/// Function words of English, German, French and Spanish (never content).
pub fn is_stopword(w: &str) -> bool {
    STOPWORDS.contains(w)
}

// Lowercase.
static STOPWORDS: WordSet = WordSet::new(
    "
    a about after again al all also am an and ante any après are as at au auf aus aux avant
    avec be because been before bei beim being but by can ce ces chez como con contre could
    dans das de del dem den depuis der des desde devant did die do does du durch ein eine
    einen einer el elle en entre er es est esta este et for from für gegen gegenüber hacia had
    has have he her here him his how i ich il ils im in ins into is ist it its just la las le
    les lo lors los may me mit more most much my nach ne nicht no not now o of ohne on one
    only or other our out par para pas pendant pero por pour qu que qui sans se según seit
    selon she sich sie sin so sobre some son sont sous such sur than that the their them then
    there these they this those to tras un una und une uno unter up us vers very vom von vor
    was we were what when where which while who will with would y you your zu zum zur à über
",
);

/// Light stemmer: folds plural and common verb endings (`markets` and `market`, `rising` and `rise`).
pub fn stem(w: &str) -> String {
    let n = w.chars().count();
    let cut = |suffix: &str, min: usize| n >= min && w.ends_with(suffix);
    let base = if cut("ies", 5) {
        format!("{}y", &w[..w.len() - 3])
    } else if cut("ing", 6) {
        w[..w.len() - 3].to_string()
    } else if cut("ed", 5) {
        w[..w.len() - 2].to_string()
    } else if (cut("es", 5) && !w.ends_with("ses"))
        || (cut("s", 4) && !w.ends_with("ss") && !w.ends_with("us"))
    {
        w[..w.len() - 1].to_string()
    } else {
        w.to_string()
    };
    base.trim_end_matches('e').to_string()
}

/// Content terms of a sentence: stemmed non-stopwords, plus CJK bigrams.
pub fn terms(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut prev_cjk: Option<char> = None;
    for c in s.chars().chain(std::iter::once(' ')) {
        if is_cjk(c) {
            flush(&mut word, &mut out);
            if let Some(p) = prev_cjk {
                out.push([p, c].iter().collect());
            }
            prev_cjk = Some(c);
            continue;
        }
        prev_cjk = None;
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if !(c == '\'' || c == '’') || word.is_empty() {
            flush(&mut word, &mut out);
        }
    }
    out
}

fn flush(word: &mut String, out: &mut Vec<String>) {
    if !word.is_empty() {
        let w = word.trim_end_matches("'s").trim_end_matches("’s");
        if !is_stopword(w) && w.chars().count() > 1 {
            out.push(stem(w));
        }
        word.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stemming_folds_plurals_and_verb_endings() {
        assert_eq!(stem("markets"), stem("market"));
        assert_eq!(stem("rising"), stem("rise"));
        assert_eq!(stem("companies"), stem("company"));
        assert_eq!(stem("boosted"), stem("boost"));
    }

    #[test]
    fn terms_drop_stopwords_and_possessives() {
        assert_eq!(
            terms("The firm's profits rose."),
            vec!["firm", "profit", "ros"]
        );
    }

    #[test]
    fn cjk_text_becomes_bigrams() {
        assert_eq!(terms("東京都"), vec!["東京", "京都"]);
    }
}
