//! Which subtrees of a page are clutter.
//!
//! Input: the parsed arena. Output: `(node, Kind)` for each subtree root that
//! is a promo, teaser, CTA, ad, rail, share bar, nav or the like.

use serde::{Deserialize, Serialize};

use crate::dom::{Arena, NodeId};

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

pub fn detect(_arena: &Arena) -> Vec<(NodeId, Kind)> {
    Vec::new()
}
