//! Which subtrees of a page are clutter.
//!
//! Input: the parsed arena. Output: `(node, Kind)` for each subtree root that
//! is a promo, teaser card, CTA, ad, rail, share bar, newsletter box, modal,
//! navigation, comments or hidden, outermost first in document order.
//!
//! Two kinds of evidence, each a named rule below: the markup (`rules`:
//! class/id tokens, ARIA roles, tags) and the text (teaser buttons such as
//! "keep reading", rail headings such as "LATEST", CTA phrases such as
//! "Follow us on social" or "Preferred Source", ad labels, image-only CTA
//! links). One guard stands over all of them: a subtree that holds most of
//! the page's prose is the article, never clutter.

pub mod rules;

use serde::{Deserialize, Serialize};

use crate::dom::stats::Stats;
use crate::dom::{Arena, DOCUMENT, NodeId};
use crate::wordset::WordSet;
use rules::Strength;

/// What a removed piece of the page was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Ad,
    Promo,
    Teaser,
    Newsletter,
    Social,
    Related,
    Nav,
    Cta,
    Modal,
    Comments,
    Hidden,
}

impl Kind {
    /// Whether in-place cleaning takes this kind out of the live page.
    /// Navigation, comments and hidden nodes stay: the site needs them.
    pub fn removed_in_place(self) -> bool {
        !matches!(self, Kind::Nav | Kind::Comments | Kind::Hidden)
    }
}

/// Finds the clutter of the whole page.
pub fn detect(arena: &Arena) -> Vec<(NodeId, Kind)> {
    let stats = Stats::compute(arena, DOCUMENT);
    let ctx = Context::new(arena, &stats);
    let mut found = Vec::new();
    let mut walk = arena.descendants(arena.body());
    while let Some(id) = walk.next() {
        if !arena.is_element(id) {
            continue;
        }
        let Some((kind, strength)) = ctx.classify(id) else {
            continue;
        };
        // A weak match (a `sidebar`) that holds surer clutter inside (a
        // newsletter box, a rail) is reported as those parts instead.
        if strength == Strength::Weak && ctx.holds_other_clutter(id, kind) {
            continue;
        }
        found.push((id, kind));
        walk.skip_children(id);
    }
    found
}

/// Characters of prose no ad slot holds ([`Context::holds_prose`]).
const AD_PROSE: u32 = 300;

/// What the rules need to know about the page as a whole.
struct Context<'a> {
    arena: &'a Arena,
    stats: &'a Stats,
    /// All the prose of the page: the guard's yardstick.
    page_prose: u32,
    /// Teaser buttons in each subtree.
    teaser_buttons: Vec<u16>,
}

impl<'a> Context<'a> {
    fn new(arena: &'a Arena, stats: &'a Stats) -> Self {
        let page_prose = stats.get(arena.body()).prose;
        let mut ctx = Context {
            arena,
            stats,
            page_prose,
            teaser_buttons: Vec::new(),
        };
        ctx.teaser_buttons = Self::count_teaser_buttons(arena, &ctx);
        ctx
    }

    /// The first rule that holds for `id`, unless the guard vetoes it.
    fn classify(&self, id: NodeId) -> Option<(Kind, Strength)> {
        let tag = self.arena.tag(id);
        if matches!(tag, "body" | "html" | "main") {
            return None;
        }
        let sure = |k: Option<Kind>| k.map(|k| (k, Strength::Strong));
        let found = sure(self.hidden(id))
            .or_else(|| self.by_markup(id))
            .or_else(|| sure(self.teaser_card(id)))
            .or_else(|| sure(self.rail(id)))
            .or_else(|| sure(self.cta_block(id)))
            .or_else(|| sure(self.ad_label(id)))
            .or_else(|| sure(self.cta_image(id)))?;
        let section_with_slots = found.0 == Kind::Ad && self.holds_prose(id);
        (!section_with_slots && !self.holds_the_article(id)).then_some(found)
    }

    /// An ad slot holds no run of prose: a block marked for ads that holds
    /// paragraphs of prose is a section of the article that carries ad slots
    /// (chip.de's `TestReport__Section--Ads`); its slots are found inside.
    fn holds_prose(&self, id: NodeId) -> bool {
        self.stats.get(id).prose >= AD_PROSE
    }

    /// Whether a block holds a surer piece of clutter of another kind.
    fn holds_other_clutter(&self, id: NodeId, kind: Kind) -> bool {
        self.arena.descendants(id).skip(1).any(|d| {
            self.arena.is_element(d)
                && self
                    .classify(d)
                    .is_some_and(|(k, s)| s == Strength::Strong && k != kind)
        })
    }

    /// Guard: a subtree with over 40% of the page's prose is the article.
    fn holds_the_article(&self, id: NodeId) -> bool {
        let prose = self.stats.get(id).prose;
        prose > 500 && prose * 10 > self.page_prose * 4
    }

    /// Text of a subtree, collapsed and lowercased (only for short ones).
    fn short_text(&self, id: NodeId, max: u32) -> Option<String> {
        (self.stats.get(id).text <= max)
            .then(|| crate::dom::normalize_space(&self.arena.text_content(id)).to_lowercase())
    }

    /// Hidden: `hidden`, `aria-hidden="true"` on a block, or an inline
    /// `display:none` / `visibility:hidden` (what a reader never sees).
    fn hidden(&self, id: NodeId) -> Option<Kind> {
        let a = self.arena;
        if a.attr(id, "hidden").is_some() {
            return Some(Kind::Hidden);
        }
        let style = a
            .attr(id, "style")
            .unwrap_or("")
            .to_ascii_lowercase()
            .replace(' ', "");
        if style.contains("display:none") || style.contains("visibility:hidden") {
            return Some(Kind::Hidden);
        }
        None
    }

    /// Markup rules: tags, ARIA roles and class/id tokens (`rules.rs`).
    fn by_markup(&self, id: NodeId) -> Option<(Kind, Strength)> {
        let a = self.arena;
        let tag = a.tag(id);
        let tokens = self.token_evidence(id);
        if let Some((kind, Strength::Strong, _)) = tokens {
            return Some((kind, Strength::Strong));
        }
        if let Some(&(_, kind)) = rules::TAGS.iter().find(|(t, _)| *t == tag) {
            return Some((kind, Strength::Weak));
        }
        if let Some(role) = a.attr(id, "role") {
            let role = role.trim().to_ascii_lowercase();
            if let Some(&(_, kind)) = rules::ROLES.iter().find(|(r, _)| *r == role) {
                return Some((kind, Strength::Weak));
            }
        }
        let (kind, _, content_token) = tokens?;
        (!content_token && self.reads_like(id, kind)).then_some((kind, Strength::Weak))
    }

    /// The strongest clutter token on the element's class and id, and
    /// whether a content token (`article`, `body`, …) stands beside it.
    fn token_evidence(&self, id: NodeId) -> Option<(Kind, Strength, bool)> {
        let a = self.arena;
        let mut best: Option<(Kind, Strength)> = None;
        let mut content_token = false;
        for value in [a.attr(id, "class"), a.attr(id, "id")]
            .into_iter()
            .flatten()
        {
            for token in tokens(value) {
                if rules::CONTENT_TOKENS.contains(token.as_str()) {
                    content_token = true;
                }
                if let Some((kind, strength)) = rules::token_rule(&token)
                    && best.is_none_or(|(_, s)| s == Strength::Weak && strength == Strength::Strong)
                {
                    best = Some((kind, strength));
                }
            }
        }
        best.map(|(k, s)| (k, s, content_token))
    }

    /// A weak token is believed when the block reads like its kind: share
    /// bars link to social sites, rails and menus are mostly links, ad
    /// slots and CTAs are short, newsletter boxes have a form.
    fn reads_like(&self, id: NodeId, kind: Kind) -> bool {
        let m = self.stats.get(id);
        let linky = m.links >= 2 && m.link_density() > 0.4;
        match kind {
            Kind::Social => self.links_to_social_sites(id),
            Kind::Related | Kind::Nav | Kind::Teaser => linky || (m.links >= 1 && m.prose < 200),
            Kind::Ad => m.text < 100,
            Kind::Newsletter => m.inputs > 0 && m.prose < 600,
            Kind::Cta | Kind::Promo => (m.links > 0 || m.inputs > 0) && m.text < 500,
            Kind::Comments => m.prose < 400 || linky,
            Kind::Modal | Kind::Hidden => true,
        }
    }

    /// Whether most links of a block go to social networks or share intents.
    fn links_to_social_sites(&self, id: NodeId) -> bool {
        let a = self.arena;
        let hrefs: Vec<&str> = a
            .descendants(id)
            .filter_map(|d| {
                if a.tag(d) == "a" {
                    a.attr(d, "href")
                } else {
                    None
                }
            })
            .collect();
        let social = hrefs
            .iter()
            .filter(|h| rules::SOCIAL_SITES.iter().any(|s| h.contains(s)))
            .count();
        social > 0 && social * 2 >= hrefs.len()
    }

    /// Teaser card: the largest block around one "keep reading" / "Show
    /// less" / "Read more" button that is short and has a headline or image
    /// (the seed page's cards of other stories); a lone button otherwise.
    fn teaser_card(&self, id: NodeId) -> Option<Kind> {
        if self.teaser_buttons[id as usize] != 1 {
            return None;
        }
        if self.is_teaser_button(id) {
            return Some(Kind::Teaser);
        }
        if !self.looks_like_card(id) {
            return None;
        }
        let parent_is_card = self
            .arena
            .parent(id)
            .is_some_and(|p| self.teaser_buttons[p as usize] == 1 && self.looks_like_card(p));
        (!parent_is_card).then_some(Kind::Teaser)
    }

    fn is_teaser_button(&self, id: NodeId) -> bool {
        matches!(self.arena.tag(id), "a" | "button" | "span" | "div" | "p")
            && self.short_text(id, 40).is_some_and(|t| {
                rules::TEASER_BUTTONS
                    .contains(t.trim_end_matches(['›', '»', '→', '>', '.', ' ', '…']))
            })
    }

    /// How many teaser buttons each subtree holds (a button inside a
    /// button counts once).
    fn count_teaser_buttons(arena: &Arena, ctx: &Context) -> Vec<u16> {
        let mut counts = vec![0u16; arena.len()];
        let mut walk = arena.descendants(arena.body());
        while let Some(d) = walk.next() {
            if arena.is_element(d) && ctx.is_teaser_button(d) {
                walk.skip_children(d);
                counts[d as usize] = 1;
                for a in arena.ancestors(d) {
                    counts[a as usize] = counts[a as usize].saturating_add(1);
                }
            }
        }
        counts
    }

    /// A card is short, carries a headline (a heading, an image or a link
    /// of three words or more), and is not the bulk of the page's prose.
    fn looks_like_card(&self, id: NodeId) -> bool {
        let m = self.stats.get(id);
        let short = m.text < 1500 && (m.prose * 10 <= self.page_prose * 3 || m.prose < 300);
        short
            && !matches!(self.arena.tag(id), "body" | "main")
            && (m.headings > 0 || m.images > 0 || m.links >= 2)
    }

    /// A rail of other stories: a short heading such as "LATEST" or
    /// "Related" over a block that is mostly links.
    fn rail(&self, id: NodeId) -> Option<Kind> {
        let a = self.arena;
        let heading = a.element_children(id).find(|&c| self.is_rail_heading(c))?;
        let m = self.stats.get(id);
        let rest_links = m
            .link_text
            .saturating_sub(self.stats.get(heading).link_text);
        (m.links >= 2
            && (m.link_density() > 0.3
                || rest_links * 2 > m.text.saturating_sub(self.stats.get(heading).text))
            || m.prose < 200)
            .then_some(Kind::Related)
    }

    fn is_rail_heading(&self, id: NodeId) -> bool {
        let tag = self.arena.tag(id);
        let heading_like = ({
            static WORDS: WordSet = WordSet::new("h1 h2 h3 h4 h5 h6 header strong");
            WORDS.contains(tag)
        }) || (matches!(tag, "div" | "span" | "p")
            && self
                .arena
                .attr(id, "class")
                .is_some_and(|c| c.contains("title") || c.contains("head")));
        heading_like
            && self.short_text(id, 60).is_some_and(|t| {
                rules::RAIL_HEADINGS.contains(t.trim_end_matches([':', ' ', '›', '»']))
            })
    }

    /// A short block carrying a CTA phrase ("Follow us on social",
    /// "Click here to make us a Preferred Source", "Subscribe now").
    fn cta_block(&self, id: NodeId) -> Option<Kind> {
        let a = self.arena;
        if !({
            static WORDS: WordSet =
                WordSet::new("div section aside form p li ul span footer header");
            WORDS.contains(a.tag(id))
        }) {
            return None;
        }
        let text = self.short_text(id, rules::SHORT_BLOCK as u32)?;
        let &(_, kind) = rules::CTA_PHRASES.iter().find(|(p, _)| text.contains(p))?;
        // Prose that merely mentions the phrase is not a CTA: the block must
        // act (a link, button or form) or be led by the phrase.
        let m = self.stats.get(id);
        let acts = m.links > 0 || m.inputs > 0;
        let led = rules::CTA_PHRASES.iter().any(|(p, _)| text.starts_with(p));
        (acts || led).then_some(kind)
    }

    /// A block whose only text is "Advertisement" (an ad slot's label).
    fn ad_label(&self, id: NodeId) -> Option<Kind> {
        let text = self.short_text(id, 20)?;
        rules::AD_LABELS.contains(text.as_str()).then_some(Kind::Ad)
    }

    /// A link whose only content is an image named as a CTA ("google cta").
    fn cta_image(&self, id: NodeId) -> Option<Kind> {
        let a = self.arena;
        if a.tag(id) != "a" || self.stats.get(id).text > 0 {
            return None;
        }
        let img = a.descendants(id).find(|&d| a.tag(d) == "img")?;
        let named = [a.attr(img, "alt"), a.attr(img, "src")]
            .into_iter()
            .flatten()
            .any(|v| tokens(v).any(|t| rules::CTA_IMAGE_WORDS.contains(&t.as_str())));
        named.then_some(Kind::Cta)
    }
}

/// Lowercase alphanumeric tokens of a class or id value.
pub fn tokens(value: &str) -> impl Iterator<Item = String> + '_ {
    value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(|t| t.to_ascii_lowercase())
}
