//! Text measures of every subtree, computed in one pass.
//!
//! Input: the arena. Output: [`Stats`], for each node: the length of its
//! text, of the text inside links, of "prose" (text of paragraphs that read
//! like sentences rather than link lists), and counts of the elements that
//! clutter and extraction rules weigh (paragraphs, links, images, inputs,
//! headings). Lengths are in characters of white-space-collapsed text.

use super::{Arena, NodeId, Step, Walk};
use crate::wordset::WordSet;

#[derive(Debug, Clone, Copy, Default)]
pub struct Measure {
    pub text: u32,
    pub link_text: u32,
    /// Text of `<p>` (and `<p>`-like) blocks with few links.
    pub prose: u32,
    pub commas: u32,
    pub paragraphs: u32,
    pub links: u32,
    pub images: u32,
    pub inputs: u32,
    pub headings: u32,
    pub heading_text: u32,
    pub list_items: u32,
    pub embeds: u32,
}

impl Measure {
    fn add(&mut self, o: &Measure) {
        self.text += o.text;
        self.link_text += o.link_text;
        self.prose += o.prose;
        self.commas += o.commas;
        self.paragraphs += o.paragraphs;
        self.links += o.links;
        self.images += o.images;
        self.inputs += o.inputs;
        self.headings += o.headings;
        self.heading_text += o.heading_text;
        self.list_items += o.list_items;
        self.embeds += o.embeds;
    }

    /// Share of the text that sits inside links.
    pub fn link_density(&self) -> f32 {
        if self.text == 0 {
            0.0
        } else {
            self.link_text as f32 / self.text as f32
        }
    }
}

/// Measures for every node of one arena, indexed by node id.
pub struct Stats {
    m: Vec<Measure>,
}

impl Stats {
    pub fn get(&self, id: NodeId) -> &Measure {
        &self.m[id as usize]
    }

    /// Measures the subtree of `root`; nodes outside it stay at zero.
    pub fn compute(arena: &Arena, root: NodeId) -> Stats {
        let mut m = vec![Measure::default(); arena.len()];
        let mut link_depth = 0u32;
        let mut para_depth = 0u32;
        arena.walk(root, |step| {
            match step {
                Step::Enter(id) => {
                    match arena.tag(id) {
                        "a" => link_depth += 1,
                        "p" | "pre" | "blockquote" => para_depth += 1,
                        _ => {}
                    }
                    if let Some(t) = arena.text(id) {
                        let len = collapsed_len(t);
                        let e = &mut m[id as usize];
                        e.text = len;
                        e.commas = count_commas(t);
                        if link_depth > 0 {
                            e.link_text = len;
                        } else if para_depth == 0 && len >= PROSE_RUN {
                            // A long run of text outside any paragraph tag
                            // (`<div>` paragraphs) is prose too.
                            e.prose = len;
                        }
                    }
                    if is_silent(arena.tag(id)) {
                        return Walk::SkipChildren;
                    }
                }
                Step::Leave(id) => {
                    let tag = arena.tag(id);
                    match tag {
                        "a" => link_depth -= 1,
                        "p" | "pre" | "blockquote" => para_depth -= 1,
                        _ => {}
                    }
                    let e = &mut m[id as usize];
                    count_element(tag, e);
                    if let Some(p) = arena.parent(id)
                        && id != root
                    {
                        let child = m[id as usize];
                        m[p as usize].add(&child);
                    }
                }
            }
            Walk::Continue
        });
        Stats { m }
    }
}

/// Length from which a bare text run counts as prose.
const PROSE_RUN: u32 = 40;

/// Tags whose text no reader sees.
fn is_silent(tag: &str) -> bool {
    {
        static WORDS: WordSet =
            WordSet::new("script style dc-noscript svg math select textarea template");
        WORDS.contains(tag)
    }
}

fn count_element(tag: &str, e: &mut Measure) {
    match tag {
        "p" | "pre" | "blockquote" => {
            e.paragraphs += 1;
            // Prose: a paragraph whose text is mostly not links.
            if e.link_text * 2 < e.text {
                e.prose = e.text - e.link_text;
            }
        }
        "a" => e.links += 1,
        "img" | "picture" => e.images += u32::from(tag == "img"),
        "input" | "select" | "textarea" | "button" => e.inputs += 1,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
            e.headings += 1;
            e.heading_text = e.text;
        }
        "li" => e.list_items += 1,
        "iframe" | "video" | "audio" | "embed" | "object" => e.embeds += 1,
        _ => {}
    }
}

fn collapsed_len(t: &str) -> u32 {
    let mut n = 0u32;
    let mut space = true;
    for c in t.chars() {
        if c.is_whitespace() {
            if !space {
                n += 1;
                space = true;
            }
        } else {
            n += 1;
            space = false;
        }
    }
    n
}

fn count_commas(t: &str) -> u32 {
    t.chars()
        .filter(|&c| matches!(c, ',' | '，' | '、' | '،'))
        .count() as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::parse::parse_str;

    #[test]
    fn measures_text_links_and_prose() {
        let a = parse_str(
            "<div><p>Hello, world of prose.</p><p><a href=x>all link</a></p><img src=y></div>",
        );
        let div = a.find_tag(crate::dom::DOCUMENT, "div").unwrap();
        let s = Stats::compute(&a, crate::dom::DOCUMENT);
        let m = s.get(div);
        assert_eq!(m.text, 22 + 8);
        assert_eq!(m.link_text, 8);
        assert_eq!(m.prose, 22);
        assert_eq!((m.paragraphs, m.links, m.images, m.commas), (2, 1, 1, 1));
    }
}
