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
