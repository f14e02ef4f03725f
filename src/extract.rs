//! Which subtree is the article, and what inside it is clutter.
//!
//! Input: the arena (which this stage edits), the page's clutter from
//! `clutter::detect`, and the page metadata. Output: [`Extracted`], the root
//! of the article subtree (a new `<div>` holding what was kept), the clutter
//! taken out, and whether the page reads as an article at all.
//!
//! The method is Readability's, which has stood up on millions of pages,
//! with our clutter rules run first:
//! 1. take out the page's clutter, hidden nodes, the second copy of blocks
//!    shipped once per screen size (`responsive`), and blocks whose class or
//!    id says they are unlikely to be content;
//! 2. score paragraphs (length, commas) and pass the score up to their
//!    parents and grandparents, weighted by tag and class;
//! 3. the best-scoring block (scaled by 1 − link density) is the article;
//!    climb to a common ancestor when several top blocks share it, then
//!    gather its siblings that score well or read like paragraphs;
//! 4. clean inside: drop forms, link lists, image galleries and other
//!    blocks that look like clutter by their structure.
//!
//! If that leaves too little text, it runs again with the strictest steps
//! relaxed and keeps the longest result.

mod responsive;

use crate::clutter::{Kind, tokens};
use crate::dom::stats::Stats;
use crate::dom::{Arena, DOCUMENT, NodeData, NodeId, Step, Walk, normalize_space};
use crate::metadata::Metadata;
use crate::wordset::WordSet;

pub struct Extracted {
    pub root: NodeId,
    pub removed: Vec<(NodeId, Kind)>,
    pub readerable: bool,
}

/// Text below which an extraction is retried with looser rules.
const CHAR_THRESHOLD: usize = 500;

/// Which of the stricter steps run; the retries switch them off in turn.
#[derive(Clone, Copy)]
struct Flags {
    strip_unlikely: bool,
    weight_classes: bool,
    clean_conditionally: bool,
}

pub fn extract(arena: &mut Arena, clutter: &[(NodeId, Kind)], meta: &Metadata) -> Extracted {
    for &(node, _) in clutter {
        arena.detach(node);
    }
    responsive::drop_duplicates(arena);
    let removed: Vec<(NodeId, Kind)> = clutter
        .iter()
        .filter(|(_, k)| *k != Kind::Hidden)
        .copied()
        .collect();
    let readerable = is_readerable(arena);
    let pristine = arena.clone();
    let mut attempts = [
        Flags {
            strip_unlikely: true,
            weight_classes: true,
            clean_conditionally: true,
        },
        Flags {
            strip_unlikely: false,
            weight_classes: true,
            clean_conditionally: true,
        },
        Flags {
            strip_unlikely: false,
            weight_classes: false,
            clean_conditionally: true,
        },
        Flags {
            strip_unlikely: false,
            weight_classes: false,
            clean_conditionally: false,
        },
    ]
    .into_iter();
    let mut best: Option<(Arena, NodeId, usize)> = None;
    let first = attempts.next().unwrap_or(Flags {
        strip_unlikely: true,
        weight_classes: true,
        clean_conditionally: true,
    });
    let mut flags = Some(first);
    while let Some(f) = flags {
        let mut work = if best.is_none() {
            std::mem::take(arena)
        } else {
            pristine.clone()
        };
        let root = grab_article(&mut work, f, meta);
        let len = text_len(&work, root);
        if best.as_ref().is_none_or(|(_, _, l)| len > *l) {
            best = Some((work, root, len));
        }
        if len >= CHAR_THRESHOLD {
            break;
        }
        flags = attempts.next();
    }
    let (work, root, _) = best.unwrap_or_else(|| (pristine.clone(), DOCUMENT, 0));
    *arena = work;
    Extracted {
        root,
        removed,
        readerable,
    }
}

/// Length of the text a reader would see (no script or caption).
fn text_len(arena: &Arena, root: NodeId) -> usize {
    Stats::compute(arena, root).get(root).text as usize
}

/// One extraction attempt; returns the new article root.
fn grab_article(arena: &mut Arena, flags: Flags, meta: &Metadata) -> NodeId {
    let body = arena.body();
    prepare(arena, body, flags);
    let stats = Stats::compute(arena, DOCUMENT);
    let mut scores = Scores::new(arena.len());
    score_paragraphs(arena, body, &stats, &mut scores, flags);
    let top = pick_top_candidate(arena, body, &mut scores);
    let root = gather_siblings(arena, top, &stats, &scores);
    clean_article(arena, root, flags, meta);
    root
}

// ---------------------------------------------------------------------------
// Step 1: preparation

/// Readability's "unlikely candidate" words: a block whose class or id has
/// one (and no "maybe content" word) is dropped before scoring.
const UNLIKELY: &[&str] = &[
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumbs",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
];
const MAYBE_CANDIDATE: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
];

/// Tags that make a `<div>` a block container rather than a paragraph.
fn is_block_child(tag: &str) -> bool {
    {
        static WORDS: WordSet = WordSet::new(
            "
            a blockquote dl div img ol p pre table ul section article figure h1 h2 h3 h4 h5
            h6 aside header footer form video picture iframe
        ",
        );
        WORDS.contains(tag)
    }
}

/// Phrasing content: inline elements that may sit inside a paragraph.
static PHRASING: WordSet = WordSet::new(concat!(
    "abbr audio b bdo br button cite code data datalist dfn em embed i img input kbd label mark ",
    "math meter noscript object output progress q ruby samp script select small span strong sub ",
    "sup textarea time var wbr a del ins font u s strike tt big ",
));

fn is_phrasing(arena: &Arena, id: NodeId) -> bool {
    match &arena.node(id).data {
        NodeData::Text(_) => true,
        NodeData::Element(e) => PHRASING.contains(&e.name),
        NodeData::Document => false,
    }
}

/// Drops unlikely blocks, empty shells, and turns `<div>`s that hold only
/// text into paragraphs (and wraps loose text runs of other divs), so
/// scoring sees the paragraphs a reader sees.
fn prepare(arena: &mut Arena, body: NodeId, flags: Flags) {
    let mut cur = arena.first_child(body);
    while let Some(id) = cur {
        let skip = arena.next_skipping_children(id, body);
        if !arena.is_element(id) {
            cur = skip;
            continue;
        }
        let tag = arena.tag(id).to_string();
        // JSON-LD has been read by `metadata`; it is not article content.
        let drop = tag == "script"
            || (flags.strip_unlikely && is_unlikely(arena, id, &tag))
            || (({
                static WORDS: WordSet = WordSet::new("div section header h1 h2 h3 h4 h5 h6");
                WORDS.contains(tag.as_str())
            }) && is_empty_shell(arena, id));
        if drop {
            arena.detach(id);
            cur = skip;
            continue;
        }
        if tag == "div" {
            div_to_paragraphs(arena, id);
        }
        cur = arena
            .first_child(id)
            .or_else(|| arena.next_skipping_children(id, body));
    }
}

fn is_unlikely(arena: &Arena, id: NodeId, tag: &str) -> bool {
    let res = matches!(tag, "body" | "a" | "html" | "article" | "main");
    if res {
        return false;
    }
    let class_id = format!(
        "{} {}",
        arena.attr(id, "class").unwrap_or(""),
        arena.attr(id, "id").unwrap_or("")
    )
    .to_ascii_lowercase();
    if class_id.trim().is_empty() {
        return false;
    }
    let unlikely = UNLIKELY.iter().any(|w| class_id.contains(w));
    let maybe = MAYBE_CANDIDATE.iter().any(|w| class_id.contains(w));
    unlikely
        && !maybe
        && !arena
            .ancestors(id)
            .any(|a| matches!(arena.tag(a), "table" | "code"))
}

/// A block with no text and nothing to show (no image, video or embed).
fn is_empty_shell(arena: &Arena, id: NodeId) -> bool {
    !arena.descendants(id).any(|d| match &arena.node(d).data {
        NodeData::Text(t) => !t.trim().is_empty(),
        NodeData::Element(e) => {
            static WORDS: WordSet = WordSet::new("img picture video iframe embed object br hr");
            WORDS.contains(e.name.as_str())
        }
        NodeData::Document => false,
    })
}

/// A `<div>` with no block children becomes a `<p>`; a `<div>` with some
/// gets its loose phrasing runs wrapped in `<p>`.
fn div_to_paragraphs(arena: &mut Arena, div: NodeId) {
    let has_block = arena
        .children(div)
        .any(|c| arena.element(c).is_some_and(|e| is_block_child(&e.name)));
    if !has_block {
        if let Some(e) = arena.element_mut(div) {
            e.name = "p".into();
        }
        return;
    }
    let children: Vec<NodeId> = arena.children(div).collect();
    let mut wrapper: Option<NodeId> = None;
    for child in children {
        if is_phrasing(arena, child) {
            let blank = arena.text(child).is_some_and(|t| t.trim().is_empty());
            match wrapper {
                Some(p) => arena.append(p, child),
                None if blank => {}
                None => {
                    let p = arena.create(NodeData::Element(crate::dom::Element {
                        name: "p".into(),
                        attrs: vec![],
                    }));
                    arena.insert_before(child, p);
                    arena.append(p, child);
                    wrapper = Some(p);
                }
            }
        } else {
            wrapper = None;
        }
    }
}

// ---------------------------------------------------------------------------
// Step 2: scoring

struct Scores {
    score: Vec<f32>,
    initialized: Vec<bool>,
    candidates: Vec<NodeId>,
}

impl Scores {
    fn new(len: usize) -> Scores {
        Scores {
            score: vec![0.0; len],
            initialized: vec![false; len],
            candidates: Vec::new(),
        }
    }
    fn get(&self, id: NodeId) -> Option<f32> {
        self.initialized[id as usize].then(|| self.score[id as usize])
    }
}

/// Readability's class words: content-ish classes add 25, clutter-ish
/// classes take 25 away.
const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
];
const POSITIVE: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
];

fn class_weight(arena: &Arena, id: NodeId, flags: Flags) -> f32 {
    if !flags.weight_classes {
        return 0.0;
    }
    let mut w = 0.0;
    for value in [arena.attr(id, "class"), arena.attr(id, "id")]
        .into_iter()
        .flatten()
    {
        let v = value.to_ascii_lowercase();
        if v.is_empty() {
            continue;
        }
        if NEGATIVE.iter().any(|n| v.contains(n)) || v.split_whitespace().any(|t| t == "hid") {
            w -= 25.0;
        }
        if POSITIVE.iter().any(|p| v.contains(p)) {
            w += 25.0;
        }
    }
    w
}

/// A block's own starting score, by what its tag usually holds.
fn tag_score(tag: &str) -> f32 {
    match tag {
        "div" | "article" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// Semantic hints: `<article>`, `itemprop=articleBody`, `role=main` mark
/// where publishers say the article is.
fn semantic_bonus(arena: &Arena, id: NodeId) -> f32 {
    let mut b = 0.0;
    if arena
        .attr(id, "itemprop")
        .is_some_and(|v| v.contains("articleBody"))
    {
        b += 30.0;
    }
    if arena.tag(id) == "article" {
        b += 10.0;
    }
    b
}

fn init_node(arena: &Arena, id: NodeId, scores: &mut Scores, flags: Flags) {
    if scores.initialized[id as usize] {
        return;
    }
    scores.initialized[id as usize] = true;
    scores.score[id as usize] =
        tag_score(arena.tag(id)) + class_weight(arena, id, flags) + semantic_bonus(arena, id);
    scores.candidates.push(id);
}

fn is_scored_tag(tag: &str) -> bool {
    {
        static WORDS: WordSet = WordSet::new("p td pre section h2 h3 h4 h5 h6");
        WORDS.contains(tag)
    }
}

/// Each paragraph of 25+ chars scores 1 + its commas + 1 per 100 chars
/// (max 3); its parent gets the score, the grandparent half, further
/// ancestors a third divided by the level.
fn score_paragraphs(arena: &Arena, body: NodeId, stats: &Stats, scores: &mut Scores, flags: Flags) {
    let paragraphs: Vec<NodeId> = arena
        .descendants(body)
        .filter(|&d| is_scored_tag(arena.tag(d)))
        .collect();
    for p in paragraphs {
        let m = stats.get(p);
        if m.text < 25 || arena.parent(p).is_none() {
            continue;
        }
        let score = 1.0 + m.commas as f32 + (m.text as f32 / 100.0).floor().min(3.0);
        for (level, anc) in arena.ancestors(p).take(5).enumerate() {
            if !arena.is_element(anc) || arena.tag(anc) == "html" {
                break;
            }
            init_node(arena, anc, scores, flags);
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            scores.score[anc as usize] += score / divider;
        }
    }
    for &c in &scores.candidates {
        let ld = stats.get(c).link_density();
        scores.score[c as usize] *= 1.0 - ld;
    }
}

// ---------------------------------------------------------------------------
// Step 3: the article block and its siblings

fn pick_top_candidate(arena: &mut Arena, body: NodeId, scores: &mut Scores) -> NodeId {
    // Best first; equal scores in candidate order (the index breaks ties).
    let mut ranked: Vec<(usize, NodeId)> = scores.candidates.iter().copied().enumerate().collect();
    ranked.sort_unstable_by(|&(i, a), &(j, b)| {
        scores.score[b as usize]
            .total_cmp(&scores.score[a as usize])
            .then(i.cmp(&j))
    });
    let mut ranked: Vec<NodeId> = ranked.into_iter().map(|(_, id)| id).collect();
    ranked.truncate(5);
    let Some(&first) = ranked.first() else {
        return body;
    };
    if first == body || arena.tag(first) == "html" {
        return body;
    }
    let mut top = first;
    let top_score = scores.score[top as usize];

    // Several strong candidates under one ancestor: the ancestor is the article.
    let alternatives: Vec<Vec<NodeId>> = ranked[1..]
        .iter()
        .filter(|&&c| top_score > 0.0 && scores.score[c as usize] / top_score >= 0.75)
        .map(|&c| arena.ancestors(c).collect())
        .collect();
    if alternatives.len() >= 3 {
        let mut p = arena.parent(top);
        while let Some(anc) = p {
            if anc == body || !arena.is_element(anc) {
                break;
            }
            if alternatives.iter().filter(|l| l.contains(&anc)).count() >= 3 {
                top = anc;
                break;
            }
            p = arena.parent(anc);
        }
    }

    // Climb while the parent scores higher (content split across wrappers).
    let mut last = scores.get(top).unwrap_or(0.0);
    let threshold = last / 3.0;
    let mut p = arena.parent(top);
    while let Some(anc) = p {
        if anc == body || !arena.is_element(anc) {
            break;
        }
        if let Some(s) = scores.get(anc) {
            if s < threshold {
                break;
            }
            if s > last {
                top = anc;
                break;
            }
            last = s;
        }
        p = arena.parent(anc);
    }

    // An only child stands for its parent.
    while let Some(parent) = arena.parent(top) {
        if parent == body
            || !arena.is_element(parent)
            || arena.element_children(parent).count() != 1
        {
            break;
        }
        top = parent;
    }
    top
}

/// Gathers the top block and the siblings that belong with it into a new
/// `<div>`, which becomes the article root.
fn gather_siblings(arena: &mut Arena, top: NodeId, stats: &Stats, scores: &Scores) -> NodeId {
    let root = arena.create(NodeData::Element(crate::dom::Element {
        name: "div".into(),
        attrs: vec![],
    }));
    let Some(parent) = arena.parent(top).filter(|_| arena.tag(top) != "body") else {
        // The whole body: move its children.
        let children: Vec<NodeId> = arena.children(top).collect();
        for c in children {
            arena.append(root, c);
        }
        return root;
    };
    let top_score = scores.get(top).unwrap_or(0.0);
    let threshold = (top_score * 0.2).max(10.0);
    let top_class = arena.attr(top, "class").unwrap_or("").to_string();
    let siblings: Vec<NodeId> = arena
        .children(parent)
        .filter(|&c| arena.is_element(c))
        .collect();
    for sib in siblings {
        let keep = sib == top || {
            let bonus =
                if !top_class.is_empty() && arena.attr(sib, "class") == Some(top_class.as_str()) {
                    top_score * 0.2
                } else {
                    0.0
                };
            match scores.get(sib) {
                Some(s) if s + bonus >= threshold => true,
                _ => arena.tag(sib) == "p" && reads_like_paragraph(arena, sib, stats),
            }
        };
        if keep {
            arena.append(root, sib);
        }
    }
    root
}

/// A sibling paragraph belongs to the article if it is long with few
/// links, or short, link-free and ends a sentence.
fn reads_like_paragraph(arena: &Arena, id: NodeId, stats: &Stats) -> bool {
    let m = stats.get(id);
    let ld = m.link_density();
    if m.text > 80 {
        return ld < 0.25;
    }
    if m.text == 0 || ld > 0.0 {
        return false;
    }
    let text = normalize_space(&arena.text_content(id));
    text.ends_with('.') || text.contains(". ")
}

// ---------------------------------------------------------------------------
// Step 4: cleaning inside the article

fn clean_article(arena: &mut Arena, root: NodeId, flags: Flags, meta: &Metadata) {
    remove_tags(
        arena,
        root,
        &[
            "object", "embed", "footer", "link", "aside", "iframe", "input", "textarea", "select",
            "button", "form", "fieldset", "nav",
        ],
    );
    remove_share_blocks(arena, root);
    if flags.clean_conditionally {
        let stats = Stats::compute(arena, root);
        clean_conditionally(arena, root, &stats, flags);
    }
    remove_empty_paragraphs(arena, root);
    let stats = Stats::compute(arena, root);
    remove_link_paragraphs(arena, root, &stats);
    remove_article_furniture(arena, root, &stats);
    remove_head_zone(arena, root, &stats, meta);
}

/// Class/id words of the furniture around an article's text: bylines,
/// datelines, decks, captions and photo credits.
const FURNITURE: &[&str] = &[
    "byline",
    "author",
    "authors",
    "dateline",
    "timestamp",
    "pubdate",
    "published",
    "updated",
    "posted",
    "date",
    "writtenby",
    "dek",
    "deck",
    "standfirst",
    "strapline",
    "kicker",
    "subtitle",
    "subheadline",
    "credit",
    "credits",
    "caption",
    "tags",
    "tag",
    "categories",
    "meta",
];

/// Byline, date, deck, caption and credit blocks (short, and named so by
/// their class or id): reader furniture, not article text.
fn remove_article_furniture(arena: &mut Arena, root: NodeId, stats: &Stats) {
    detach_where(arena, root, |arena, d| {
        // Blocks only: an inline `<a class="meta-org">Verizon</a>` is text.
        d != root
            && !matches!(arena.tag(d), "figure" | "figcaption" | "p")
            && !is_phrasing(arena, d)
            && stats.get(d).text < 200
            && has_token(arena, d, FURNITURE)
    });
}

fn has_token(arena: &Arena, id: NodeId, words: &[&str]) -> bool {
    [
        arena.attr(id, "class"),
        arena.attr(id, "id"),
        arena.attr(id, "itemprop"),
        arena.attr(id, "rel"),
    ]
    .into_iter()
    .flatten()
    .any(|v| tokens(v).any(|t| words.contains(&t.as_str())))
}

/// Phrases that open a promo link to another story inside an article
/// ("READ MORE: China plague outbreak confirmed").
const PROMO_PREFIXES: &[&str] = &[
    "read more",
    "see more",
    "related",
    "read also",
    "also read",
    "more:",
    "watch:",
    "listen:",
    "don't miss",
    "don’t miss",
    "recommended",
    "lesen sie auch",
    "mehr zum thema",
    "lire aussi",
    "à lire aussi",
    "lee también",
    "te puede interesar",
    "click here",
];

/// A paragraph that is all link ("TAYLOR SWIFT CLEARED TO PERFORM…") or a
/// "READ MORE:" line is a promo for another story.
fn remove_link_paragraphs(arena: &mut Arena, root: NodeId, stats: &Stats) {
    detach_where(arena, root, |arena, d| {
        if !matches!(arena.tag(d), "p" | "h2" | "h3" | "h4" | "li" | "div") {
            return false;
        }
        let m = stats.get(d);
        if m.text == 0 || m.text > 250 {
            return false;
        }
        let all_link = m.link_density() > 0.9 && m.text > 20 && arena.tag(d) != "li";
        all_link || {
            let text = normalize_space(&arena.text_content(d)).to_lowercase();
            m.link_density() > 0.3 && PROMO_PREFIXES.iter().any(|p| text.starts_with(p))
        }
    });
}

/// Characters from which a block of text is a real paragraph, ending the head zone.
const HEAD_ZONE_PARAGRAPH: usize = 150;

/// Before the first real paragraph, an article page shows its headline,
/// deck, byline, date and lead-image caption: a reader view shows those as
/// metadata, so they leave the text. Real paragraphs are never touched.
fn remove_head_zone(arena: &mut Arena, root: NodeId, stats: &Stats, meta: &Metadata) {
    let mut doomed = Vec::new();
    let mut seen_headline = false;
    let mut walk = arena.descendants(root);
    while let Some(d) = walk.next() {
        // A paragraph written as bare text between `<br>`s is a real paragraph too
        // (telemedicus.info: the `<h2>` after it is a section heading, not a deck).
        if arena
            .text(d)
            .is_some_and(|t| t.trim().chars().count() >= HEAD_ZONE_PARAGRAPH)
        {
            break;
        }
        if d == root || !arena.is_element(d) {
            continue;
        }
        let m = stats.get(d);
        let tag = arena.tag(d);
        if tag == "p" && m.text >= HEAD_ZONE_PARAGRAPH as u32 && m.link_density() < 0.5 {
            break;
        }
        if m.prose >= HEAD_ZONE_PARAGRAPH as u32 {
            continue; // a wrapper of the first paragraph: look inside
        }
        // The headline (an `<h1>`, or the title repeated), then the deck
        // (an `<h2>` right under it), bylines and datelines.
        let headline = tag == "h1" || (matches!(tag, "h2" | "p") && is_title(arena, d, meta));
        let deck = tag == "h2" && seen_headline;
        let dateline = m.text > 0
            && m.text < 160
            && looks_like_dateline(&normalize_space(&arena.text_content(d)));
        if headline || deck || dateline {
            seen_headline |= headline;
            doomed.push(d);
            walk.skip_children(d);
        }
    }
    for d in doomed {
        arena.detach(d);
    }
}

/// Whether a block repeats the page title: its whole text is most of the
/// title (which may carry a site suffix).
fn is_title(arena: &Arena, id: NodeId, meta: &Metadata) -> bool {
    let Some(title) = meta.title.as_deref() else {
        return false;
    };
    let text = normalize_space(&arena.text_content(id)).to_lowercase();
    let title = title.to_lowercase();
    text.len() > 10 && title.contains(&text) && text.len() * 2 > title.len()
}

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "januar",
    "février", "enero", "janeiro",
];

/// "By Paul Takahashi", "Published 4:00 am CST, Wednesday, November 20,
/// 2019", "Nov. 20, 2019 Updated: ...", "05/10/2018 - Publicado por: ...".
pub fn looks_like_dateline(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    if words.is_empty() || words.len() > 25 {
        return false;
    }
    let byline = words[0] == "by" && words.len() <= 12 && !lower.ends_with('.');
    let has_year = words.iter().any(|w| {
        let digits: String = w.chars().filter(|c| c.is_ascii_digit()).collect();
        digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20"))
            || w.split(['/', '.', '-'])
                .filter(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
                .count()
                == 3
    });
    let has_month = words.iter().any(|w| {
        MONTHS
            .iter()
            .any(|m| w.trim_matches(|c: char| !c.is_alphabetic()).starts_with(m))
    });
    let stamp_word = [
        "published",
        "updated",
        "posted",
        "publicado",
        "veröffentlicht",
        "publié",
        "aktualisiert",
    ]
    .iter()
    .any(|s| lower.contains(s));
    byline || (has_year && (has_month || stamp_word)) || (stamp_word && words.len() <= 12)
}

/// Detaches every node below `root` for which `doomed` holds, judged on
/// the tree as it stood before any of them left.
fn detach_where(arena: &mut Arena, root: NodeId, doomed: impl Fn(&Arena, NodeId) -> bool) {
    let nodes: Vec<NodeId> = arena
        .descendants(root)
        .filter(|&d| doomed(arena, d))
        .collect();
    for d in nodes {
        arena.detach(d);
    }
}

fn remove_tags(arena: &mut Arena, root: NodeId, tags: &[&str]) {
    detach_where(arena, root, |arena, d| {
        d != root && tags.contains(&arena.tag(d))
    });
}

/// Share and "sharedaddy" blocks of under 500 chars (Readability).
fn remove_share_blocks(arena: &mut Arena, root: NodeId) {
    detach_where(arena, root, |arena, d| {
        d != root && {
            let cid = format!(
                "{} {}",
                arena.attr(d, "class").unwrap_or(""),
                arena.attr(d, "id").unwrap_or("")
            );
            tokens(&cid).any(|t| t == "share" || t == "sharedaddy")
                && arena.text_content(d).len() < 500
        }
    });
}

/// A table holding data (not layout) is kept whole.
fn is_data_table(arena: &Arena, table: NodeId) -> bool {
    if arena.attr(table, "role") == Some("presentation")
        || arena.attr(table, "datatable") == Some("0")
    {
        return false;
    }
    if arena.attr(table, "summary").is_some() {
        return true;
    }
    let has = |t: &str| arena.descendants(table).any(|d| arena.tag(d) == t);
    if has("caption") || has("thead") || has("th") || has("tfoot") || has("colgroup") || has("col")
    {
        return true;
    }
    if arena
        .descendants(table)
        .skip(1)
        .any(|d| arena.tag(d) == "table")
    {
        return false;
    }
    let rows = arena
        .descendants(table)
        .filter(|&d| arena.tag(d) == "tr")
        .count();
    let cols = arena
        .descendants(table)
        .filter(|&d| arena.tag(d) == "tr")
        .map(|r| arena.element_children(r).count())
        .max()
        .unwrap_or(0);
    rows >= 10 || cols > 4 || rows * cols > 10
}

/// The share of the article's text that makes a block the article itself.
const MOST_OF_ARTICLE: f32 = 0.6;

/// Readability's conditional cleaning of tables, lists and divs: a block
/// goes if its structure says clutter (more images than text, more list
/// items than paragraphs, forms, many links, a lone embed), or its class
/// does, unless it holds most of the article.
fn clean_conditionally(arena: &mut Arena, root: NodeId, stats: &Stats, flags: Flags) {
    let mut nodes: Vec<NodeId> = arena
        .descendants(root)
        .filter(|&d| d != root && matches!(arena.tag(d), "table" | "ul" | "ol" | "div" | "section"))
        .collect();
    // Innermost first, as Readability walks them in reverse.
    nodes.reverse();
    let mut removed = vec![false; arena.len()];
    let whole = stats.get(root).text;
    for id in nodes {
        if arena.ancestors(id).any(|a| removed[a as usize]) {
            continue;
        }
        if should_remove(arena, id, stats, flags, whole) {
            arena.detach(id);
            removed[id as usize] = true;
        }
    }
}

fn should_remove(arena: &Arena, id: NodeId, stats: &Stats, flags: Flags, whole: u32) -> bool {
    let tag = arena.tag(id);
    if tag == "table" && is_data_table(arena, id) {
        return false;
    }
    if arena
        .ancestors(id)
        .any(|a| matches!(arena.tag(a), "code" | "pre"))
    {
        return false;
    }
    if arena
        .ancestors(id)
        .any(|a| arena.tag(a) == "table" && is_data_table(arena, a))
    {
        return false;
    }
    let is_list = matches!(tag, "ul" | "ol");
    let weight = class_weight(arena, id, flags);
    let m = stats.get(id);
    // Most of the article: a class word is no reason to drop it (Avada's wrapper
    // `fusion-fullwidth … non-hundred-percent-height-scrolling` matches `scroll`).
    let most_of_article = m.text as f32 > MOST_OF_ARTICLE * whole as f32;
    if weight < 0.0 {
        return !most_of_article;
    }
    if m.commas >= 10 {
        return false;
    }
    let p = m.paragraphs as f32;
    let img = m.images as f32;
    let li = m.list_items as f32 - 100.0;
    let input = m.inputs as f32;
    let heading_density = if m.text == 0 {
        0.0
    } else {
        m.heading_text as f32 / m.text as f32
    };
    let embeds = m.embeds;
    let link_density = m.link_density();
    let content_len = m.text as f32;
    let in_figure = arena.ancestors(id).any(|a| arena.tag(a) == "figure");
    let list_of_images = is_list
        && m.images as f32 >= m.list_items as f32
        && m.list_items > 0
        && m.text < 100 * m.images.max(1);
    let bad = (img > 1.0 && p / img < 0.5 && !in_figure)
        || (!is_list && li > p)
        || (input > (p / 3.0).floor())
        || (!is_list
            && heading_density < 0.9
            && content_len < 25.0
            && (img == 0.0 || img > 2.0)
            && !in_figure)
        || (!is_list && weight < 25.0 && link_density > 0.2)
        || (weight >= 25.0 && link_density > 0.5)
        || ((embeds == 1 && content_len < 75.0) || embeds > 1);
    // A list that is mostly links is a rail even when it holds text.
    let link_list = is_list && link_density > 0.5 && m.prose < 100;
    (bad && !list_of_images) || link_list
}

fn remove_empty_paragraphs(arena: &mut Arena, root: NodeId) {
    detach_where(arena, root, |arena, d| {
        arena.tag(d) == "p" && is_empty_shell(arena, d)
            || arena.tag(d) == "p" && only_breaks(arena, d)
    });
}

fn only_breaks(arena: &Arena, p: NodeId) -> bool {
    let mut only = true;
    arena.walk(p, |step| {
        if let Step::Enter(id) = step {
            match &arena.node(id).data {
                NodeData::Text(t) if !t.trim().is_empty() => only = false,
                NodeData::Element(e) if !matches!(e.name.as_str(), "br" | "p" | "span") => {
                    only = false
                }
                _ => {}
            }
        }
        Walk::Continue
    });
    only
}

// ---------------------------------------------------------------------------
// Readerable

/// Whether the page has an article worth a reader view: enough paragraphs
/// of real prose (Readability's `isProbablyReaderable`).
pub fn is_readerable(arena: &Arena) -> bool {
    let mut score = 0.0f32;
    for d in arena.descendants(arena.body()) {
        if !matches!(arena.tag(d), "p" | "pre" | "article") {
            continue;
        }
        let len = normalize_space(&arena.text_content(d)).chars().count();
        if len < 140 {
            continue;
        }
        score += ((len - 140) as f32).sqrt();
        if score > 20.0 {
            return true;
        }
    }
    false
}
