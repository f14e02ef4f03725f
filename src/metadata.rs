//! Page metadata: title, byline, site name, date, language, direction,
//! lead image, excerpt, URL and base URL.
//!
//! Input: the parsed arena (before extraction) and the page URL if known.
//! Output: [`Metadata`], read from JSON-LD, OpenGraph/Twitter/Dublin Core/
//! Parse.ly meta tags and the page itself (`<title>`, `<h1>`, bylines,
//! `<time>`, `<html lang dir>`, `<base>`), each field from the most
//! reliable source that has it (the order is listed at each field).
//!
//! One pass over the tree gathers everything ([`Page::scan`]); the rest is
//! choosing. [`date`] normalises dates, [`jsonld`] reads JSON-LD.

pub mod date;
pub mod jsonld;

use crate::dom::{Arena, DOCUMENT, NodeId, normalize_space};
use crate::render::url;
use crate::wordset::WordSet;

#[derive(Debug, Clone, Default)]
pub struct Metadata {
    pub url: Option<String>,
    /// What relative links resolve against: `<base href>`, else the URL.
    pub base_url: Option<String>,
    pub title: Option<String>,
    pub byline: Option<String>,
    pub site_name: Option<String>,
    pub published: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    pub excerpt: Option<String>,
    pub lead_image: Option<String>,
    /// JSON-LD `articleBody`, a cross-check for the extractor.
    pub json_ld_body: Option<String>,
}

pub fn extract(arena: &Arena, url: Option<&str>) -> Metadata {
    let page = Page::scan(arena);
    let ld = jsonld::find_article(&page.json_ld).unwrap_or_default();
    let url = page_url(&page, url);
    let base_url = base_url(&page, url.as_deref());
    let site_name = site_name(&page, &ld);
    let title = title(&page, &ld, site_name.as_deref(), url.as_deref());
    let lang = lang(&page);
    let dir = direction(&page, lang.as_deref());
    Metadata {
        byline: byline(&page, &ld),
        published: published(&page, &ld),
        excerpt: excerpt(&page, &ld),
        lead_image: lead_image(&page, &ld, base_url.as_deref()),
        json_ld_body: ld.body.clone().filter(|b| !b.is_empty()),
        url,
        base_url,
        title,
        site_name,
        lang,
        dir,
    }
}

/// One `<meta>` value under one of its keys.
#[derive(Debug)]
struct MetaEntry {
    /// Lowercase; `DC.title` becomes `dc:title`.
    key: String,
    /// From `property` (OpenGraph's attribute): preferred over `name`.
    by_property: bool,
    content: String,
}

/// Everything the choosers need, gathered in one walk of the tree.
#[derive(Debug, Default)]
struct Page {
    metas: Vec<MetaEntry>,
    json_ld: Vec<String>,
    title: Option<String>,
    headings: Vec<(u8, String)>,
    html_lang: Option<String>,
    dirs: Vec<String>,
    base_href: Option<String>,
    canonical: Option<String>,
    /// DOM byline candidates: `rel=author`, `itemprop=author`, class/id.
    rel_author: Option<String>,
    itemprop_author: Option<String>,
    class_byline: Option<String>,
    /// Short texts of the first elements classed as a publication date.
    class_dates: Vec<String>,
    time: Option<String>,
    time_marked: bool,
}

impl Page {
    fn scan(arena: &Arena) -> Page {
        let mut page = Page::default();
        let mut it = arena.descendants(DOCUMENT);
        while let Some(id) = it.next() {
            let Some(el) = arena.element(id) else {
                continue;
            };
            match el.name.as_str() {
                "svg" | "math" | "template" | "dc-noscript" => it.skip_children(id),
                "meta" => page.add_meta(el),
                "script" => {
                    if el
                        .attr("type")
                        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
                    {
                        page.json_ld.push(arena.text_content(id));
                    }
                    it.skip_children(id);
                }
                "title" if page.title.is_none() => {
                    page.title = Some(normalize_space(&arena.text_content(id)))
                }
                "h1" | "h2" if page.headings.len() < 50 => {
                    let level = if el.name == "h1" { 1 } else { 2 };
                    page.headings
                        .push((level, normalize_space(&arena.text_content(id))));
                }
                "html" => {
                    page.html_lang = el.attr("lang").or(el.attr("xml:lang")).map(str::to_string)
                }
                "base" if page.base_href.is_none() => {
                    page.base_href = el.attr("href").map(str::to_string)
                }
                "link" if rel_has(el.attr("rel"), "canonical") && page.canonical.is_none() => {
                    page.canonical = el.attr("href").map(str::to_string)
                }
                "time" => page.note_time(el),
                _ => {}
            }
            page.note_dir(arena, id);
            page.note_byline(arena, id);
            page.note_class_date(arena, id);
        }
        page
    }

    fn add_meta(&mut self, el: &crate::dom::Element) {
        let Some(content) = el
            .attr("content")
            .map(|c| normalize_space(&decode_entities(c)))
        else {
            return;
        };
        if content.is_empty() {
            return;
        }
        // `property` may hold several space-separated keys (RDFa).
        for (attr, by_property) in [
            ("property", true),
            ("name", false),
            ("itemprop", false),
            ("http-equiv", false),
        ] {
            for key in el.attr(attr).unwrap_or("").split_whitespace() {
                let key = key.to_ascii_lowercase().replace('.', ":");
                self.metas.push(MetaEntry {
                    key,
                    by_property,
                    content: content.clone(),
                });
            }
        }
    }

    /// `dir` of `<html>`, `<body>` and the main landmark, in document order,
    /// so the last is the nearest to the content.
    fn note_dir(&mut self, arena: &Arena, id: NodeId) {
        let tag = arena.tag(id);
        let main = tag == "main" || arena.attr(id, "role") == Some("main");
        if (tag == "html" || tag == "body" || main)
            && let Some(d) = arena.attr(id, "dir")
        {
            self.dirs.push(d.trim().to_ascii_lowercase());
        }
    }

    /// The first short text of each kind of byline element.
    fn note_byline(&mut self, arena: &Arena, id: NodeId) {
        let Some(el) = arena.element(id) else {
            return;
        };
        let res = {
            static WORDS: WordSet = WordSet::new("meta link html body head script style title");
            WORDS.contains(el.name.as_str())
        };
        if res {
            return;
        }
        if self.rel_author.is_none() && rel_has(el.attr("rel"), "author") {
            self.rel_author = byline_text(arena, id);
        }
        if self.itemprop_author.is_none()
            && el
                .attr("itemprop")
                .is_some_and(|p| p.split_whitespace().any(|t| t == "author"))
        {
            // The `name` inside a Person item is the name alone.
            let name = arena.descendants(id).take(32).find(|&d| {
                d != id
                    && arena
                        .attr(d, "itemprop")
                        .is_some_and(|p| p.split_whitespace().any(|t| t == "name"))
            });
            self.itemprop_author = byline_text(arena, name.unwrap_or(id));
        }
        // Comment forms label their "Name" field with author classes.
        let in_form = || arena.ancestors(id).take(30).any(|a| arena.tag(a) == "form");
        if self.class_byline.is_none() && is_byline_class(el) && !in_form() {
            // A class is weak evidence: a name with its affiliation, not a blurb.
            // Longer only as a list of people ("A, B and C").
            self.class_byline = byline_text(arena, id)
                .filter(|b| word_count(b) <= 7 || b.contains(',') || b.contains(" and "));
        }
    }

    /// Every distinct value under the first of `keys` that has any (pages
    /// list co-authors as repeated `<meta name=author>`).
    fn meta_all(&self, keys: &[&str]) -> Vec<String> {
        for k in keys {
            let mut values: Vec<String> = Vec::new();
            let by_property = self.metas.iter().any(|m| m.key == *k && m.by_property);
            for m in self
                .metas
                .iter()
                .filter(|m| m.key == *k && m.by_property == by_property)
            {
                if !values.contains(&m.content) {
                    values.push(m.content.clone());
                }
            }
            if !values.is_empty() {
                return values;
            }
        }
        Vec::new()
    }

    /// Elements such as `<span class="article-publish-date">November 19,
    /// 2019</span>`: their short text, for the last fallback.
    fn note_class_date(&mut self, arena: &Arena, id: NodeId) {
        const TOKENS: [&str; 8] = [
            "publish-date",
            "published-date",
            "date-published",
            "pubdate",
            "post-date",
            "entry-date",
            "article-date",
            "publish_date",
        ];
        if self.class_dates.len() >= 3 {
            return;
        }
        let Some(class) = arena.attr(id, "class").map(str::to_ascii_lowercase) else {
            return;
        };
        if TOKENS.iter().any(|t| class.contains(t))
            && let Some(text) = short_text(arena, id).filter(|t| t.len() <= 80)
        {
            self.class_dates.push(text);
        }
    }

    /// The first `<time datetime>`, replaced by one marked as the
    /// publication date (`pubdate`, `itemprop=datePublished`) if any.
    fn note_time(&mut self, el: &crate::dom::Element) {
        let Some(datetime) = el.attr("datetime").filter(|d| !d.trim().is_empty()) else {
            return;
        };
        let marked = el.attr("pubdate").is_some()
            || el
                .attr("itemprop")
                .is_some_and(|p| p.eq_ignore_ascii_case("datepublished"));
        if marked && !self.time_marked {
            self.time = Some(datetime.to_string());
            self.time_marked = true;
        } else if self.time.is_none() {
            self.time = Some(datetime.to_string());
        }
    }

    /// The first non-empty value under any of `keys`, `property` before `name`.
    fn meta(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| {
            let mut matching = self.metas.iter().filter(|m| m.key == *k);
            let first = matching.next()?;
            let best = std::iter::once(first)
                .chain(matching)
                .find(|m| m.by_property)
                .unwrap_or(first);
            Some(best.content.clone())
        })
    }
}

fn rel_has(rel: Option<&str>, value: &str) -> bool {
    rel.is_some_and(|r| r.split_whitespace().any(|t| t.eq_ignore_ascii_case(value)))
}

/// Class or id naming a byline: `byline`, `author`, `writtenby` (Readability's
/// pattern), but not the many "author bio/avatar/box" widgets.
fn is_byline_class(el: &crate::dom::Element) -> bool {
    if el.attr("class").is_none() && el.attr("id").is_none() {
        return false;
    }
    let names = format!(
        "{} {}",
        el.attr("class").unwrap_or(""),
        el.attr("id").unwrap_or("")
    )
    .to_ascii_lowercase();
    let hit = names.contains("byline") || names.contains("author") || names.contains("writtenby");
    let widget = [
        "avatar",
        "bio",
        "box",
        "photo",
        "image",
        "img",
        "info-",
        "social",
        "follow",
        "authors-list",
    ];
    hit && !widget.iter().any(|w| names.contains(w))
}

/// A byline's text: short (under 100 characters), with "By " stripped.
/// A byline candidate's text, cleaned.
fn byline_text(arena: &Arena, id: NodeId) -> Option<String> {
    short_text(arena, id).and_then(|t| clean_byline(&t))
}

/// The normalised text of a small element: reads at most a few dozen nodes
/// and a few hundred bytes (`None` past that), so that many nested
/// candidates still cost linear time.
fn short_text(arena: &Arena, id: NodeId) -> Option<String> {
    let mut text = String::new();
    for (i, d) in arena.descendants(id).enumerate() {
        if i > 64 {
            return None;
        }
        if let Some(t) = arena.text(d) {
            text.push_str(t);
            if text.len() > 400 {
                return None;
            }
        }
    }
    Some(normalize_space(&text))
}

/// Strips a leading "By" (or French "Par", Spanish "Por", Dutch "Door",
/// German lowercase "von": "Von" may be a first name), a trailing date and
/// what follows a separator; rejects empty, overlong, URL, label-like
/// ("Updated:") and initials-only bylines.
fn clean_byline(text: &str) -> Option<String> {
    let mut t = text.trim();
    for prefix in [
        "written by ",
        "story by ",
        "text by ",
        "by:",
        "by ",
        "par ",
        "por ",
        "door ",
    ] {
        if t.len() >= prefix.len()
            && t.is_char_boundary(prefix.len())
            && t[..prefix.len()].eq_ignore_ascii_case(prefix)
        {
            t = t[prefix.len()..].trim_start();
        }
    }
    t = t.strip_prefix("von ").unwrap_or(t);
    // " • 8h", " | Staff": what follows a separator is not the name.
    for sep in [" • ", " | ", " · ", " — "] {
        if let Some(i) = t.find(sep) {
            t = &t[..i];
        }
    }
    let t = cut_at_date(t);
    if t.trim_end().ends_with(':') {
        return None;
    }
    // "Text: Jo Doe", "Autor: Jo Doe": a one- or two-word label before the name.
    let t = match t.split_once(": ") {
        Some((label, name)) if word_count(label) <= 2 && word_count(name) >= 1 => name,
        _ => t,
    };
    let t =
        t.trim_matches(|c: char| c == ',' || c == '|' || c == '·' || c == '@' || c.is_whitespace());
    // A sentence ("We love the 80s!") is not a name.
    if t.ends_with(['!', '?']) {
        return None;
    }
    let has_word = t
        .split_whitespace()
        .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2);
    let ok = has_word
        && t.chars().count() < 100
        && !t.starts_with("http://")
        && !t.starts_with("https://");
    ok.then(|| t.to_string())
}

/// Weekday names, lowercase (bylines run into them).
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Where a month name (before a number) or a weekday name starts inside
/// a word after a lowercase letter: "ArnoldNovember" → 6, "FoustMonday" → 5.
fn glued_date_start(word: &str, next_is_number: bool) -> Option<usize> {
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    (1..chars.len()).find_map(|k| {
        let (i, c) = chars[k];
        if !c.is_ascii_uppercase() || !chars[k - 1].1.is_lowercase() {
            return None;
        }
        let rest = word[i..]
            .trim_end_matches(|c: char| !c.is_alphabetic())
            .to_lowercase();
        let weekday = WEEKDAYS.contains(&rest.as_str());
        let month = rest.len() >= 3 && date::month(&rest).is_some() && next_is_number;
        (weekday || month).then_some(i)
    })
}

/// Bylines often run into the date ("Jo Doe March 25, 2015", "Jo Doe
/// Monday, ...", "Jo Doe Published 10:02 AM"): cut at a weekday name, a
/// month name before a number, or "Published"/"Updated"/"Posted".
fn cut_at_date(t: &str) -> &str {
    let words: Vec<(usize, &str)> = t
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - t.as_ptr() as usize, w))
        .collect();
    // Glued to the name ("Carrie ArnoldNovember 15"): cut inside the word.
    for (k, &(at, word)) in words.iter().enumerate() {
        let next_is_number = words
            .get(k + 1)
            .is_some_and(|(_, w)| w.starts_with(|c: char| c.is_ascii_digit()));
        if let Some(i) = glued_date_start(word, next_is_number) {
            return &t[..at + i];
        }
    }
    for (k, &(at, word)) in words.iter().enumerate().skip(1) {
        let bare = word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        let next_is_number = words
            .get(k + 1)
            .is_some_and(|(_, w)| w.starts_with(|c: char| c.is_ascii_digit()));
        let month_then_number = date::month(&bare).is_some() && next_is_number;
        let after_last = words[k - 1].1.eq_ignore_ascii_case("last");
        let dateline = matches!(bare.as_str(), "published" | "updated" | "posted") && !after_last;
        if WEEKDAYS.contains(&bare.as_str()) || month_then_number || dateline {
            return &t[..at];
        }
    }
    t
}

/// "A", "A and B", "A, B and C".
fn join_names(names: &[String]) -> Option<String> {
    match names {
        [] => None,
        [one] => Some(one.clone()),
        [init @ .., last] => Some(format!("{} and {}", init.join(", "), last)),
    }
}

/// The URL given, else an absolute `<link rel=canonical>` / `og:url`.
fn page_url(page: &Page, given: Option<&str>) -> Option<String> {
    if let Some(u) = given.map(str::trim).filter(|u| !u.is_empty()) {
        return Some(u.to_string());
    }
    let candidates = [page.canonical.clone(), page.meta(&["og:url"])];
    candidates
        .into_iter()
        .flatten()
        .map(|u| u.trim().to_string())
        .find(|u| url::is_http(u))
}

/// `<base href>` resolved against the URL; else the URL.
fn base_url(page: &Page, url: Option<&str>) -> Option<String> {
    page.base_href
        .as_deref()
        .and_then(|href| url::resolve(url, href))
        .filter(|b| url::is_http(b))
        .or_else(|| url.map(str::to_string))
}

/// `og:site_name`, JSON-LD `publisher.name`, `application-name`.
fn site_name(page: &Page, ld: &jsonld::LdArticle) -> Option<String> {
    let name = page
        .meta(&["og:site_name"])
        .or_else(|| ld.publisher.clone())
        .or_else(|| page.meta(&["application-name"]))?;
    // A URL given as the name: its host says the same, shorter.
    if url::is_http(&name) {
        return url::host(&name);
    }
    Some(name)
}

/// JSON-LD author, Dublin Core creator, `author`, Parse.ly author,
/// `article:author` (not a URL), then the page's byline elements.
fn byline(page: &Page, ld: &jsonld::LdArticle) -> Option<String> {
    let meta_authors = || {
        let names = page.meta_all(&[
            "dc:creator",
            "dcterm:creator",
            "dcterms:creator",
            "author",
            "parsely-author",
        ]);
        join_names(
            &names
                .iter()
                .filter_map(|n| clean_byline(n))
                .collect::<Vec<_>>(),
        )
    };
    let article_author = || {
        let names = page.meta_all(&["article:author", "og:article:author"]);
        join_names(
            &names
                .iter()
                .filter_map(|n| clean_byline(n))
                .collect::<Vec<_>>(),
        )
    };
    join_names(
        &ld.authors
            .iter()
            .filter_map(|n| clean_byline(n))
            .collect::<Vec<_>>(),
    )
    .or_else(meta_authors)
    .or_else(article_author)
    .or_else(|| page.rel_author.clone())
    .or_else(|| page.itemprop_author.clone())
    .or_else(|| page.class_byline.clone())
}

/// The first date that parses: JSON-LD's article, OpenGraph, the meta
/// variants, `<time>`, any JSON-LD `datePublished`, then the text of an
/// element classed as a publication date.
fn published(page: &Page, ld: &jsonld::LdArticle) -> Option<String> {
    const KEYS: &[&str] = &[
        "article:published_time",
        "og:published_time",
        "datepublished",
        "date",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "dc:date",
        "dcterm:date",
        "dcterms:date",
        "dcterms:created",
        "dc:date:issued",
        "sailthru:date",
        "parsely-pub-date",
    ];
    let metas = KEYS.iter().filter_map(|k| page.meta(&[k]));
    let any_ld = || jsonld::any_date_published(&page.json_ld);
    ld.date_published
        .clone()
        .into_iter()
        .chain(metas)
        .chain(page.time.clone())
        .find_map(|d| date::normalize(&d))
        .or_else(|| any_ld().and_then(|d| date::normalize(&d)))
        .or_else(|| page.class_dates.iter().find_map(|d| date::normalize(d)))
}

/// JSON-LD `description` (as for every field, the page's own structured
/// data first), then Dublin Core, OpenGraph, `description`, Twitter.
fn excerpt(page: &Page, ld: &jsonld::LdArticle) -> Option<String> {
    ld.description.clone().or_else(|| {
        page.meta(&[
            "dc:description",
            "dcterm:description",
            "dcterms:description",
            "og:description",
            "description",
            "twitter:description",
        ])
    })
}

/// `<html lang>`, `og:locale` (`en_US` → `en-US`), `content-language`.
fn lang(page: &Page) -> Option<String> {
    let from_html = page
        .html_lang
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string);
    from_html
        .or_else(|| page.meta(&["og:locale"]).map(|l| l.replace('_', "-")))
        .or_else(|| {
            page.meta(&["content-language"])
                .map(|l| l.split(',').next().unwrap_or("").trim().to_string())
        })
        .filter(|l| l.len() <= 35 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
}

/// An explicit `dir`, else `rtl` for right-to-left languages, else `ltr`
/// when the language is known.
fn direction(page: &Page, lang: Option<&str>) -> Option<String> {
    // The innermost explicit direction applies to the content.
    if let Some(d) = page.dirs.iter().rev().find(|d| *d == "ltr" || *d == "rtl") {
        return Some(d.clone());
    }
    let primary = lang?.split('-').next()?.to_ascii_lowercase();
    let rtl = {
        static WORDS: WordSet = WordSet::new("ar he iw fa ur yi ps sd ug ckb dv");
        WORDS.contains(primary.as_str())
    };
    Some(if rtl { "rtl" } else { "ltr" }.to_string())
}

/// `og:image`, `twitter:image`, JSON-LD `image`, made absolute.
fn lead_image(page: &Page, ld: &jsonld::LdArticle, base: Option<&str>) -> Option<String> {
    let keys = [
        "og:image",
        "og:image:url",
        "og:image:secure_url",
        "twitter:image",
        "twitter:image:src",
    ];
    let metas = keys.iter().filter_map(|k| page.meta(&[k]));
    metas
        .chain(ld.image.clone())
        .find_map(|src| url::resolve(base, &src).filter(|u| url::is_http(u)))
}

/// The title: JSON-LD, then the meta titles, then `<title>` with
/// Readability's heuristics; a site name is then cut off it (see
/// [`strip_site`]).
fn title(
    page: &Page,
    ld: &jsonld::LdArticle,
    site: Option<&str>,
    page_url: Option<&str>,
) -> Option<String> {
    let doc_title = page.title.clone().unwrap_or_default();
    let cleaned_doc_title = title_from_document(&doc_title, &page.headings).unwrap_or_default();
    let from_meta = ld_title(ld, &cleaned_doc_title).or_else(|| {
        page.meta(&[
            "dc:title",
            "dcterm:title",
            "dcterms:title",
            "og:title",
            "title",
            "twitter:title",
            "parsely-title",
        ])
    });
    let chosen = from_meta.or(Some(cleaned_doc_title).filter(|t| !t.is_empty()))?;
    let host = page_url.and_then(url::host);
    let stripped = strip_site(&chosen, site, host.as_deref());
    let title = heading_inside(&stripped, &page.headings).unwrap_or(stripped);
    Some(title).filter(|t| !t.is_empty())
}

/// Cross-check with the page's `<h1>`s: when the title is an `<h1>` plus a
/// part cut off by a separator ("Headline - Author - Site"), the `<h1>` is
/// the headline (it must still be substantial: three words or more, and
/// longer than the part it cuts off).
fn heading_inside(title: &str, headings: &[(u8, String)]) -> Option<String> {
    let cuts = separator_positions(title);
    if cuts.is_empty() {
        return None;
    }
    headings
        .iter()
        // The headline is the longer part; a short h1 is more likely the site's name.
        .filter(|(level, h)| {
            *level == 1 && word_count(h) >= 3 && h.len() * 2 > title.len() && h.len() < title.len()
        })
        .find(|(_, h)| {
            let at_start = title.starts_with(h.as_str()) && cuts.contains(&(h.len() + 1));
            let at_end = title.ends_with(h.as_str())
                && cuts
                    .iter()
                    .any(|&i| title.len() - h.len() == i + title[i..].find(' ').unwrap_or(0) + 1);
            at_start || at_end
        })
        .map(|(_, h)| h.clone())
}

/// `headline` or `name`, whichever is closer to the document title (some
/// pages put a description in `headline`, others a label in `name`).
fn ld_title(ld: &jsonld::LdArticle, doc_title: &str) -> Option<String> {
    match (&ld.headline, &ld.name) {
        (Some(h), Some(n)) if h != n => {
            let (sh, sn) = (similarity(h, doc_title), similarity(n, doc_title));
            Some(if sn > sh { n } else { h }.clone())
        }
        (Some(h), _) => Some(h.clone()),
        (None, n) => n.clone(),
    }
}

/// Share of `b`'s words (by length) that also appear in `a` (Readability's
/// `textSimilarity`).
fn similarity(a: &str, b: &str) -> f64 {
    let words = |s: &str| -> Vec<String> {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let unique: Vec<&String> = wb.iter().filter(|w| !wa.contains(w)).collect();
    let len = |v: &[&String]| {
        v.iter().map(|w| w.chars().count()).sum::<usize>() + v.len().saturating_sub(1)
    };
    let all: Vec<&String> = wb.iter().collect();
    1.0 - len(&unique) as f64 / len(&all).max(1) as f64
}

const SEPARATORS: [char; 8] = ['|', '-', '–', '—', '\\', '/', '>', '»'];

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Positions (byte index of the separator char) of " X " separators.
fn separator_positions(s: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    (1..chars.len().saturating_sub(1))
        .filter(|&i| {
            SEPARATORS.contains(&chars[i].1)
                && chars[i - 1].1.is_whitespace()
                && chars[i + 1].1.is_whitespace()
        })
        .map(|i| chars[i].0)
        .collect()
}

/// Readability's `_getArticleTitle`: cut the site part after the last
/// separator (or before the first when what remains is too short); after a
/// colon unless a heading repeats the whole title; a lone `<h1>` when the
/// title is very short or very long; back to the whole title when the cut
/// left four words or fewer.
fn title_from_document(orig: &str, headings: &[(u8, String)]) -> Option<String> {
    if orig.is_empty() {
        return headings
            .iter()
            .find(|(l, _)| *l == 1)
            .map(|(_, t)| t.clone())
            .filter(|t| !t.is_empty());
    }
    let seps = separator_positions(orig);
    let mut hierarchical = false;
    let mut cur: String;
    if let Some(&last) = seps.last() {
        hierarchical = seps
            .iter()
            .any(|&i| orig[i..].starts_with(['\\', '/', '>', '»']));
        cur = orig[..last].to_string();
        if word_count(&cur) < 3 {
            // Drop everything up to the first separator character instead.
            let first = orig.find(SEPARATORS).unwrap_or(0);
            let skip = orig[first..].chars().next().map_or(0, char::len_utf8);
            cur = orig[first + skip..].to_string();
        }
    } else if orig.contains(": ") {
        let heading_repeats = headings.iter().any(|(_, h)| h == orig);
        cur = orig.to_string();
        if !heading_repeats {
            let after_last = orig.rfind(':').map_or(orig, |i| &orig[i + 1..]);
            cur = after_last.to_string();
            if word_count(&cur) < 3 {
                cur = orig.find(':').map_or(orig, |i| &orig[i + 1..]).to_string();
            } else if word_count(orig.split(':').next().unwrap_or("")) > 5 {
                cur = orig.to_string();
            }
        }
    } else {
        cur = orig.to_string();
        let len = orig.chars().count();
        let h1s: Vec<&String> = headings
            .iter()
            .filter(|(l, _)| *l == 1)
            .map(|(_, t)| t)
            .collect();
        if !(15..=150).contains(&len) && h1s.len() == 1 {
            cur = h1s[0].clone();
        }
    }
    let cur = normalize_space(&cur);
    let n = word_count(&cur);
    let words_without_seps = {
        let mut s = orig.to_string();
        for &i in seps.iter().rev() {
            let end = i + orig[i..].chars().next().map_or(1, char::len_utf8);
            s.replace_range(i..end, "");
        }
        word_count(&s)
    };
    if n <= 4 && (!hierarchical || n + 1 != words_without_seps) {
        return Some(orig.to_string());
    }
    Some(cur)
}

/// Cuts " - Site", " | Site", " — Site", "Site: " and the like when the cut
/// part names the site (its `og:site_name` or its domain) and what remains
/// is still a title (at least two words).
fn strip_site(title: &str, site: Option<&str>, host: Option<&str>) -> String {
    let matches_site = |part: &str| names_site(part, site, host);
    let seps = separator_positions(title);
    let extra: Vec<usize> = title
        .match_indices(" · ")
        .chain(title.match_indices(" :: "))
        .map(|(i, _)| i + 1)
        .collect();
    let mut cuts: Vec<usize> = seps.into_iter().chain(extra).collect();
    cuts.sort_unstable();
    let sep_len = |i: usize| title[i..].find(' ').unwrap_or(title.len() - i);
    // Suffix: the part after the last separator.
    if let Some(&i) = cuts.last() {
        let (head, tail) = (&title[..i], &title[i + sep_len(i)..]);
        if matches_site(tail) && word_count(head) >= 2 {
            return head.trim().to_string();
        }
    }
    // Prefix: the part before the first separator, or before ": ".
    if let Some(&i) = cuts.first() {
        let (head, tail) = (&title[..i], &title[i + sep_len(i)..]);
        if matches_site(head) && word_count(tail) >= 2 {
            return tail.trim().to_string();
        }
    }
    if let Some(i) = title.find(": ") {
        let (head, tail) = (&title[..i], &title[i + 2..]);
        if matches_site(head) && word_count(tail) >= 2 {
            return tail.trim().to_string();
        }
    }
    title.trim().to_string()
}

/// Whether a title part is the site's name: equal to `og:site_name`, or to
/// the domain (`example.com`) or its main label (`Example`), ignoring case,
/// spaces and punctuation.
fn names_site(part: &str, site: Option<&str>, host: Option<&str>) -> bool {
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let p = squash(part);
    if p.is_empty() {
        return false;
    }
    if site.is_some_and(|s| squash(s) == p) {
        return true;
    }
    let Some(host) = host else {
        return false;
    };
    let labels: Vec<&str> = host.split('.').collect();
    let main_label = labels
        .len()
        .checked_sub(2)
        .and_then(|i| labels.get(i))
        .copied()
        .unwrap_or(host);
    squash(host) == p || squash(main_label) == p
}

/// Decodes the HTML character references pages leave in JSON-LD and
/// double-encoded meta values: `&amp;`, `&#8217;`, `&#x2019;`, and the
/// common named ones. Invalid code points become U+FFFD; unknown names stay.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(';').filter(|&e| e <= 12);
        let decoded = end.and_then(|e| decode_reference(&rest[1..e]));
        match (decoded, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character of `name` in `&name;`.
fn decode_reference(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let (digits, radix) = match num.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16),
            None => (num, 10),
        };
        // Malformed (`&#xg;`) stays as written; out of range is U+FFFD.
        if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
            return None;
        }
        let v = u32::from_str_radix(digits, radix).unwrap_or(u32::MAX);
        return Some(
            char::from_u32(v)
                .filter(|&c| c != '\0')
                .unwrap_or('\u{FFFD}'),
        );
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "laquo" => '«',
        "raquo" => '»',
        "copy" => '©',
        _ => return None,
    })
}

#[cfg(test)]
mod tests;
