//! The whole graph written out: Graphviz DOT and GraphML.
//!
//! Both are written from a copy of the graph whose nodes are in key order (see [`SupplyGraph::order_key`]) and whose
//! links are in the order of their ends, so node numbers and the order of lines depend only on the graph's content:
//! the same graph exported before and after a restart, or built from declarations in another order, gives the same
//! bytes.
//!
//! Both write only characters their readers read back as written ([`printable`]): intake refuses the others in names
//! (`import::characters`), but a name stored before that policy, or a key built from one, must not make the whole
//! national graph unreadable (one supplier's U+FFFE made every GraphML reader refuse the file).

use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::NodeIndexable;

use super::{Facility, SupplyGraph};

impl SupplyGraph {
    /// The whole graph as Graphviz DOT; node `i` is the `i`-th facility in key order.
    pub fn to_dot(&self) -> String {
        let g = self.in_key_order(|n, f| {
            let s = self.score(n);
            format!("{} ({}) — FL {} / CL {}", printable(&f.name), f.country.as_str(), s[0], s[1])
        });
        // Display, not Debug: Debug would quote each label a second time (`label = "\"…\""`).
        petgraph::dot::Dot::with_config(&g, &[petgraph::dot::Config::EdgeNoLabel]).to_string()
    }

    /// The whole graph as GraphML, each facility with its id, name, country and scores; node `n{i}` is the `i`-th
    /// facility in key order, and the `<key>` declarations are in alphabetical order.
    pub fn to_graphml(&self) -> String {
        let g = self.in_key_order(|n, f| (f.clone(), self.score(n)));
        let xml = petgraph_graphml::GraphMl::new(&g)
            .pretty_print(true)
            .export_node_weights(Box::new(|(f, s)| facility_attributes(f, *s)))
            .export_edge_weights(Box::new(|w| vec![("declarations".into(), w.to_string().into())]))
            .to_string();
        sort_key_declarations(&xml)
    }

    /// A copy of the graph with each facility's weight made by `node`, facilities added in key order and links in
    /// the order of their ends' positions; each link keeps how many declarations assert it.
    fn in_key_order<N>(&self, node: impl Fn(NodeIndex<u32>, &Facility) -> N) -> DiGraph<N, u32> {
        let nodes = self.sorted(self.graph.node_indices().collect());
        let mut position = vec![None; self.graph.node_bound()];
        let mut out = DiGraph::with_capacity(nodes.len(), self.graph.edge_count());
        for n in nodes {
            let Some(f) = self.graph.node_weight(n) else { continue };
            let at = out.add_node(node(n, f));
            if let Some(p) = position.get_mut(n.index()) {
                *p = Some(at);
            }
        }
        let at = |n: NodeIndex<u32>| position.get(n.index()).copied().flatten();
        let mut links: Vec<(NodeIndex<u32>, NodeIndex<u32>, u32)> = self
            .graph
            .edge_indices()
            .filter_map(|e| {
                let (a, b) = self.graph.edge_endpoints(e)?;
                Some((at(a)?, at(b)?, self.graph.edge_weight(e).copied().unwrap_or_default()))
            })
            .collect();
        links.sort_unstable();
        for (a, b, w) in links {
            out.add_edge(a, b, w);
        }
        out
    }
}

fn facility_attributes(
    f: &Facility,
    s: [f32; 2],
) -> Vec<(std::borrow::Cow<'static, str>, std::borrow::Cow<'static, str>)> {
    vec![
        ("id".into(), printable(&f.id()).into_owned().into()),
        ("name".into(), printable(&f.name).into_owned().into()),
        ("country".into(), f.country.as_str().to_string().into()),
        ("os_id".into(), printable(f.os_id.as_deref().unwrap_or_default()).into_owned().into()),
        ("forced_labour".into(), s[0].to_string().into()),
        ("child_labour".into(), s[1].to_string().into()),
    ]
}

/// A text as the exports write it: each character XML 1.0 cannot hold (controls other than tab and line feed,
/// unpaired surrogates cannot occur in a `str`, U+FFFE, U+FFFF) becomes U+FFFD, the replacement character, and a
/// carriage return (alone or before a line feed) becomes a line feed — the character an XML reader would turn it
/// into, so that what is read back is what was written. DOT takes the same text (petgraph escapes its quotes,
/// backslashes and line feeds), so a label passed on to Graphviz and out to SVG stays valid XML too.
pub(super) fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let xml_char = |c: char| matches!(c, '\t' | '\n' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..);
    if text.chars().all(xml_char) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push('\n');
            }
            c if xml_char(c) => out.push(c),
            _ => out.push('\u{FFFD}'),
        }
    }
    out.into()
}

/// `petgraph_graphml` declares the attribute `<key>`s in the order of a `HashSet` (another order each run): this puts
/// them, one to a line as it pretty-prints them, in alphabetical order, leaving every other line as it is.
fn sort_key_declarations(xml: &str) -> String {
    let lines: Vec<&str> = xml.split('\n').collect();
    let is_key = |l: &str| l.trim_start().starts_with("<key ");
    let Some(start) = lines.iter().position(|l| is_key(l)) else { return xml.to_string() };
    let rest = lines.get(start..).unwrap_or_default();
    let count = rest.iter().take_while(|l| is_key(l)).count();
    let mut keys: Vec<&str> = rest.iter().take(count).copied().collect();
    keys.sort_unstable();
    let before = lines.get(..start).unwrap_or_default();
    let after = lines.get(start + count..).unwrap_or_default();
    before.iter().chain(&keys).chain(after).copied().collect::<Vec<&str>>().join("\n")
}
