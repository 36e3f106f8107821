//! The whole graph written out: Graphviz DOT and GraphML.

use super::{Facility, SupplyGraph};

impl SupplyGraph {
    /// The whole graph as Graphviz DOT.
    pub fn to_dot(&self) -> String {
        let g = self.graph.map(
            |n, f| {
                let s = self.score(n);
                format!("{} ({}) — FL {} / CL {}", f.name, f.country.as_str(), s[0], s[1])
            },
            |_, w| *w,
        );
        // Display, not Debug: Debug would quote each label a second time (`label = "\"…\""`).
        petgraph::dot::Dot::with_config(&g, &[petgraph::dot::Config::EdgeNoLabel]).to_string()
    }

    /// The whole graph as GraphML, each facility with its id, name, country and scores.
    pub fn to_graphml(&self) -> String {
        let g = self.graph.map(|n, f| (f.clone(), self.score(n)), |_, w| *w);
        petgraph_graphml::GraphMl::new(&g)
            .export_node_weights(Box::new(|(f, s)| facility_attributes(f, *s)))
            .export_edge_weights(Box::new(|w| vec![("declarations".into(), w.to_string().into())]))
            .to_string()
    }
}

fn facility_attributes(
    f: &Facility,
    s: [f32; 2],
) -> Vec<(std::borrow::Cow<'static, str>, std::borrow::Cow<'static, str>)> {
    vec![
        ("id".into(), f.id().into()),
        ("name".into(), f.name.clone().into()),
        ("country".into(), f.country.as_str().to_string().into()),
        ("os_id".into(), f.os_id.clone().unwrap_or_default().into()),
        ("forced_labour".into(), s[0].to_string().into()),
        ("child_labour".into(), s[1].to_string().into()),
    ]
}
