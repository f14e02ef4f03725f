//! The seed page: a RebelMouse-style news page (tests/fixtures/seed.html,
//! built from the scrape in shared/seed-article.txt) with "Follow us on
//! social", "google cta" images, a "Reporting | QiOSK" row, teaser cards of
//! other stories with "keep reading" / "Show less", a "Preferred Source"
//! CTA, a "LATEST" rail and a newsletter box. Every article paragraph must
//! be kept, in order, and none of the clutter.

mod common;

use declutter::{Kind, Options, clean_html};

/// The article's paragraphs, as the reader sees them.
const PARAGRAPHS: &[&str] = &[
    "On Wednesday, a Ukrainian delegation led by Defense Minister Rustem Umerov met with South Korean officials",
    "During a previous meeting in October, Ukrainian President Volodomir Zelenskyy said he planned",
    "So far, South Korea has participated in sanctions against Moscow",
    "South Koreans have been resistant to sending weapons to Ukraine. According to a Gallup poll, 82% of the public",
    "“This kind of alleged collaboration between Russia and the DPRK only poses a concern for Seoul",
    "He adds, “under the circumstances, Seoul has little to gain from radically upending",
    "For its part, Moscow has responded harshly to the possibility of South Korea supplying Kyiv with arms.",
    "said Russian Deputy Foreign Minister Andrey Rudenko.",
    "Neither Seoul nor Kyiv have commented on whether any agreements were made",
    "Other Ukraine News This Week:",
    "Reuters reports that Ukraine launched American-supplied ATACMS twice in the last week.",
    "A record-breaking 188 drones were launched by Russia on Tuesday.",
    "An analysis of Russia’s Oreshnik missile indicates that it was potentially not loaded",
    "Even though the missile was seemingly minimally armed, the Times reported that “Nick Brown",
    "Russian state media claims that the Kremlin complied with a 1988 ballistic missile agreement",
    "According to Reuters, North Korea has begun to expand a plant that makes Russian-used missiles.",
    "The Financial Times reported that Russia has recruited potentially hundreds of Yemeni nationals",
    "The Houthi government and Moscow have been working to deepen relations and secure contracts",
    "According to FT, many of the recruits had no military training",
    "From State Department Briefing on Nov. 25",
    "Spokesperson Matthew Miller said reports about Yemeni nationals being recruited",
    "Miller also said that any deterioration of relations between North and South Korea and Russia",
    "Miller did not have any comment on the reports that some European officials were discussing",
];

/// Clutter phrases and teaser text that must not remain.
const CLUTTER: &[&str] = &[
    "Follow us on social",
    "google cta",
    "Reporting | QiOSK",
    "QiOSK",
    "keep reading",
    "Show less",
    "Preferred Source",
    "Want more of our stories on Google?",
    "LATEST",
    "QIOSK",
    "Newsletter",
    "Subscribe now",
    "We must abandon the failed policy",
    "We’re not looking for regime change",
    "Toxic exposure during military service",
    "accumulates quietly over years",
    "American forces invaded Panama",
    "Vietnam syndrome",
    "Top photo credit",
    "Mapping toxic exposure",
    "make regime change great again",
    "Advertisement",
    "We use cookies",
    "Hegseth tells Congress",
];

fn article() -> declutter::Article {
    let options = Options {
        url: Some("https://responsiblestatecraft.org/diplomacy-watch-south-korea-ukraine/".into()),
        ..Options::default()
    };
    clean_html(&common::fixture("seed.html"), &options).expect("the seed page cleans")
}

#[test]
fn every_article_paragraph_is_kept_in_order() {
    let a = article();
    let mut from = 0;
    for p in PARAGRAPHS {
        let at = a.text[from..]
            .find(p)
            .unwrap_or_else(|| panic!("missing or out of order: {p}\n---\n{}", a.text));
        from += at + p.len();
    }
}

#[test]
fn no_clutter_remains_in_text_html_or_markdown() {
    let a = article();
    for phrase in CLUTTER {
        for (name, out) in [
            ("text", &a.text),
            ("content_html", &a.content_html),
            ("markdown", &a.markdown),
        ] {
            assert!(!out.contains(phrase), "{name} still has clutter {phrase:?}");
        }
    }
}

#[test]
fn the_removals_name_what_they_were() {
    let a = article();
    let kinds: Vec<Kind> = a.removed.iter().map(|r| r.kind).collect();
    for kind in [
        Kind::Teaser,
        Kind::Cta,
        Kind::Social,
        Kind::Newsletter,
        Kind::Related,
        Kind::Ad,
    ] {
        assert!(kinds.contains(&kind), "no {kind:?} among {:?}", a.removed);
    }
    let teasers = a.removed.iter().filter(|r| r.kind == Kind::Teaser).count();
    assert_eq!(teasers, 3, "three teaser cards: {:?}", a.removed);
    assert!(a.readerable);
}
