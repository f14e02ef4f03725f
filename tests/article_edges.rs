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
