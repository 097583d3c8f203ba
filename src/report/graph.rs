//! The story-link graph as inline SVG: nodes are articles, edges are links.csv rows.
//!
//! Takes: node labels and targets, and weighted edges between node indices. Gives: an
//! `<svg>` element (escaped) whose nodes link to the article pages.
//! The layout is computed here, deterministically (same input, same picture): each connected
//! component gets a force-directed layout (Fruchterman–Reingold, fixed start on a circle,
//! fixed number of steps) and the components are packed in rows, largest first.
//! Does not decide which nodes to show: the caller caps the graph (the layout is quadratic
//! in the size of a component).

use super::html::push_esc;
use std::fmt::Write;

/// One article in the graph.
#[derive(Clone, Debug, Default)]
pub struct Node {
    pub label: String,
    /// Link target, relative to the graph page.
    pub href: String,
    /// Nodes with the same group (storyline) share a colour.
    pub group: String,
}

/// One link between two nodes (indices into the node list).
#[derive(Clone, Debug, Default)]
pub struct Edge {
    pub a: usize,
    pub b: usize,
    pub score: f64,
    pub title: String,
}

const WIDTH: f64 = 1180.0;
const PALETTE: &[&str] = &[
    "#5c6bc0", "#26a69a", "#ef6c00", "#8e24aa", "#43a047", "#d81b60", "#1e88e5", "#6d4c41",
    "#fbc02d", "#546e7a",
];

/// Positions of the nodes of one component in the unit square.
fn force_layout(n: usize, edges: &[(usize, usize)]) -> Vec<(f64, f64)> {
    if n == 1 {
        return vec![(0.5, 0.5)];
    }
    let mut pos: Vec<(f64, f64)> = (0..n)
        .map(|i| {
            let a = i as f64 / n as f64 * std::f64::consts::TAU;
            (0.5 + 0.4 * a.cos(), 0.5 + 0.4 * a.sin())
        })
        .collect();
    let k = (1.0 / n as f64).sqrt();
    let steps = 120;
    for step in 0..steps {
        let temp = 0.1 * (1.0 - step as f64 / steps as f64) + 0.002;
        let mut disp = vec![(0.0f64, 0.0f64); n];
        for i in 0..n {
            for j in i + 1..n {
                let (dx, dy) = (pos[i].0 - pos[j].0, pos[i].1 - pos[j].1);
                let d = (dx * dx + dy * dy).sqrt().max(1e-3);
                let f = k * k / d / d;
                disp[i].0 += dx * f;
                disp[i].1 += dy * f;
                disp[j].0 -= dx * f;
                disp[j].1 -= dy * f;
            }
        }
        for &(a, b) in edges {
            let (dx, dy) = (pos[a].0 - pos[b].0, pos[a].1 - pos[b].1);
            let d = (dx * dx + dy * dy).sqrt().max(1e-3);
            let f = d / k;
            disp[a].0 -= dx * f;
            disp[a].1 -= dy * f;
            disp[b].0 += dx * f;
            disp[b].1 += dy * f;
        }
        for (p, d) in pos.iter_mut().zip(&disp) {
            let len = (d.0 * d.0 + d.1 * d.1).sqrt().max(1e-9);
            let m = len.min(temp);
            p.0 += d.0 / len * m;
            p.1 += d.1 / len * m;
        }
    }
    // Fit into the unit square.
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for p in &pos {
        x0 = x0.min(p.0);
        y0 = y0.min(p.1);
        x1 = x1.max(p.0);
        y1 = y1.max(p.1);
    }
    let span = (x1 - x0).max(y1 - y0).max(1e-9);
    pos.iter()
        .map(|p| {
            (
                (p.0 - x0) / span + (1.0 - (x1 - x0) / span) / 2.0,
                (p.1 - y0) / span + (1.0 - (y1 - y0) / span) / 2.0,
            )
        })
        .collect()
}

/// Connected components, each a list of node indices in ascending order; largest first.
fn components(n: usize, edges: &[Edge]) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for e in edges {
        let (ra, rb) = (find(&mut parent, e.a), find(&mut parent, e.b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    let mut by_root: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for i in 0..n {
        let r = find(&mut parent, i);
        by_root.entry(r).or_default().push(i);
    }
    let mut comps: Vec<Vec<usize>> = by_root.into_values().collect();
    comps.sort_by_key(|c| (std::cmp::Reverse(c.len()), c[0]));
    comps
}

/// Node positions in SVG units and the picture's height.
pub fn layout(nodes: &[Node], edges: &[Edge]) -> (Vec<(f64, f64)>, f64) {
    let mut pos = vec![(0.0, 0.0); nodes.len()];
    let (mut x, mut y, mut row_h) = (0.0f64, 0.0f64, 0.0f64);
    let mut local = vec![0usize; nodes.len()];
    for comp in components(nodes.len(), edges) {
        for (i, &node) in comp.iter().enumerate() {
            local[node] = i;
        }
        let comp_edges: Vec<(usize, usize)> = edges
            .iter()
            .filter(|e| comp.binary_search(&e.a).is_ok())
            .map(|e| (local[e.a], local[e.b]))
            .collect();
        let side = (110.0 * (comp.len() as f64).sqrt()).min(WIDTH - 40.0) + 40.0;
        if x + side > WIDTH && x > 0.0 {
            x = 0.0;
            y += row_h;
            row_h = 0.0;
        }
        for (i, p) in force_layout(comp.len(), &comp_edges)
            .into_iter()
            .enumerate()
        {
            pos[comp[i]] = (
                10.0 + x + 20.0 + p.0 * (side - 40.0),
                y + 20.0 + p.1 * (side - 40.0),
            );
        }
        x += side;
        row_h = row_h.max(side);
    }
    (pos, y + row_h + 20.0)
}

/// Colour of a group: stable over runs (hash of the group name).
fn colour(group: &str) -> &'static str {
    let h = group
        .bytes()
        .fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b)));
    PALETTE[h as usize % PALETTE.len()]
}

/// The `<svg>` element.
pub fn svg(nodes: &[Node], edges: &[Edge]) -> String {
    let (pos, height) = layout(nodes, edges);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg class=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {height:.0}\" role=\"img\" aria-label=\"story links\">",
        WIDTH + 20.0
    );
    for e in edges {
        let (a, b) = (pos[e.a], pos[e.b]);
        let _ = write!(
            out,
            "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke-width=\"{:.1}\"><title>",
            a.0,
            a.1,
            b.0,
            b.1,
            1.0 + 4.0 * e.score.clamp(0.0, 1.0)
        );
        push_esc(&mut out, &e.title);
        out.push_str("</title></line>\n");
    }
    let with_text = nodes.len() <= 80;
    for (n, p) in nodes.iter().zip(&pos) {
        out.push_str("<a href=\"");
        push_esc(&mut out, &n.href);
        let _ = write!(
            out,
            "\"><circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"9\" fill=\"{}\"><title>",
            p.0,
            p.1,
            colour(&n.group)
        );
        push_esc(&mut out, &n.label);
        out.push_str("</title></circle>");
        if with_text {
            let short: String = n.label.chars().take(30).collect();
            let _ = write!(out, "<text x=\"{:.1}\" y=\"{:.1}\">", p.0 + 12.0, p.1 + 4.0);
            push_esc(&mut out, &short);
            if short.len() < n.label.len() {
                out.push('…');
            }
            out.push_str("</text>");
        }
        out.push_str("</a>\n");
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(label: &str) -> Node {
        Node {
            label: label.into(),
            href: format!("articles/{label}.html"),
            group: "g".into(),
        }
    }

    fn edge(a: usize, b: usize) -> Edge {
        Edge {
            a,
            b,
            score: 0.5,
            title: "x".into(),
        }
    }

    #[test]
    fn components_are_found_and_sorted() {
        let edges = [edge(0, 1), edge(3, 4), edge(4, 5), edge(2, 2)];
        let comps = components(6, &edges);
        assert_eq!(comps, vec![vec![3, 4, 5], vec![0, 1], vec![2]]);
    }

    #[test]
    fn layout_is_deterministic_and_separates_nodes() {
        let nodes: Vec<Node> = (0..6).map(|i| node(&i.to_string())).collect();
        let edges = [edge(0, 1), edge(1, 2), edge(2, 0), edge(3, 4), edge(4, 5)];
        let (a, h1) = layout(&nodes, &edges);
        let (b, h2) = layout(&nodes, &edges);
        assert_eq!(a, b);
        assert_eq!(h1, h2);
        for i in 0..a.len() {
            assert!(a[i].0.is_finite() && a[i].1.is_finite());
            assert!(a[i].0 >= 0.0 && a[i].0 <= WIDTH + 20.0 && a[i].1 <= h1);
            for j in i + 1..a.len() {
                let d = ((a[i].0 - a[j].0).powi(2) + (a[i].1 - a[j].1).powi(2)).sqrt();
                assert!(d > 15.0, "nodes {i} and {j} overlap: {d}");
            }
        }
    }

    #[test]
    fn svg_links_nodes_and_escapes_titles() {
        let mut nodes = vec![node("a"), node("b")];
        nodes[1].label = "<script>alert(1)</script>".into();
        let svg = svg(&nodes, &[edge(0, 1)]);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("<a href=\"articles/a.html\">"), "{svg}");
        assert_eq!(svg.matches("<circle").count(), 2);
        assert_eq!(svg.matches("<line").count(), 1);
        assert!(!svg.contains("<script"), "{svg}");
    }
}
