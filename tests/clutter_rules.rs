//! One small page per clutter rule (src/clutter/rules.rs), in the shapes
//! real sites use, and the cases where a rule must hold back.

use declutter::Kind;
use declutter::clutter::detect;
use declutter::dom::parse::parse_str;

/// A page with an article of real prose and `extra` beside it.
fn page(extra: &str) -> String {
    let para = "<p>The council voted on Tuesday to extend the program for another year, citing strong demand from residents, rising costs and a waiting list that has doubled since spring.</p>";
    format!(
        "<html><body><article class=\"story\">{}</article>{extra}</body></html>",
        para.repeat(8)
    )
}

/// The kinds found, with the first words of each.
fn found(html: &str) -> Vec<(Kind, String)> {
    let a = parse_str(html);
    detect(&a)
        .into_iter()
        .map(|(n, k)| (k, declutter::dom::excerpt(&a, n, 6)))
        .collect()
}

fn assert_found(extra: &str, kind: Kind, words: &str) {
    let f = found(&page(extra));
    assert!(
        f.iter().any(|(k, e)| *k == kind && e.contains(words)),
        "expected {kind:?} with {words:?}, found {f:?}"
    );
}

#[test]
fn ad_slots_by_class_and_by_label() {
    assert_found(
        r#"<div class="ad-slot" data-ad-unit="/1/x"><span>Advertisement</span></div>"#,
        Kind::Ad,
        "Advertisement",
    );
    assert_found(
        r#"<div class="box"><div>Anzeige</div></div>"#,
        Kind::Ad,
        "Anzeige",
    );
}

#[test]
fn newsletter_boxes() {
    assert_found(
        r#"<div class="newsletter-signup"><h3>Newsletter</h3><p>Subscribe now to our weekly round-up.</p><form><input type=email><button>Subscribe</button></form></div>"#,
        Kind::Newsletter,
        "Newsletter",
    );
    assert_found(
        r#"<div class="box"><p>Abonnez-vous à notre lettre</p><form><input type=email></form></div>"#,
        Kind::Newsletter,
        "Abonnez-vous",
    );
}

#[test]
fn share_and_follow_bars() {
    assert_found(
        r#"<div class="social-follow"><span>Follow us on social</span><a href="https://x.com/site">X</a><a href="https://facebook.com/site">Facebook</a></div>"#,
        Kind::Social,
        "Follow us",
    );
    assert_found(
        r#"<ul class="share-tools"><li><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share</a></li></ul>"#,
        Kind::Social,
        "Share",
    );
    assert_found(
        r#"<p class="x"><a href="https://twitter.com/site">Folgen Sie uns</a> auf Twitter</p>"#,
        Kind::Social,
        "Folgen Sie uns",
    );
}

#[test]
fn cookie_and_consent_modals() {
    assert_found(
        r#"<div class="cookie-banner" role="dialog"><p>We use cookies.</p><button>OK</button></div>"#,
        Kind::Modal,
        "We use cookies",
    );
}

#[test]
fn teaser_cards_in_four_languages() {
    for (button, lang) in [
        ("keep readingShow less", "en"),
        ("Weiterlesen", "de"),
        ("Lire la suite", "fr"),
        ("Seguir leyendo", "es"),
    ] {
        let card = |n: u32| {
            format!(
                r#"<div class="card"><img src="/{n}.jpg" alt="photo"><h2><a href="/story-{n}">Another story number {n} headline</a></h2><p>Its first lines, a teaser of a few sentences about something else entirely.</p><a href="/story-{n}">{button}</a></div>"#
            )
        };
        let f = found(&page(&format!("<section>{}{}</section>", card(1), card(2))));
        let teasers = f.iter().filter(|(k, _)| *k == Kind::Teaser).count();
        assert_eq!(teasers, 2, "{lang}: {f:?}");
    }
}

#[test]
fn rails_of_other_stories_by_heading() {
    for heading in [
        "LATEST",
        "Lesen Sie auch",
        "À lire aussi",
        "Más noticias",
        "Related stories",
    ] {
        assert_found(
            &format!(
                r#"<div class="box"><h3>{heading}</h3><ul><li><a href="/a">First other story</a></li><li><a href="/b">Second other story</a></li></ul></div>"#
            ),
            Kind::Related,
            heading,
        );
    }
}

#[test]
fn preferred_source_ctas_and_image_only_cta_links() {
    assert_found(
        r#"<div class="x"><strong>Want more of our stories on Google?</strong> <a href="https://www.google.com/preferences/source?q=site">Click here to make us a Preferred Source.</a></div>"#,
        Kind::Cta,
        "Want more of our stories",
    );
    assert_found(
        r#"<a href="https://www.google.com/preferences/source?q=site"><img src="/g.png" alt="google cta"></a>"#,
        Kind::Cta,
        "google cta",
    );
}

#[test]
fn hidden_blocks() {
    assert_found(
        r#"<div style="display: none">Hidden text</div>"#,
        Kind::Hidden,
        "Hidden text",
    );
    assert_found(
        r#"<div hidden>Also hidden</div>"#,
        Kind::Hidden,
        "Also hidden",
    );
}

#[test]
fn a_byline_named_social_is_not_a_share_bar() {
    // RebelMouse wraps the author in `social-author`: no social links, no share bar.
    let f = found(&page(
        r#"<div class="social-author"><a href="/author/kelley" rel="author">Kelley Vlahos</a></div>"#,
    ));
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn the_article_itself_is_never_clutter() {
    // A wrapper whose class says "sidebar" but which holds the article's prose.
    let html = page("").replace(
        "<article class=\"story\">",
        "<article class=\"layout-with-sidebar related\">",
    );
    assert!(found(&html).is_empty());
    let html = page("")
        .replace("<body>", "<body><div class=\"pg-right-rail-tall\">")
        .replace("</body>", "</div></body>");
    assert!(found(&html).is_empty(), "{:?}", found(&html));
}

#[test]
fn a_read_more_link_in_a_paragraph_takes_only_the_link() {
    let html = page(
        r#"<p>The report is long and detailed, and its summary runs to forty pages. <a href="/full">Read more</a></p>"#,
    );
    let f = found(&html);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0], (Kind::Teaser, "Read more".to_string()));
}

/// chip.de marks each section of a test report `TestReport__Section--Ads` (a section that
/// carries ad slots): the section's prose stays, the slot inside it goes.
#[test]
fn a_section_with_ad_slots_is_not_an_ad() {
    let section = r#"<section class="Section Section--Ads"><h2>Die Reinigung</h2><p>Der Grill lässt sich relativ einfach reinigen. Grillrost und Fett-Auffang-Blech sind aus Edelstahl und können somit in die Spülmaschine. Da die restlichen Teile ebenfalls aus Edelstahl sind, lassen sich Fett und Eingebranntes leicht mit Spülmittel und heißem Wasser rauswischen. Für hartnäckige Flecken muss man eventuell aber doch mal zu Edelstahlreiniger greifen.</p><div class="ad-slot"><span>Anzeige</span></div></section>"#;
    let f = found(&page(section));
    assert!(!f.iter().any(|(_, e)| e.contains("Die Reinigung")), "{f:?}");
    assert!(
        f.iter()
            .any(|(k, e)| *k == Kind::Ad && e.contains("Anzeige")),
        "{f:?}"
    );
}
