//! Publication dates to ISO 8601 (no `chrono`: the wasm stays small).
//!
//! Input: a date as pages write it: ISO 8601 and its variants
//! (`2024-11-26 10:00:00.000`, `2024/11/26`), RFC 2822 (`Tue, 26 Nov 2024
//! 10:00:00 +0000`), or prose (`November 26, 2024 3:46 PM EST`).
//! Output: `YYYY-MM-DD`, or `YYYY-MM-DDThh:mm:ss` with `Z`/`±hh:mm` when the
//! input gives a zone; `None` for anything not plainly a calendar date.

/// A parsed date; `time` and `zone` only when the input has them.
#[derive(Debug, Default, PartialEq)]
struct Parsed {
    year: u32,
    month: u32,
    day: u32,
    time: Option<(u32, u32, u32)>,
    /// Offset in minutes east of UTC.
    zone: Option<i32>,
}

/// Normalises a date string to ISO 8601, or `None` when it cannot be read.
pub fn normalize(input: &str) -> Option<String> {
    let s = input.trim();
    if s.is_empty() || s.len() > 100 {
        return None;
    }
    let parsed = parse_iso(s).or_else(|| parse_prose(s))?;
    valid(&parsed).then(|| format_iso(&parsed))
}

fn format_iso(p: &Parsed) -> String {
    let date = format!("{:04}-{:02}-{:02}", p.year, p.month, p.day);
    let Some((h, m, s)) = p.time else {
        return date;
    };
    let zone = match p.zone {
        None => String::new(),
        Some(0) => "Z".to_string(),
        Some(z) => {
            let sign = if z < 0 { '-' } else { '+' };
            format!("{sign}{:02}:{:02}", z.abs() / 60, z.abs() % 60)
        }
    };
    format!("{date}T{h:02}:{m:02}:{s:02}{zone}")
}

/// Calendar check: real month, real day of that month, real time of day.
fn valid(p: &Parsed) -> bool {
    let leap =
        (p.year.is_multiple_of(4) && !p.year.is_multiple_of(100)) || p.year.is_multiple_of(400);
    let days = match p.month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    let time_ok = p.time.is_none_or(|(h, m, s)| h < 24 && m < 60 && s < 61);
    let zone_ok = p.zone.is_none_or(|z| z.abs() <= 14 * 60);
    (1000..=9999).contains(&p.year) && (1..=days).contains(&p.day) && time_ok && zone_ok
}

/// Reads leading ASCII digits: (value, digit count, rest).
fn digits(s: &str) -> Option<(u32, usize, &str)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 9 {
        return None;
    }
    Some((s[..n].parse().ok()?, n, &s[n..]))
}

/// `YYYY-MM-DD` or `YYYY/MM/DD`, then optionally `T`/space and a time, then
/// an optional zone. Anything after that must be empty.
fn parse_iso(s: &str) -> Option<Parsed> {
    let (year, 4, rest) = digits(s)? else {
        return None;
    };
    let sep = rest
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '/' | '.'))?;
    let (month, 1..=2, rest) = digits(&rest[1..])? else {
        return None;
    };
    let rest = rest.strip_prefix(sep)?;
    let (day, 1..=2, rest) = digits(rest)? else {
        return None;
    };
    let mut p = Parsed {
        year,
        month,
        day,
        ..Parsed::default()
    };
    let rest = rest.trim_start_matches(['T', 't', ' ', ',']);
    if rest.is_empty() {
        return Some(p);
    }
    let (time, rest) = parse_clock(rest)?;
    p.time = Some(time);
    let rest = rest.trim();
    if !rest.is_empty() {
        p.zone = Some(parse_zone(rest)?);
    }
    Some(p)
}

/// `hh:mm`, `hh:mm:ss`, `hh:mm:ss.ffffff` → ((h, m, s), rest).
fn parse_clock(s: &str) -> Option<((u32, u32, u32), &str)> {
    let (h, 1..=2, rest) = digits(s)? else {
        return None;
    };
    let rest = rest.strip_prefix(':')?;
    let (m, 2, mut rest) = digits(rest)? else {
        return None;
    };
    let mut sec = 0;
    if let Some(r) = rest.strip_prefix(':') {
        let (v, 2, r) = digits(r)? else {
            return None;
        };
        sec = v;
        rest = r;
        // Fractions of a second are dropped.
        if let Some(r) = rest.strip_prefix(['.', ',']) {
            rest = r.trim_start_matches(|c: char| c.is_ascii_digit());
        }
    }
    Some(((h, m, sec), rest))
}

/// `Z`, `UTC`, `GMT`, `+hh:mm`, `+hhmm`, `+hh`, or a US zone abbreviation.
fn parse_zone(s: &str) -> Option<i32> {
    let s = s.trim();
    let upper = s.to_ascii_uppercase();
    let named = match upper.as_str() {
        "Z" | "UT" | "UTC" | "GMT" => Some(0),
        "EST" => Some(-5 * 60),
        "EDT" | "CST" => Some(if upper == "EDT" { -4 * 60 } else { -6 * 60 }),
        "CDT" | "MST" => Some(if upper == "CDT" { -5 * 60 } else { -7 * 60 }),
        "MDT" | "PST" => Some(if upper == "MDT" { -6 * 60 } else { -8 * 60 }),
        "PDT" => Some(-7 * 60),
        "CET" => Some(60),
        "CEST" => Some(120),
        "BST" => Some(60),
        // India's, by far the most frequent reading on news pages.
        "IST" => Some(330),
        _ => None,
    };
    if named.is_some() {
        return named;
    }
    // `GMT+01:00` / `UTC-5` style.
    let numeric = upper
        .strip_prefix("GMT")
        .or_else(|| upper.strip_prefix("UTC"))
        .unwrap_or(&upper);
    let sign = match numeric.chars().next()? {
        '+' => 1,
        '-' | '\u{2212}' => -1,
        _ => return None,
    };
    let body = &numeric[numeric.chars().next()?.len_utf8()..];
    let (v, n, rest) = digits(body)?;
    let (h, m) = match (n, rest.strip_prefix(':')) {
        (1 | 2, Some(r)) => {
            let (m, 2, r) = digits(r)? else {
                return None;
            };
            if !r.trim().is_empty() {
                return None;
            }
            (v, m)
        }
        (1 | 2, None) if rest.trim().is_empty() => (v, 0),
        (4, None) if rest.trim().is_empty() => (v / 100, v % 100),
        _ => return None,
    };
    (h <= 14 && m < 60).then(|| sign * (h as i32 * 60 + m as i32))
}

/// English month names and their three-letter prefixes.
pub(crate) fn month(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let w = word.to_ascii_lowercase();
    let w = w.trim_end_matches('.');
    if w == "sept" {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|m| w.len() >= 3 && m.starts_with(w))
        .map(|i| i as u32 + 1)
}

/// Prose and RFC 2822 dates: a month name, a day, a four-digit year in any
/// order the English conventions use, an optional clock with `am`/`pm`, and
/// an optional zone. Weekday names and filler words are ignored.
fn parse_prose(s: &str) -> Option<Parsed> {
    let mut p = Parsed::default();
    let (mut pm, mut am) = (false, false);
    let mut day_candidates: Vec<u32> = Vec::new();
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if c.is_ascii_digit() {
            if let Some((time, r)) = parse_clock(rest) {
                p.time = Some(time);
                rest = r;
                continue;
            }
            let (v, n, r) = digits(rest)?;
            rest = r.trim_start_matches(|c: char| {
                c.is_ascii_alphabetic() && "stndrdth".contains(c.to_ascii_lowercase())
            });
            match n {
                4 if p.year == 0 => p.year = v,
                1 | 2 => day_candidates.push(v),
                _ => return None,
            }
        } else if c == '+' || (c == '-' && p.time.is_some()) {
            if p.time.is_some() && p.zone.is_none() {
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                p.zone = parse_zone(&rest[..end]);
                rest = &rest[end..];
            } else {
                rest = &rest[1..];
            }
        } else if c.is_alphabetic() {
            let end = rest
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(rest.len());
            let word = &rest[..end];
            let lower = word.to_ascii_lowercase();
            if let Some(m) = month(word) {
                // A second month name makes the string ambiguous.
                if p.month != 0 {
                    return None;
                }
                p.month = m;
            } else if lower == "pm" || lower == "p" {
                pm = true;
            } else if lower == "am" || lower == "a" {
                am = true;
            } else if p.time.is_some() && p.zone.is_none() {
                p.zone = parse_zone_word(&rest[end..], word);
            }
            rest = &rest[end..];
        } else {
            rest = &rest[c.len_utf8()..];
        }
    }
    if p.month == 0 || p.year == 0 || day_candidates.len() != 1 {
        return None;
    }
    p.day = day_candidates[0];
    if let Some((h, m, sec)) = p.time {
        let h = match (h, pm, am) {
            (12, false, true) => 0,
            (1..=11, true, false) => h + 12,
            (13.., _, true) | (13.., true, _) | (0, true, _) => return None,
            _ => h,
        };
        p.time = Some((h, m, sec));
    }
    Some(p)
}

/// A zone word (`GMT`, `EST`, `UTC+1`): the word plus what directly follows.
fn parse_zone_word(after: &str, word: &str) -> Option<i32> {
    let tail_end = after.find(char::is_whitespace).unwrap_or(after.len());
    let tail = &after[..tail_end];
    if tail.starts_with(['+', '-'])
        && let Some(z) = parse_zone(&format!("{word}{tail}"))
    {
        return Some(z);
    }
    parse_zone(word)
}

#[cfg(test)]
mod tests {
    use super::normalize;

    fn n(s: &str) -> Option<String> {
        normalize(s)
    }

    #[test]
    fn iso_variants() {
        assert_eq!(n("2024-11-26").as_deref(), Some("2024-11-26"));
        assert_eq!(
            n("2024-11-26T10:00:00Z").as_deref(),
            Some("2024-11-26T10:00:00Z")
        );
        assert_eq!(
            n("2021-11-01T10:52:50+0100").as_deref(),
            Some("2021-11-01T10:52:50+01:00")
        );
        assert_eq!(
            n("2018-04-05T06:00").as_deref(),
            Some("2018-04-05T06:00:00")
        );
        assert_eq!(
            n("2017-11-03 03:01:00.000000").as_deref(),
            Some("2017-11-03T03:01:00")
        );
        assert_eq!(
            n("2015-03-27T13:07:55.096Z").as_deref(),
            Some("2015-03-27T13:07:55Z")
        );
        assert_eq!(
            n("2015-07-10T09:53:00-04:00").as_deref(),
            Some("2015-07-10T09:53:00-04:00")
        );
        assert_eq!(n("2024/04/20").as_deref(), Some("2024-04-20"));
        assert_eq!(n(" 2024-02-29 ").as_deref(), Some("2024-02-29"));
    }

    #[test]
    fn rfc2822_and_prose() {
        assert_eq!(
            n("Tue, 26 Nov 2024 10:00:00 +0000").as_deref(),
            Some("2024-11-26T10:00:00Z")
        );
        assert_eq!(
            n("26 Nov 2024 10:00 GMT").as_deref(),
            Some("2024-11-26T10:00:00Z")
        );
        assert_eq!(n("November 26, 2024").as_deref(), Some("2024-11-26"));
        assert_eq!(n("Nov. 26th, 2024").as_deref(), Some("2024-11-26"));
        assert_eq!(n("26 November 2024").as_deref(), Some("2024-11-26"));
        assert_eq!(
            n("March 11, 2015 3:46 PM").as_deref(),
            Some("2015-03-11T15:46:00")
        );
        assert_eq!(
            n("March 11, 2015 12:05 am EST").as_deref(),
            Some("2015-03-11T00:05:00-05:00")
        );
        assert_eq!(
            n("Wed, 02 Oct 2002 08:00:00 EST").as_deref(),
            Some("2002-10-02T08:00:00-05:00")
        );
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for bad in [
            "",
            "yesterday",
            "2024-13-01",
            "2023-02-29",
            "2024-11-31",
            "2024-11-26T25:00",
            "12/03/2024",
            "November 2024",
            "1 2 November 2024",
            "2024-11-26 nonsense",
            "é2024-11-26",
            "2024-11-26T10:00+99:00",
        ] {
            assert_eq!(n(bad), None, "{bad}");
        }
    }
}
