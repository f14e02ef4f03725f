//! Responsive duplicates: a block the site ships twice, once for small
//! screens and once for large ones, with CSS hiding one of them.
//!
//! Input: the arena after clutter removal. Output: the same arena, less the
//! extra copies. Motivated by a New York Times interactive (nytimes.com,
//! 2016, the donors of the African-American history museum), where each
//! donor's story sits in `<div class="g-portrait g-desktop-only">` and again,
//! reordered, in `<div class="g-portrait g-mobile-only">`: a reader saw
//! every story twice.
//!
//! The rule wants two signs: a block marked for one screen size only (by a
//! class such as `mobile-only`, `hide-desktop`, `visible-xs`, `d-md-none`,
//! `md:hidden`: see [`screen`]), and long texts (of [`LONG_TEXT`]
//! characters or more, white space collapsed) that all stand elsewhere on
//! the page too and make most of the block. A plain "identical long block
//! repeated" rule was rejected as riskier: sites repeat text on purpose (a
//! pull quote or highlight box that repeats a whole paragraph, a refrain, a
//! caveat under each of two tables), and a reader sees every copy. The mark
//! says the site never shows both copies at once, so dropping one takes
//! nothing a reader would have seen. The desktop or unmarked copy stays,
//! and the first in document order between copies of one kind; unmarked
//! blocks are never dropped.

use super::is_phrasing;
use crate::dom::{Arena, NodeId, Step, Walk, normalize_space};

/// Characters from which a text is long enough to tell two copies apart.
const LONG_TEXT: usize = 100;

/// Which screens a block is shown on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Screen {
    Small,
    Large,
}

/// The flags of [`WORDS`].
const SMALL: u8 = 1;
const LARGE: u8 = 2;
const SHOW: u8 = 4;
const HIDE: u8 = 8;
/// Words of class names: the screen each names, or whether it shows or
/// hides a block there.
const WORDS: &[(&str, u8)] = &[
    ("mobile", SMALL),
    ("phone", SMALL),
    ("smartphone", SMALL),
    ("handheld", SMALL),
    ("touch", SMALL),
    ("tablet", SMALL),
    ("xs", SMALL),
    ("sm", SMALL),
    ("small", SMALL),
    ("sp", SMALL),
    ("desktop", LARGE),
    ("pc", LARGE),
    ("md", LARGE),
    ("medium", LARGE),
    ("lg", LARGE),
    ("large", LARGE),
    ("xl", LARGE),
    ("xxl", LARGE),
    ("wide", LARGE),
    ("only", SHOW),
    ("show", SHOW),
    ("visible", SHOW),
    ("hide", HIDE),
    ("hidden", HIDE),
];
/// Breakpoints of the mobile-first utilities (Bootstrap 4+, Tailwind).
const BREAKPOINTS: &[&str] = &["sm", "md", "lg", "xl", "xxl", "2xl"];
/// Display values that show, from a breakpoint up, a block hidden below it.
const DISPLAYS: &[&str] = &["block", "flex", "grid", "inline", "inline-block", "table"];

/// The screen size a block's class limits it to, if any: the mobile-first
/// utilities (Bootstrap's `d-md-none`, `d-none d-lg-block`; Tailwind's
/// `md:hidden`, `hidden md:block`) and the named kinds (`g-mobile-only`,
/// `hide-desktop`, `hideOnMobile`, Bootstrap 3's `visible-xs`, `hidden-lg`,
/// Foundation's `show-for-small-only`, Bulma's `is-hidden-mobile`,
/// Elementor's `elementor-hidden-phone`, `pc-only`, `sp-only`).
fn screen(arena: &Arena, id: NodeId) -> Option<Screen> {
    let class = arena.attr(id, "class")?;
    class
        .split_ascii_whitespace()
        .find_map(|w| class_screen(w, class))
}

/// What one word of a block's class says (`class`, the whole value, tells
/// whether `d-none` or `hidden` stands beside it).
fn class_screen(word: &str, class: &str) -> Option<Screen> {
    let utility = match word.strip_prefix("d-") {
        Some(rest) => rest.split_once('-').map(|(bp, d)| (bp, d, "d-none")),
        None => word.split_once(':').map(|(bp, d)| (bp, d, "hidden")),
    };
    let Some((bp, display, base)) = utility else {
        return named_screen(word);
    };
    if !BREAKPOINTS.contains(&bp) {
        return None;
    }
    // Mobile-first: hidden from the breakpoint up, or shown only from there.
    if matches!(display, "none" | "hidden") {
        return Some(Screen::Small);
    }
    let hidden_below = class.split_ascii_whitespace().any(|w| w == base);
    (DISPLAYS.contains(&display) && hidden_below).then_some(Screen::Large)
}

/// A device word beside a show or hide word: `mobile-only` and `hidden-lg`
/// keep a block to small screens, `desktop-only` and `hide-mobile` to large.
fn named_screen(word: &str) -> Option<Screen> {
    let says = word_flags(word);
    let small = says & SMALL != 0;
    let hide = says & HIDE != 0;
    if small == (says & LARGE != 0) || says & (SHOW | HIDE) == 0 {
        return None;
    }
    Some(if small != hide {
        Screen::Small
    } else {
        Screen::Large
    })
}

/// The [`WORDS`] flags of a class name's words, split at punctuation and at
/// camel case (`hideOnMobile` → `hide`, `On`, `Mobile`).
fn word_flags(class: &str) -> u8 {
    let b = class.as_bytes();
    let mut flags = 0;
    let mut start = 0;
    for i in 1..=b.len() {
        let cut = b.get(i).is_none_or(|&c| {
            !c.is_ascii_alphanumeric() || (c.is_ascii_uppercase() && b[i - 1].is_ascii_lowercase())
        });
        if !cut {
            continue;
        }
        if let Some(part) = class.get(start..i) {
            for &(w, f) in WORDS {
                if w.eq_ignore_ascii_case(part) {
                    flags |= f;
                }
            }
        }
        start = if b.get(i).is_some_and(|c| c.is_ascii_alphanumeric()) {
            i
        } else {
            i + 1
        };
    }
    flags
}

/// A block marked for one screen size: the length of all its text, and
/// where its long texts sit in the page's list.
struct Block {
    id: NodeId,
    screen: Screen,
    len: usize,
    texts: std::ops::Range<usize>,
}

/// Drops each block marked for one screen size whose long texts all stand
/// elsewhere on the page, small-screen copies first, later copies first.
pub(super) fn drop_duplicates(arena: &mut Arena) {
    let body = arena.body();
    if !arena.descendants(body).any(|d| screen(arena, d).is_some()) {
        return;
    }
    let (blocks, texts) = collect(arena, body);
    // The long texts still on the page, sorted, so copies sit side by side.
    let mut page: Vec<&str> = texts.iter().map(String::as_str).collect();
    page.sort_unstable();
    for kind in [Screen::Small, Screen::Large] {
        for block in blocks.iter().rev().filter(|b| b.screen == kind) {
            let mut mine: Vec<&str> = texts
                .get(block.texts.clone())
                .unwrap_or_default()
                .iter()
                .map(String::as_str)
                .collect();
            if is_repeated(&mut mine, &page, block.len) {
                for t in mine {
                    if let Ok(i) = page.binary_search(&t) {
                        page.remove(i);
                    }
                }
                arena.detach(block.id);
            }
        }
    }
}

/// Whether a block's long texts all have a copy outside it and make at
/// least half its text (a block with text of its own stays).
fn is_repeated(mine: &mut [&str], page: &[&str], len: usize) -> bool {
    mine.sort_unstable();
    let long: usize = mine.iter().map(|t| t.chars().count()).sum();
    let copies = |t: &str| {
        page.partition_point(|p| *p <= t)
            .saturating_sub(page.partition_point(|p| *p < t))
    };
    !mine.is_empty()
        && long.saturating_mul(2) >= len
        && mine
            .chunk_by(|a, b| a == b)
            .all(|run| copies(run[0]) > run.len())
}

/// The outermost marked blocks and the page's long texts, in one walk: a
/// text node belongs to its nearest block-level (or marked) ancestor.
fn collect(arena: &Arena, root: NodeId) -> (Vec<Block>, Vec<String>) {
    let mut blocks: Vec<Block> = Vec::new();
    let mut texts = Vec::new();
    let mut open: Option<NodeId> = None;
    let mut frames: Vec<(NodeId, String)> = Vec::new();
    arena.walk(root, |step| {
        match step {
            Step::Enter(id) => {
                if let Some(t) = arena.text(id) {
                    if let Some((_, own)) = frames.last_mut() {
                        own.push_str(t);
                    }
                } else if matches!(arena.tag(id), "script" | "style" | "template" | "noscript") {
                    return Walk::SkipChildren;
                } else if arena.is_element(id) {
                    let mut marked = false;
                    if open.is_none()
                        && let Some(screen) = screen(arena, id)
                    {
                        let at = texts.len();
                        blocks.push(Block {
                            id,
                            screen,
                            len: 0,
                            texts: at..at,
                        });
                        open = Some(id);
                        marked = true;
                    }
                    if marked || !is_phrasing(arena, id) {
                        frames.push((id, String::new()));
                    }
                }
            }
            Step::Leave(id) => {
                if frames.last().is_some_and(|(f, _)| *f == id)
                    && let Some((_, own)) = frames.pop()
                {
                    let text = normalize_space(&own);
                    let len = text.chars().count();
                    if len >= LONG_TEXT {
                        texts.push(text);
                    }
                    if let Some(b) = blocks.last_mut().filter(|_| open.is_some()) {
                        b.len += len;
                        b.texts.end = texts.len();
                    }
                }
                if open == Some(id) {
                    open = None;
                }
            }
        }
        Walk::Continue
    });
    (blocks, texts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::parse::parse_str;

    fn screen_of(class: &str) -> Option<Screen> {
        let a = parse_str(&format!("<div class=\"{class}\">x</div>"));
        let div = a.find_tag(crate::dom::DOCUMENT, "div").unwrap();
        screen(&a, div)
    }

    #[test]
    fn names_the_common_responsive_classes() {
        use Screen::{Large, Small};
        for (class, want) in [
            ("g-portrait g-mobile-only", Some(Small)),
            ("g-portrait g-desktop-only", Some(Large)),
            ("hide-desktop", Some(Small)),
            ("show-mobile", Some(Small)),
            ("hideOnMobile", Some(Large)),
            ("visible-xs visible-sm", Some(Small)),
            ("hidden-xs", Some(Large)),
            ("hidden-lg", Some(Small)),
            ("d-md-none", Some(Small)),
            ("d-none d-lg-block", Some(Large)),
            ("md:hidden", Some(Small)),
            ("hidden md:block", Some(Large)),
            ("show-for-small-only", Some(Small)),
            ("is-hidden-mobile", Some(Large)),
            ("elementor-hidden-desktop", Some(Small)),
            ("pc-only", Some(Large)),
            ("mobileOnly", Some(Small)),
            ("hide-on-desktop", Some(Small)),
            // Not about screens: layout, screen readers, print, plain hiding.
            ("col-md-8 text-md-center", None),
            ("sr-only visually-hidden", None),
            ("hidden-print d-print-none", None),
            ("mobile-menu desktop-nav", None),
            ("d-block float-md-none", None),
            ("hidden", None),
        ] {
            assert_eq!(screen_of(class), want, "{class}");
        }
    }

    /// One donor's story of the New York Times page, trimmed: a desktop
    /// copy, then a mobile copy in another order.
    const NYT_PORTRAIT: &str = r#"<body><div id="g-block-tubman-hymnal" class="g-block g-block-type-portrait g-block-width-large "> <div class="g-portrait-container">
<div class="g-portrait g-desktop-only"> <h4 class="g-portrait-hed">Tubman&#x2019;s Hymnal</h4> <h5 class="g-portrait-artifactnumber">Donated by Charles L. Blockson, Gwynedd, Pa.</h5> <div class="g-portrait-topphoto"> <div class="g-portrait-image"> <div class="g-asset g-image"> <img class="g-lazy" src="donor_blockson.jpg"> </div> </div> <p class="g-portrait-credit">Jessica Kourkounis for The New York Times</p> </div> <div class="g-portrait-text-container"> <div class="g-portrait-text"> <p class="g-p">&#x201C;Some of my relatives escaped from southern Delaware with Harriet Tubman. It [the hymnal] came to her great-niece and it was divine intervention that she donated it to me. It was a surprise to receive a letter from her attorney after she passed.&#x201D;</p> </div> </div> <p class="g-portrait-person"><span>Harriet Tubman</span> has a national park named in her honor, and this year the Treasury Department announced that she would replace President Andrew Jackson on the front of the $20 bill.</p> </div>
<div class="g-portrait g-mobile-only"> <div class="g-portrait-topphoto"> <div class="g-portrait-image"> <div class="g-asset g-image"> <img class="g-lazy" src="donor_blockson.jpg"> </div> </div> <p class="g-portrait-credit">Jessica Kourkounis for The New York Times</p> </div> <h4 class="g-portrait-hed">Tubman&#x2019;s Hymnal</h4> <h5 class="g-portrait-artifactnumber">Donated by Charles L. Blockson, Gwynedd, Pa.</h5> <div class="g-portrait-text-container"> <div class="g-portrait-text"> <p class="g-p">&#x201C;Some of my relatives escaped from southern Delaware with Harriet Tubman. It [the hymnal] came to her great-niece and it was divine intervention that she donated it to me. It was a surprise to receive a letter from her attorney after she passed.&#x201D;</p> </div> </div> <p class="g-portrait-person"><span>Harriet Tubman</span> has a national park named in her honor, and this year the Treasury Department announced that she would replace President Andrew Jackson on the front of the $20 bill.</p> </div>
</div> </div></body>"#;

    fn times(arena: &Arena, needle: &str) -> usize {
        arena.text_content(arena.body()).matches(needle).count()
    }

    #[test]
    fn the_mobile_copy_of_a_desktop_block_goes() {
        let mut a = parse_str(NYT_PORTRAIT);
        assert_eq!(times(&a, "Some of my relatives escaped"), 2);
        drop_duplicates(&mut a);
        assert_eq!(times(&a, "Some of my relatives escaped"), 1);
        assert_eq!(times(&a, "Tubman’s Hymnal"), 1);
        assert_eq!(times(&a, "has a national park"), 1);
        // The desktop copy is the one kept, even when the mobile one comes first.
        assert!(
            a.descendants(a.body())
                .any(|d| screen(&a, d) == Some(Screen::Large))
        );
        let swapped = NYT_PORTRAIT
            .replace("g-desktop-only", "TMP")
            .replace("g-mobile-only", "g-desktop-only")
            .replace("TMP", "g-mobile-only");
        let mut a = parse_str(&swapped);
        drop_duplicates(&mut a);
        assert_eq!(times(&a, "Some of my relatives escaped"), 1);
        assert!(
            a.descendants(a.body())
                .all(|d| screen(&a, d) != Some(Screen::Small))
        );
    }

    #[test]
    fn the_reader_sees_each_story_once() {
        let article = crate::clean_text(NYT_PORTRAIT, &crate::Options::default()).unwrap();
        let text = &article.text;
        assert_eq!(
            text.matches("Some of my relatives escaped").count(),
            1,
            "{text}"
        );
    }

    #[test]
    fn text_repeated_on_purpose_stays() {
        // A pull quote repeating a whole paragraph, with no screen mark.
        let para = "Some of my relatives escaped from southern Delaware with Harriet Tubman, and the hymnal came to her great-niece.";
        let mut a = parse_str(&format!(
            "<body><p>{para}</p><blockquote class=pullquote>{para}</blockquote></body>"
        ));
        drop_duplicates(&mut a);
        assert_eq!(times(&a, "Some of my relatives"), 2);
        // A mobile-only block whose long text is its own, or mostly its own.
        let own = "A mobile summary that says in its own words what the desktop page lays out at length, for readers on the go.";
        let item = "<li>A short line of the mobile block, its own.</li>";
        let mut a = parse_str(&format!(
            "<body><p>{para}</p><div class=mobile-only><p>{para}</p><p>{own}</p></div>\
             <div class=show-mobile><p>{para}</p><ul>{item}{item}{item}</ul></div></body>"
        ));
        drop_duplicates(&mut a);
        assert_eq!(times(&a, "Some of my relatives"), 3);
        assert_eq!(times(&a, "A mobile summary"), 1);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for html in [
            "",
            "<div class=mobile-only></div>",
            "<div class='d-- d-md- :hidden md: d-none-md é É mobileÉOnly hideé-mobile'>x</div>",
            "<span class=mobile-only><div class=desktop-only>x</div></span>",
        ] {
            let mut a = parse_str(html);
            drop_duplicates(&mut a);
        }
        // Deep nesting costs no stack, and the copy outside still counts.
        let para = "A paragraph at the very bottom of a deep page, long enough to be told apart from any other text there.";
        let deep = format!(
            "<body><p>{para}</p>{}<p>{para}</p>{}</body>",
            "<div class=mobile-only>".repeat(50_000),
            "</div>".repeat(50_000)
        );
        let mut a = parse_str(&deep);
        drop_duplicates(&mut a);
        assert_eq!(times(&a, "A paragraph at the very bottom"), 1);
    }
}
