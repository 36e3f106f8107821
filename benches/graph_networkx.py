"""The national-graph benchmark's work done with networkx, for comparison (called by `cargo bench --bench graph`).

Reads the records the Rust benchmark wrote (target/graph-bench/*.csv) and does the same three things:
build (site identity by OS ID, operator business number + address, then name + address; one node per facility;
links counted), full re-score (upstream first, loops iterated to their fixed point, the same formula), and the
incremental update (one more declaration, its downstream re-scored). Prints times and resident memory.
"""

import csv
import os
import sys
import time
import unicodedata

import networkx as nx

DECAY = 0.85
EPS = 0.01
LEGAL = {"inc", "ltd", "ltee", "limited", "llc", "co", "corp", "corporation", "company", "sa", "sarl", "sas",
         "gmbh", "ag", "bv", "srl", "spa", "plc", "pvt", "pte", "jsc", "ooo", "cie", "the", "and"}
STREET = {"street": "st", "str": "st", "road": "rd", "avenue": "ave", "av": "ave", "boulevard": "blvd", "bd": "blvd",
          "drive": "dr", "building": "bldg", "industrial": "ind", "zone": "zn", "number": "no", "north": "n",
          "south": "s", "east": "e", "west": "w"}


def fold(s):
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return " ".join("".join(c.lower() if c.isalnum() else " " for c in s).split())


def keys(r):
    cc = r["country"]
    name = " ".join(w for w in fold(r["name"]).split() if w not in LEGAL)
    addr = " ".join(STREET.get(w, w) for w in fold(r["address"]).split())
    out = []
    if r["os_id"].strip():
        out.append("os:" + r["os_id"].strip().upper())
    bn = "".join(c for c in r["operator_bn"] if c.isdigit())[:9]
    if len(bn) == 9:
        out.append(f"op:{cc}:{bn}:{addr}")
    out.append(f"na:{cc}:{name}:{addr}")
    return out


def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096


class National:
    def __init__(self):
        self.g = nx.DiGraph()
        self.index = {}
        self.next = 0

    def add(self, sites, links):
        """sites: {decl: [rows]}, links: {decl: [(from, to)]} → touched nodes."""
        touched = []
        for decl, rows in sites.items():
            nodes = []
            for r in rows:
                ks = keys(r)
                n = next((self.index[k] for k in ks if k in self.index), None)
                if n is None:
                    n = self.next
                    self.next += 1
                    self.g.add_node(n, fo=0.0, fi=0.0, co=0.0, ci=0.0, score=(0.0, 0.0))
                for k in ks:
                    self.index.setdefault(k, n)
                a = self.g.nodes[n]
                a["fo"] = max(a["fo"], float(r["fl_own"]))
                a["fi"] = max(a["fi"], float(r["fl_input"]))
                a["co"] = max(a["co"], float(r["cl_own"]))
                a["ci"] = max(a["ci"], float(r["cl_input"]))
                nodes.append(n)
            for f, t in links.get(decl, []):
                u, v = nodes[f], nodes[t]
                if u == v:
                    continue
                if self.g.has_edge(u, v):
                    self.g[u][v]["count"] += 1
                else:
                    self.g.add_edge(u, v, count=1)
            touched.extend(nodes)
        return touched

    def compute(self, n):
        a = self.g.nodes[n]
        uf = uc = 0.0
        for s in self.g.predecessors(n):
            sf, sc = self.g.nodes[s]["score"]
            uf = max(uf, sf)
            uc = max(uc, sc)
        return (min(100.0, a["fo"] + max(a["fi"], DECAY * uf)), min(100.0, a["co"] + max(a["ci"], DECAY * uc)))

    def rescore_all(self):
        cond = nx.condensation(self.g)
        for c in nx.topological_sort(cond):
            members = cond.nodes[c]["members"]
            if len(members) == 1:
                (n,) = members
                self.g.nodes[n]["score"] = self.compute(n)
                continue
            for _ in range(200):
                changed = False
                for n in members:
                    new, old = self.compute(n), self.g.nodes[n]["score"]
                    if abs(new[0] - old[0]) > EPS / 4 or abs(new[1] - old[1]) > EPS / 4:
                        changed = True
                    self.g.nodes[n]["score"] = new
                if not changed:
                    break

    def propagate(self, seeds):
        from collections import deque
        queue, queued = deque(), set()
        for s in seeds:
            if s not in queued:
                queued.add(s)
                queue.append(s)
        first = True
        while queue:
            n = queue.popleft()
            queued.discard(n)
            new, old = self.compute(n), self.g.nodes[n]["score"]
            if first or abs(new[0] - old[0]) > EPS or abs(new[1] - old[1]) > EPS:
                self.g.nodes[n]["score"] = new
                for c in self.g.successors(n):
                    if c not in queued:
                        queued.add(c)
                        queue.append(c)
            first = False


def read(dir, name):
    sites, links = {}, {}
    with open(os.path.join(dir, f"{name}-sites.csv"), newline="") as f:
        for r in csv.DictReader(f):
            sites.setdefault(r["declaration"], []).append(r)
    with open(os.path.join(dir, f"{name}-links.csv"), newline="") as f:
        for r in csv.DictReader(f):
            links.setdefault(r["declaration"], []).append((int(r["from"]), int(r["to"])))
    return sites, links


def main():
    dir = sys.argv[1]
    sites, links = read(dir, "portfolio")
    inc_sites, inc_links = read(dir, "incremental")
    before = rss()
    t = time.perf_counter()
    nat = National()
    nat.add(sites, links)
    nat.rescore_all()
    build = time.perf_counter() - t
    mem = rss() - before
    print(f"networkx {nx.__version__}: {nat.g.number_of_nodes()} facilities, {nat.g.number_of_edges()} links")
    print(f"networkx build (identity + graph + first score): {build:.2f} s; resident memory +{mem // 1_000_000} MB")
    t = time.perf_counter()
    nat.rescore_all()
    print(f"networkx full re-score: {time.perf_counter() - t:.2f} s")
    t = time.perf_counter()
    touched = nat.add(inc_sites, inc_links)
    nat.propagate(touched)
    print(f"networkx incremental (one declaration, {len(touched)} sites): {(time.perf_counter() - t) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
