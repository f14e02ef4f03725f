//! The clutter rules, as data: class/id tokens, ARIA roles, and phrases in
//! several languages. Each rule names the kind of clutter it finds and says
//! in one line why it holds; `tests/clutter_rules.rs` has a page for each.
//!
//! Class and id values are split into lowercase alphanumeric tokens
//! (`share-bar__item--x` → `share`, `bar`, `item`, `x`), so a rule token
//! matches a whole word, never a part (`ad` is not found in `shadow`).

use super::Kind;
use crate::wordset::WordSet;

/// How sure a token is: a strong token marks clutter whatever the block
/// holds (short of the article itself); a weak one only a block that reads
/// like clutter (little prose, many links).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strength {
    Strong,
    Weak,
}

/// Whole tokens of class or id values.
pub const TOKENS: &[(&str, Kind, Strength)] = &[
    // Ad slots: the ad network names and the words sites use for slots.
    ("ad", Kind::Ad, Strength::Strong),
    ("ads", Kind::Ad, Strength::Strong),
    ("adslot", Kind::Ad, Strength::Strong),
    ("adunit", Kind::Ad, Strength::Strong),
    ("advert", Kind::Ad, Strength::Strong),
    ("advertisement", Kind::Ad, Strength::Strong),
    ("advertising", Kind::Ad, Strength::Strong),
    ("dfp", Kind::Ad, Strength::Strong),
    ("gpt", Kind::Ad, Strength::Weak),
    ("sponsor", Kind::Ad, Strength::Weak),
    ("sponsored", Kind::Ad, Strength::Strong),
    ("outbrain", Kind::Related, Strength::Strong),
    ("taboola", Kind::Related, Strength::Strong),
    ("skyscraper", Kind::Ad, Strength::Strong),
    ("billboard", Kind::Ad, Strength::Weak),
    // Newsletter and subscription boxes.
    ("newsletter", Kind::Newsletter, Strength::Strong),
    ("newsletters", Kind::Newsletter, Strength::Strong),
    ("signup", Kind::Newsletter, Strength::Weak),
    ("subscribe", Kind::Newsletter, Strength::Weak),
    ("subscription", Kind::Newsletter, Strength::Weak),
    ("optin", Kind::Newsletter, Strength::Strong),
    ("paywall", Kind::Cta, Strength::Strong),
    // Share and follow bars.
    ("share", Kind::Social, Strength::Strong),
    ("sharing", Kind::Social, Strength::Strong),
    ("sharebar", Kind::Social, Strength::Strong),
    ("social", Kind::Social, Strength::Weak),
    ("addthis", Kind::Social, Strength::Strong),
    ("sociable", Kind::Social, Strength::Strong),
    ("follow", Kind::Social, Strength::Weak),
    // Calls to action and promos.
    ("cta", Kind::Cta, Strength::Strong),
    ("promo", Kind::Promo, Strength::Weak),
    ("promotion", Kind::Promo, Strength::Weak),
    ("donate", Kind::Cta, Strength::Weak),
    ("donation", Kind::Cta, Strength::Weak),
    // Rails of other stories.
    ("related", Kind::Related, Strength::Weak),
    ("recommended", Kind::Related, Strength::Weak),
    ("recirculation", Kind::Related, Strength::Strong),
    ("recirc", Kind::Related, Strength::Strong),
    ("teaser", Kind::Teaser, Strength::Weak),
    ("teasers", Kind::Teaser, Strength::Weak),
    ("trending", Kind::Related, Strength::Weak),
    ("popular", Kind::Related, Strength::Weak),
    ("mostread", Kind::Related, Strength::Weak),
    ("latest", Kind::Related, Strength::Weak),
    ("sidebar", Kind::Related, Strength::Weak),
    ("rail", Kind::Related, Strength::Weak),
    // Navigation and page furniture.
    ("nav", Kind::Nav, Strength::Weak),
    ("navbar", Kind::Nav, Strength::Weak),
    ("navigation", Kind::Nav, Strength::Weak),
    ("menu", Kind::Nav, Strength::Weak),
    ("breadcrumb", Kind::Nav, Strength::Weak),
    ("breadcrumbs", Kind::Nav, Strength::Weak),
    ("pagination", Kind::Nav, Strength::Weak),
    ("pager", Kind::Nav, Strength::Weak),
    ("masthead", Kind::Nav, Strength::Weak),
    ("footer", Kind::Nav, Strength::Weak),
    ("topbar", Kind::Nav, Strength::Weak),
    ("skip", Kind::Nav, Strength::Weak),
    // Modals: cookie banners, consent walls, pop-ups.
    ("modal", Kind::Modal, Strength::Strong),
    ("popup", Kind::Modal, Strength::Strong),
    ("cookie", Kind::Modal, Strength::Strong),
    ("cookies", Kind::Modal, Strength::Strong),
    ("consent", Kind::Modal, Strength::Strong),
    ("gdpr", Kind::Modal, Strength::Strong),
    // Reader comments.
    ("comment", Kind::Comments, Strength::Weak),
    ("comments", Kind::Comments, Strength::Weak),
    ("disqus", Kind::Comments, Strength::Strong),
];

/// Token prefixes for glued words (`advertisement-top`, `newsletterSignup`
/// lowercased to `newslettersignup`).
pub const PREFIXES: &[(&str, Kind, Strength)] = &[
    ("advert", Kind::Ad, Strength::Strong),
    ("adslot", Kind::Ad, Strength::Strong),
    ("adcontainer", Kind::Ad, Strength::Strong),
    ("newsletter", Kind::Newsletter, Strength::Strong),
    ("socialshare", Kind::Social, Strength::Strong),
    ("sharebutton", Kind::Social, Strength::Strong),
    ("sharetools", Kind::Social, Strength::Strong),
    ("relatedarticle", Kind::Related, Strength::Weak),
    ("relatedstor", Kind::Related, Strength::Weak),
    ("relatedpost", Kind::Related, Strength::Weak),
    ("relatedcontent", Kind::Related, Strength::Weak),
    ("morestories", Kind::Related, Strength::Weak),
    ("readmore", Kind::Teaser, Strength::Weak),
    ("cookiebanner", Kind::Modal, Strength::Strong),
    ("commentlist", Kind::Comments, Strength::Weak),
];

/// ARIA roles that are never the article.
pub const ROLES: &[(&str, Kind)] = &[
    ("navigation", Kind::Nav),
    ("menu", Kind::Nav),
    ("menubar", Kind::Nav),
    ("banner", Kind::Nav),
    ("contentinfo", Kind::Nav),
    ("complementary", Kind::Related),
    ("dialog", Kind::Modal),
    ("alertdialog", Kind::Modal),
    ("search", Kind::Nav),
];

/// Tags that are page furniture by definition.
pub const TAGS: &[(&str, Kind)] = &[("nav", Kind::Nav), ("dialog", Kind::Modal)];

/// The whole text of a link or button that opens or closes a teaser card.
pub static TEASER_BUTTONS: WordSet = WordSet::lines(
    "
    keep reading
    continue reading
    read more
    read the full story
    read full story
    read full article
    show less
    show more
    keep readingshow less
    weiterlesen
    mehr lesen
    mehr anzeigen
    weniger anzeigen
    lire la suite
    lire plus
    voir plus
    seguir leyendo
    sigue leyendo
    leer más
    ver más
    leggi tutto
    continua a leggere
",
);

/// Headings that open a rail of other stories.
pub static RAIL_HEADINGS: WordSet = WordSet::lines(
    "
    latest
    latest news
    latest stories
    related
    related stories
    related articles
    related content
    related posts
    related coverage
    more stories
    more from
    more news
    more on this
    more on this story
    most read
    most popular
    most viewed
    most shared
    popular
    popular stories
    trending
    trending now
    recommended
    recommended for you
    read next
    up next
    what to read next
    you may also like
    you might also like
    editor's picks
    top stories
    lesen sie auch
    mehr zum thema
    meistgelesen
    das könnte sie auch interessieren
    à lire aussi
    lire aussi
    les plus lus
    sur le même sujet
    te puede interesar
    más noticias
    lo más leído
    noticias relacionadas
",
);

/// Phrases that make a short block a call to action, with its kind.
/// Matched case-insensitively inside blocks of under [`SHORT_BLOCK`] chars.
pub const CTA_PHRASES: &[(&str, Kind)] = &[
    ("preferred source", Kind::Cta),
    ("add us on google", Kind::Cta),
    ("follow us on", Kind::Social),
    ("follow us", Kind::Social),
    ("share this article", Kind::Social),
    ("share this story", Kind::Social),
    ("share on facebook", Kind::Social),
    ("folgen sie uns", Kind::Social),
    ("suivez-nous", Kind::Social),
    ("síguenos", Kind::Social),
    ("sign up for our", Kind::Newsletter),
    ("subscribe to our", Kind::Newsletter),
    ("subscribe now", Kind::Newsletter),
    ("get our newsletter", Kind::Newsletter),
    ("newsletter abonnieren", Kind::Newsletter),
    ("jetzt abonnieren", Kind::Newsletter),
    ("abonnez-vous", Kind::Newsletter),
    ("inscrivez-vous à notre", Kind::Newsletter),
    ("suscríbete", Kind::Newsletter),
    ("support our journalism", Kind::Cta),
    ("become a member", Kind::Cta),
    ("already a subscriber", Kind::Cta),
    ("download our app", Kind::Cta),
    ("get the app", Kind::Cta),
];

/// Text length under which a block matching a CTA phrase is taken whole.
pub const SHORT_BLOCK: usize = 400;

/// Image alt text or file names of image-only calls to action.
pub const CTA_IMAGE_WORDS: &[&str] = &["cta"];

/// Text of a block that only labels an ad slot.
pub static AD_LABELS: WordSet = WordSet::new(
    "
    advertisement advertising sponsored anzeige publicité publicidad werbung
",
);

/// Looks up a token in [`TOKENS`], then [`PREFIXES`].
pub fn token_rule(token: &str) -> Option<(Kind, Strength)> {
    if let Some(&(_, kind, strength)) = TOKENS.iter().find(|(t, ..)| *t == token) {
        return Some((kind, strength));
    }
    PREFIXES
        .iter()
        .find(|(p, ..)| token.starts_with(p))
        .map(|&(_, kind, strength)| (kind, strength))
}

/// Tokens that mean "this is the content": they veto a weak token on the
/// same element (`article-sidebar-wrapper` stays a candidate).
pub static CONTENT_TOKENS: WordSet =
    WordSet::new("article body content main story entry post text");

/// Parts of the addresses of social networks and share intents: a "social"
/// or "follow" block is a share bar only if it links there.
pub const SOCIAL_SITES: &[&str] = &[
    "twitter.com",
    "x.com/",
    "facebook.com",
    "linkedin.com",
    "whatsapp",
    "pinterest.",
    "reddit.com",
    "t.me/",
    "instagram.com",
    "youtube.com",
    "tiktok.com",
    "threads.net",
    "bsky.app",
    "mastodon",
    "mailto:",
    "flipboard",
    "telegram",
    "vk.com",
    "/share",
    "sharer",
    "intent/tweet",
];
