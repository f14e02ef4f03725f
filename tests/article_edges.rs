//! Real pages whose markup trips Readability's class rules: the article must
//! survive whole, the reader comments and the comment form must not.

mod common;

use declutter::{Options, clean_html};

/// A WordPress post on the Avada theme (moritz-meyer.net, a trafilatura test page). Its text
/// sits in `fusion-fullwidth … non-hundred-percent-height-scrolling`, which Readability's
/// negative word `scroll` condemns; a long thread of reader comments and a German comment
/// form ("Hinterlassen Sie einen Kommentar") follow the post.
#[test]
fn a_post_in_a_wrapper_named_scrolling_is_kept_without_its_comments() {
    let article = clean_html(&common::fixture("avada-post.html"), &Options::default()).unwrap();
    let text = &article.text;
    assert!(text.contains("Das “Vreni-Frost-Urteil” hat die gesamte Influencer-Branche"));
    assert!(text.contains("Den Nutzer interessiert am Ende nur eins: Ist Geld geflossen"));
    // Reader comments and the comment form's heading.
    assert!(!text.contains("abwarten und Tee trinken"), "{text}");
    assert!(!text.contains("LG Steffi"), "{text}");
    assert!(!text.contains("Hinterlassen Sie einen Kommentar"), "{text}");
}

/// A product test on chip.de (a trafilatura test page): every section of the report is a
/// `<section class="TestReport__Section TestReport__Section--Ads">`, a section that carries ad
/// slots. Taken for ads, the whole report went and only the byline was left.
#[test]
fn sections_marked_for_ad_slots_keep_their_prose() {
    let article = clean_html(
        &common::fixture("chip-test-report.html"),
        &Options::default(),
    )
    .unwrap();
    let text = &article.text;
    assert!(text.contains("Das Besondere an dem Beef Maker ist, dass die Hitze von oben kommt."));
    assert!(text.contains("Der Beef Maker lässt sich relativ einfach reinigen."));
    assert!(text.contains("Das Aldi-Angebot von 149 Euro ist wirklich spitze."));
    assert!(!text.contains("Newsletter-Service"), "{text}");
}

/// telemedicus.info writes its review as bare text between `<br>`s in `<section class="body">`,
/// under the page's `<h1>`. The `<h2>` after the first run of text is a section heading, not a
/// deck under the headline, and stays.
#[test]
fn a_heading_after_a_bare_text_paragraph_is_not_the_deck() {
    let lead = "Das Internet, ein rechtsfreier Raum? Diese Mär wird mit Erscheinen des neuen Buches endgültig ins Reich der Mythen verbannt. Das Internetrecht zählt nicht nur an vielen Universitäten zum festen Bestandteil des Lehrplans.";
    let run = "Das Internetrecht ist eine Querschnittmaterie: Es umfasst neben urheber- und datenschutzrechtlichen Fragen auch eher banal anmutende Fragen des Kaufvertrags- und Fernabsatzrechts, außerdem das Domainrecht.";
    let html = format!(
        r#"<html><head><title>Rezension: Internetrecht</title></head><body><section id="content"><article class="entry">
        <h1 class="entry-title">Rezension: Internetrecht</h1>
        <section class="body">{lead}<br><div style="clear:both;"></div><br><br>
        <h2>Aufbau und Inhalt</h2><br>{run}<br><br>{run}<br><br>{run}</section></article></section></body></html>"#
    );
    let article = clean_html(html.as_bytes(), &Options::default()).unwrap();
    assert!(
        article.text.contains("Aufbau und Inhalt"),
        "{}",
        article.text
    );
    assert!(
        !article.text.contains("Rezension: Internetrecht"),
        "{}",
        article.text
    );
}
