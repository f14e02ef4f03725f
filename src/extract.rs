//! Which subtree is the article, and what inside it is clutter.

use crate::clutter::Kind;
use crate::dom::{Arena, NodeId};
use crate::metadata::Metadata;

pub struct Extracted {
    pub root: NodeId,
    pub removed: Vec<(NodeId, Kind)>,
    pub readerable: bool,
}

pub fn extract(arena: &mut Arena, _clutter: &[(NodeId, Kind)], _meta: &Metadata) -> Extracted {
    Extracted { root: arena.body(), removed: Vec::new(), readerable: true }
}
