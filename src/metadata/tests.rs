//! Unit tests of [`super::extract`], one source at a time.

use super::*;
use crate::dom::parse::parse_str;

fn meta(html: &str) -> Metadata {
    extract(&parse_str(html), None)
}

fn meta_at(html: &str, url: &str) -> Metadata {
    extract(&parse_str(html), Some(url))
}

fn ld(json: &str) -> String {
    format!(r#"<script type="application/ld+json">{json}</script>"#)
}

#[test]
fn title_prefers_json_ld_then_meta_then_document() {
    let page = format!(
        "<title>Doc title here - Site</title><meta property=og:title content='OG title of the story'>{}",
        ld(r#"{"@type":"NewsArticle","headline":"Headline of the story"}"#)
    );
    assert_eq!(meta(&page).title.as_deref(), Some("Headline of the story"));
    let page = "<title>Doc title here - Site</title><meta property=og:title content='OG title of the story'>";
    assert_eq!(meta(page).title.as_deref(), Some("OG title of the story"));
    let page =
        "<title>Doc title</title><meta name=twitter:title content='Twitter title of the story'>";
    assert_eq!(
        meta(page).title.as_deref(),
        Some("Twitter title of the story")
    );
}

#[test]
fn document_title_loses_its_site_part() {
    let page = "<title>Obama admits US gun laws are his biggest frustration - BBC News</title>";
    assert_eq!(
        meta(page).title.as_deref(),
        Some("Obama admits US gun laws are his biggest frustration")
    );
    // Too short once cut: the first part goes instead.
    let page = "<title>Site | A fairly long story headline here</title>";
    assert_eq!(
        meta(page).title.as_deref(),
        Some("A fairly long story headline here")
    );
    // Four words or fewer after cutting: the whole title stays.
    let page = "<title>Short story - Site</title>";
    assert_eq!(meta(page).title.as_deref(), Some("Short story - Site"));
}

#[test]
fn colon_titles_are_checked_against_headings() {
    let page = "<title>This is a long title with a colon: Hello there</title><h1>This is a long title with a colon: Hello there</h1>";
    assert_eq!(
        meta(page).title.as_deref(),
        Some("This is a long title with a colon: Hello there")
    );
    let page = "<title>News: Something happened in the town today</title><h1>Other</h1>";
    assert_eq!(
        meta(page).title.as_deref(),
        Some("Something happened in the town today")
    );
}

#[test]
fn h1_inside_a_separated_title_is_the_headline() {
    let page = "<meta property=og:title content='Samantha and The Great Big Lie - John C. Welch - Medium'>\
        <h1>Samantha and The Great Big Lie</h1>";
    assert_eq!(
        meta(page).title.as_deref(),
        Some("Samantha and The Great Big Lie")
    );
    let page = "<meta property=og:title content='Opinion | Republicans Are Following Trump'>\
        <h1>Republicans Are Following Trump</h1>";
    assert_eq!(
        meta(page).title.as_deref(),
        Some("Republicans Are Following Trump")
    );
    // An h1 that is only part of a phrase, not a separated part, changes nothing.
    let page =
        "<meta property=og:title content='Storms hit the coast - and more'><h1>Storms hit the</h1>";
    assert_eq!(
        meta(page).title.as_deref(),
        Some("Storms hit the coast - and more")
    );
}

#[test]
fn lone_h1_replaces_a_tiny_title() {
    let page = "<title>Home</title><h1>The real headline of this article</h1>";
    assert_eq!(
        meta(page).title.as_deref(),
        Some("The real headline of this article")
    );
}

#[test]
fn site_name_suffix_is_cut_from_meta_titles() {
    let page = "<meta property=og:site_name content='The Paper'><meta property=og:title content='Council votes to fix the bridge | The Paper'>";
    assert_eq!(
        meta(page).title.as_deref(),
        Some("Council votes to fix the bridge")
    );
    let page = "<meta property=og:title content='Example: Council votes to fix the bridge'>";
    let m = meta_at(page, "https://www.example.com/a");
    assert_eq!(m.title.as_deref(), Some("Council votes to fix the bridge"));
    // A part that is not the site stays.
    let page = "<meta property=og:title content='Council votes - and then what?'>";
    assert_eq!(
        meta_at(page, "https://example.com/").title.as_deref(),
        Some("Council votes - and then what?")
    );
}

#[test]
fn byline_sources_in_order() {
    let authors =
        ld(r#"{"@type":"Article","author":[{"name":"Ann"},{"name":"Bo"},{"name":"Cy"}]}"#);
    assert_eq!(meta(&authors).byline.as_deref(), Some("Ann, Bo and Cy"));
    let page = "<meta name=author content='By Jane Doe'><a rel=author href=/x>Other</a>";
    assert_eq!(meta(page).byline.as_deref(), Some("Jane Doe"));
    let page = "<meta property=article:author content='https://facebook.com/jane'><a rel=author href=/x>Jane Roe</a>";
    assert_eq!(meta(page).byline.as_deref(), Some("Jane Roe"));
    let page = "<meta property=article:author content='Jane Poe'>";
    assert_eq!(meta(page).byline.as_deref(), Some("Jane Poe"));
    let page = "<div itemprop=author itemscope><span itemprop=name>Ivy Item</span><span>Staff</span></div>";
    assert_eq!(meta(page).byline.as_deref(), Some("Ivy Item"));
    let page = "<p class='article-byline'>by: Carl Class</p>";
    assert_eq!(meta(page).byline.as_deref(), Some("Carl Class"));
    let page = "<meta name=DC.creator content='Kooman, F.'><meta name=DC.creator content='Jong, Michiel de'>";
    assert_eq!(
        meta(page).byline.as_deref(),
        Some("Kooman, F. and Jong, Michiel de")
    );
    let page = "<p class=byline>By Nathan Willis March 25, 2015</p>";
    assert_eq!(meta(page).byline.as_deref(), Some("Nathan Willis"));
    let page = "<p class=byline>Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC</p>";
    assert_eq!(meta(page).byline.as_deref(), Some("Joe Wee"));
    assert_eq!(
        meta("<span class=author>James Akinaka • 8h</span>")
            .byline
            .as_deref(),
        Some("James Akinaka")
    );
    assert_eq!(
        meta("<span class=author>Last Updated: January 7, 2025</span>").byline,
        None
    );
    assert_eq!(meta("<span class=author>J J</span>").byline, None);
    assert_eq!(
        meta("<p class=byline>Carrie ArnoldNovember 15, 2019</p>")
            .byline
            .as_deref(),
        Some("Carrie Arnold")
    );
    assert_eq!(
        meta("<p class=byline>Jeff FoustMonday, 18 Nov</p>")
            .byline
            .as_deref(),
        Some("Jeff Foust")
    );
    assert_eq!(
        meta("<p class=byline>Текст: Лида Буслаева</p>")
            .byline
            .as_deref(),
        Some("Лида Буслаева")
    );
    assert_eq!(
        meta("<p class=author>We are the best shop for the 80s and 90s!</p>").byline,
        None
    );
    assert_eq!(
        meta("<p class=author>Pembuat Film Fitna Dirikan Partai Islam Di Eropa</p>").byline,
        None
    );
    assert_eq!(
        meta("<span class=author>Par Sébastien Farcis</span>")
            .byline
            .as_deref(),
        Some("Sébastien Farcis")
    );
    let page = "<p class=byline>Tom Davies Associated Press Published 11:34 PM EST</p>";
    assert_eq!(
        meta(page).byline.as_deref(),
        Some("Tom Davies Associated Press")
    );
    let page = "<form><label class=comment-author>Name (required)</label></form><p class=author>Real Name</p>";
    assert_eq!(meta(page).byline.as_deref(), Some("Real Name"));
    let long = format!("<div class=author>{}</div>", "word ".repeat(40));
    assert_eq!(meta(&long).byline, None);
}

#[test]
fn json_ld_title_closest_to_the_document_title() {
    let page = format!(
        "<title>New Zealand - Wikipedia</title>{}",
        ld(r#"{"@type":"Article","name":"New Zealand","headline":"country in Oceania"}"#)
    );
    assert_eq!(meta(&page).title.as_deref(), Some("New Zealand"));
    let page = format!(
        "<title>Storm hits the coast overnight | Paper</title>{}",
        ld(r#"{"@type":"Article","name":"Weather","headline":"Storm hits the coast overnight"}"#)
    );
    assert_eq!(
        meta(&page).title.as_deref(),
        Some("Storm hits the coast overnight")
    );
}

#[test]
fn site_name_sources() {
    assert_eq!(
        meta("<meta property=og:site_name content='OG Site'>")
            .site_name
            .as_deref(),
        Some("OG Site")
    );
    let page = ld(r#"{"@type":"Article","publisher":{"@type":"Organization","name":"LD Site"}}"#);
    assert_eq!(meta(&page).site_name.as_deref(), Some("LD Site"));
    assert_eq!(
        meta("<meta name=application-name content=App>")
            .site_name
            .as_deref(),
        Some("App")
    );
}

#[test]
fn published_dates_are_normalised() {
    let page = ld(r#"{"@type":"Article","datePublished":"2024-11-26T10:00:00+0000"}"#);
    assert_eq!(
        meta(&page).published.as_deref(),
        Some("2024-11-26T10:00:00Z")
    );
    let page = "<meta property=article:published_time content='2015-07-10T09:53:00-04:00'>";
    assert_eq!(
        meta(page).published.as_deref(),
        Some("2015-07-10T09:53:00-04:00")
    );
    for key in [
        "date",
        "pubdate",
        "publish-date",
        "DC.date",
        "sailthru.date",
        "parsely-pub-date",
    ] {
        let page = format!("<meta name='{key}' content='November 26, 2024'>");
        assert_eq!(
            meta(&page).published.as_deref(),
            Some("2024-11-26"),
            "{key}"
        );
    }
    let page = "<meta itemprop=datePublished content='2024-01-02'>";
    assert_eq!(meta(page).published.as_deref(), Some("2024-01-02"));
    let page = "<time datetime='2019-01-01'>nav</time><p>Posted <time pubdate datetime='2020-09-21'>Sept 21</time></p>";
    assert_eq!(meta(page).published.as_deref(), Some("2020-09-21"));
    let page = "<span class='article-publish-date'>November 19, 2019, 9:02 AM</span>";
    assert_eq!(meta(page).published.as_deref(), Some("2019-11-19T09:02:00"));
    let page = ld(r#"{"@type":"WebPage","datePublished":"2019-11-18T10:15:00+00:00"}"#);
    assert_eq!(
        meta(&page).published.as_deref(),
        Some("2019-11-18T10:15:00Z")
    );
    // Unparseable is nothing; a later source that parses is taken.
    assert_eq!(meta("<meta name=date content='last week'>").published, None);
    let page = "<meta name=date content='soon'><time datetime='2020-01-01T00:00:00Z'></time>";
    assert_eq!(
        meta(page).published.as_deref(),
        Some("2020-01-01T00:00:00Z")
    );
}

#[test]
fn language_and_direction() {
    let m = meta("<html lang=en-US><title>x</title></html>");
    assert_eq!(
        (m.lang.as_deref(), m.dir.as_deref()),
        (Some("en-US"), Some("ltr"))
    );
    let m = meta("<html lang=ar><title>x</title></html>");
    assert_eq!(m.dir.as_deref(), Some("rtl"));
    let m = meta("<meta property=og:locale content=he_IL>");
    assert_eq!(
        (m.lang.as_deref(), m.dir.as_deref()),
        (Some("he-IL"), Some("rtl"))
    );
    let m = meta("<meta http-equiv=content-language content='fr, en'>");
    assert_eq!(m.lang.as_deref(), Some("fr"));
    let m = meta("<html lang=ar dir=ltr><body></body></html>");
    assert_eq!(m.dir.as_deref(), Some("ltr"));
    let m = meta("<html><body dir=RTL><p>x</p></body></html>");
    assert_eq!((m.lang, m.dir.as_deref()), (None, Some("rtl")));
    assert_eq!(meta("<p>x</p>").dir, None);
}

#[test]
fn lead_image_is_absolute() {
    let m = meta_at(
        "<meta property=og:image content='/img/a.jpg'>",
        "https://example.com/news/1",
    );
    assert_eq!(
        m.lead_image.as_deref(),
        Some("https://example.com/img/a.jpg")
    );
    let m = meta("<meta name=twitter:image content='https://cdn.x/b.png'>");
    assert_eq!(m.lead_image.as_deref(), Some("https://cdn.x/b.png"));
    let page =
        ld(r#"{"@type":"Article","image":{"@type":"ImageObject","url":"https://cdn.x/c.png"}}"#);
    assert_eq!(
        meta(&page).lead_image.as_deref(),
        Some("https://cdn.x/c.png")
    );
    // Relative with nothing to resolve against: no image rather than a broken one.
    assert_eq!(
        meta("<meta property=og:image content='a.jpg'>").lead_image,
        None
    );
}

#[test]
fn excerpt_sources() {
    let page = "<meta name=description content='Plain'><meta property=og:description content='OG'>";
    assert_eq!(meta(page).excerpt.as_deref(), Some("OG"));
    assert_eq!(
        meta("<meta name=description content='Plain'>")
            .excerpt
            .as_deref(),
        Some("Plain")
    );
    let page = "<meta name=twitter:description content='Tw &amp;amp; more'>";
    assert_eq!(meta(page).excerpt.as_deref(), Some("Tw & more"));
    let page = format!(
        "<meta property=og:description content=OG>{}",
        ld(r#"{"@type":"Article","description":"LD"}"#)
    );
    assert_eq!(meta(&page).excerpt.as_deref(), Some("LD"));
}

#[test]
fn url_and_base_url() {
    let page = "<base href='/sub/'><meta property=og:url content='https://example.com/canon'>";
    let m = meta_at(page, "https://example.com/a/b");
    assert_eq!(m.url.as_deref(), Some("https://example.com/a/b"));
    assert_eq!(m.base_url.as_deref(), Some("https://example.com/sub/"));
    let m = meta(page);
    assert_eq!(m.url.as_deref(), Some("https://example.com/canon"));
    assert_eq!(m.base_url.as_deref(), Some("https://example.com/sub/"));
    let m = meta("<meta property=og:url content='/relative'>");
    assert_eq!((m.url, m.base_url), (None, None));
    let m = meta_at("<p>x</p>", "https://example.com/x");
    assert_eq!(m.base_url.as_deref(), Some("https://example.com/x"));
}

#[test]
fn json_ld_body_entities_and_broken_scripts() {
    let page = format!(
        "{}{}",
        ld("{ this is not json"),
        ld(
            r#"{"@graph":[{"@type":"BlogPosting","name":"Caf&eacute; &amp; co","articleBody":"Body &lt;b&gt;"}]}"#
        )
    );
    let m = meta(&page);
    assert_eq!(m.json_ld_body.as_deref(), Some("Body <b>"));
    assert_eq!(m.title.as_deref(), Some("Caf&eacute; & co"));
}

#[test]
fn space_separated_properties_and_property_over_name() {
    let page = "<meta property='x:title dc:title' content='Preferred title'><meta property='og:title twitter:title' content='A title'>\
        <meta property='dc:creator twitter:site_name' content='Creator Name'><meta name=author content=FAIL>";
    let m = meta(page);
    assert_eq!(m.title.as_deref(), Some("Preferred title"));
    assert_eq!(m.byline.as_deref(), Some("Creator Name"));
    let page =
        "<meta name=og:title content='By name'><meta property=og:title content='By property'>";
    assert_eq!(meta(page).title.as_deref(), Some("By property"));
}

#[test]
fn entities_decode_safely() {
    assert_eq!(
        decode_entities("&#xg; &#x1F62D; &#128557; &#xFFFFFFFF; &#x0; &#é; &"),
        "&#xg; 😭 😭 \u{FFFD} \u{FFFD} &#é; &"
    );
    assert_eq!(
        decode_entities("a &rsquo;b&rsquo; &unknown; &amp"),
        "a ’b’ &unknown; &amp"
    );
}

#[test]
fn empty_and_hostile_pages_do_not_panic() {
    for page in [
        "",
        "<title></title>",
        "<title> - | - </title>",
        "<title>:</title>",
        "<html lang='ü'>",
        "<title>é | é</title>",
    ] {
        let _ = meta(page);
    }
    assert_eq!(meta("<title>   </title>").title, None);
}

#[test]
fn nearest_explicit_direction_wins() {
    let m = meta("<html dir=ltr><body dir=rtl><p>x</p></body></html>");
    assert_eq!(m.dir.as_deref(), Some("rtl"));
    let m = meta("<html><body><main dir=rtl><p>x</p></main></body></html>");
    assert_eq!(m.dir.as_deref(), Some("rtl"));
}

#[test]
fn deep_pages_cost_linear_time() {
    // 30,000 nested byline-looking elements with the text at the bottom: a
    // quadratic scan would take minutes here, the bounded one a second or two
    // (debug build, shared machine: hence the generous limit).
    let mut a = Arena::new();
    let mut cur = DOCUMENT;
    for _ in 0..30_000 {
        cur = a.append_element(
            cur,
            "div",
            vec![
                ("class".into(), "author".into()),
                ("itemprop".into(), "author".into()),
            ],
        );
    }
    a.append_text(cur, "Deep Writer");
    let start = std::time::Instant::now();
    let m = extract(&a, None);
    // Only the innermost elements are short enough to be a byline.
    assert_eq!(m.byline.as_deref(), Some("Deep Writer"));
    assert!(start.elapsed().as_secs() < 30, "{:?}", start.elapsed());
}
