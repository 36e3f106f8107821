//! The whole graph as bytes and back, so that a restart can take up the graph where it was instead of building it
//! again from every stored declaration.
//!
//! Layout: the magic `CHAINON-GRAPH` and one byte naming the layout's version ([`LAYOUT`]), the caller's header
//! (what the graph reflects), the graph, both in postcard, then the 128-bit xxh3 of everything before it. postcard
//! because it is already in the build (feruca's tables use it), serde-driven (the graph's own types derive it, so a
//! field cannot be forgotten), compact (variable-length integers) and a documented, stable wire format. It is not
//! self-describing: a snapshot is only read by the very program that wrote it (the caller puts the program's identity
//! in the header and refuses any other).
//!
//! A snapshot that is cut, altered or of another layout is refused whole (checksum, magic and layout, then
//! decoding): never a graph that is partly right. postcard would read a graph of another layout field by field into
//! the wrong fields (a `Base` of two numbers read as one of three) and might not fail: so the layout byte is bumped
//! whenever what the graph holds changes shape or meaning, and a snapshot of another layout is refused before it is
//! decoded (the graph is then built from storage).

use std::io::{Read, Write};

use serde::Serialize;
use serde::de::DeserializeOwned;
use xxhash_rust::xxh3::{Xxh3, xxh3_128};

use super::SupplyGraph;

/// What every snapshot starts with, before its layout byte.
const MAGIC: &[u8; 13] = b"CHAINON-GRAPH";

/// The layout's version, the byte after [`MAGIC`]. 0: bases of two parts (own, input) and the scores; 1: bases of
/// three (own, input, own_carried) and each facility's carry beside its scores (a score is carried downstream
/// without the facility's own country context); 2: each facility's declared region after its city.
pub const LAYOUT: u8 = 2;

/// Why a snapshot was not written or not read.
#[derive(Debug, thiserror::Error)]
pub enum SnapshotError {
    /// The file could not be written or read.
    #[error("the graph snapshot could not be written or read")]
    Io(#[from] std::io::Error),
    /// Its bytes do not decode as a graph (another layout, or damaged past the checksum's notice).
    #[error("the graph snapshot does not decode")]
    Format(#[from] postcard::Error),
    /// It is cut or altered: its checksum does not match its content, or it does not start as a snapshot does.
    #[error("the graph snapshot is damaged (checksum or beginning does not match)")]
    Damaged,
    /// Its graph does not hold together (a dense array shorter than its nodes).
    #[error("the graph snapshot's graph is inconsistent")]
    Inconsistent,
    /// It was written in another layout (the byte after the magic; this program reads [`LAYOUT`] only).
    #[error("the graph snapshot is of layout {0}, this program reads layout {LAYOUT} only")]
    Layout(u8),
}

/// A writer that hashes what passes through it.
struct Hashing<W> {
    inner: W,
    hash: Xxh3,
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(buf.get(..n).unwrap_or_default());
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

impl SupplyGraph {
    /// Writes `header` (what the graph reflects, for the reader to check) and the graph to `out`, then the checksum.
    /// `out` should be buffered: postcard writes field by field.
    pub fn write_snapshot<H: Serialize, W: Write>(&self, header: &H, out: W) -> Result<(), SnapshotError> {
        let mut w = Hashing { inner: out, hash: Xxh3::new() };
        w.write_all(MAGIC)?;
        w.write_all(&[LAYOUT])?;
        let w = postcard::to_io(header, w)?;
        let w = postcard::to_io(self, w)?;
        let Hashing { mut inner, hash } = w;
        inner.write_all(&hash.digest128().to_le_bytes())?;
        inner.flush()?;
        Ok(())
    }

    /// Reads a snapshot written by [`SupplyGraph::write_snapshot`]: `Ok(None)` when `accept` refuses its header
    /// (the graph is then not decoded), an error when it is damaged or does not decode. The whole snapshot is held in
    /// memory while it is decoded.
    pub fn read_snapshot<H: DeserializeOwned, R: Read>(
        mut input: R,
        accept: impl FnOnce(&H) -> bool,
    ) -> Result<Option<(H, SupplyGraph)>, SnapshotError> {
        let mut bytes = Vec::new();
        input.read_to_end(&mut bytes)?;
        let body_len = bytes.len().checked_sub(16).ok_or(SnapshotError::Damaged)?;
        let (body, sum) = bytes.split_at(body_len);
        let sum: [u8; 16] = sum.try_into().map_err(|_| SnapshotError::Damaged)?;
        if xxh3_128(body) != u128::from_le_bytes(sum) {
            return Err(SnapshotError::Damaged);
        }
        let body = body.strip_prefix(MAGIC.as_slice()).ok_or(SnapshotError::Damaged)?;
        let body = match body.split_first() {
            Some((&LAYOUT, rest)) => rest,
            Some((&other, _)) => return Err(SnapshotError::Layout(other)),
            None => return Err(SnapshotError::Damaged),
        };
        let (header, rest) = postcard::take_from_bytes::<H>(body)?;
        if !accept(&header) {
            return Ok(None);
        }
        let (graph, rest) = postcard::take_from_bytes::<SupplyGraph>(rest)?;
        if !rest.is_empty() || !graph.holds_together() {
            return Err(SnapshotError::Inconsistent);
        }
        Ok(Some((header, graph)))
    }

    /// Whether the dense arrays cover every node, and every index entry names a node (what the graph's code relies
    /// on without checking).
    fn holds_together(&self) -> bool {
        use petgraph::visit::NodeIndexable;
        let bound = self.graph.node_bound();
        let alive = |n: &petgraph::stable_graph::NodeIndex| self.graph.contains_node(*n);
        self.scores.len() >= bound
            && self.carries.len() >= bound
            && self.bases.len() >= bound
            && self.index.values().all(alive)
            && self.ids.values().all(alive)
            && self.near.values().all(|l| l.iter().all(alive))
            && self.declarations.values().all(|d| d.nodes.iter().all(alive))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::national::tests::{portfolio, same_graph};

    #[test]
    fn a_snapshot_reads_back_as_the_graph_written() {
        let g = portfolio();
        let mut bytes = Vec::new();
        g.write_snapshot(&(7u32, "key".to_string()), &mut bytes).unwrap();
        let (header, back) =
            SupplyGraph::read_snapshot::<(u32, String), _>(bytes.as_slice(), |_| true).unwrap().unwrap();
        assert_eq!(header, (7, "key".to_string()));
        same_graph(&g, &back);
        // Not merely equal in what it shows: it goes on the same way.
        assert_eq!(back.proposals(100).len(), g.proposals(100).len());
    }

    #[test]
    fn a_refused_header_leaves_the_graph_undecoded() {
        let mut bytes = Vec::new();
        portfolio().write_snapshot(&1u32, &mut bytes).unwrap();
        assert!(SupplyGraph::read_snapshot::<u32, _>(bytes.as_slice(), |h| *h == 2).unwrap().is_none());
    }

    /// A snapshot as the program wrote it before the layout byte was bumped (layout 0: `CHAINON-GRAPH\0`; layout 1,
    /// before facilities kept their region), its checksum right: refused by its layout before anything is decoded,
    /// never read into the new fields.
    #[test]
    fn a_snapshot_of_the_layout_before_is_refused_not_misread() {
        let mut bytes = Vec::new();
        portfolio().write_snapshot(&1u32, &mut bytes).unwrap();
        assert_eq!(&bytes[..14], b"CHAINON-GRAPH\x02");
        for layout in [0, 1] {
            let old = with_layout(&bytes, layout);
            assert!(matches!(
                SupplyGraph::read_snapshot::<u32, _>(old.as_slice(), |_| true),
                Err(SnapshotError::Layout(l)) if l == layout
            ));
        }
        // Whatever another layout's header says: not even the header is read.
        let read = std::cell::Cell::new(false);
        let _ = SupplyGraph::read_snapshot::<u32, _>(with_layout(&bytes, 3).as_slice(), |_| {
            read.set(true);
            true
        });
        assert!(!read.get());
        assert!(
            SupplyGraph::read_snapshot::<u32, _>(with_layout(&bytes, LAYOUT).as_slice(), |_| true).unwrap().is_some()
        );
    }

    /// `bytes` with its layout byte set to `layout` and its checksum made right again.
    pub(crate) fn with_layout(bytes: &[u8], layout: u8) -> Vec<u8> {
        let mut body = bytes[..bytes.len() - 16].to_vec();
        body[MAGIC.len()] = layout;
        let sum = xxh3_128(&body);
        body.extend_from_slice(&sum.to_le_bytes());
        body
    }

    #[test]
    fn a_cut_or_altered_snapshot_is_refused_whole() {
        let mut bytes = Vec::new();
        portfolio().write_snapshot(&1u32, &mut bytes).unwrap();
        let cut = &bytes[..bytes.len() - 1];
        assert!(matches!(SupplyGraph::read_snapshot::<u32, _>(cut, |_| true), Err(SnapshotError::Damaged)));
        let mut altered = bytes.clone();
        let middle = altered.len() / 2;
        altered[middle] ^= 0x20;
        assert!(matches!(
            SupplyGraph::read_snapshot::<u32, _>(altered.as_slice(), |_| true),
            Err(SnapshotError::Damaged)
        ));
        assert!(SupplyGraph::read_snapshot::<u32, _>(&b""[..], |_| true).is_err());
    }
}
