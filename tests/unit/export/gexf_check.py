"""Checks what no GEXF schema checks, on each file named on the command line; prints one JSON list with, per file in
order, {"problems": [...], "nodes": n, "edges": m}.

References (attvalue@for declared, edge endpoints exist), unique ids, unique (pair, kind) for undirected edges
(Gephi merges duplicates), positive weights (Gephi deletes others), no per-edge type contradicting
defaultedgetype, r/g/b colours only, declared types Gephi keeps, and time values that match timeformat="date",
with every edge's time covered by its endpoints' (Gephi hides edges whose endpoint is absent).
Uses only the standard library, so it is independent of the writer's XML library.
"""
import datetime
import json
import math
import sys
import xml.etree.ElementTree as ET

NS = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
KEPT_TYPES = {"string", "integer", "long", "double", "float", "boolean", "liststring", "listinteger", "listdouble"}
problems = []


def problem(message):
    problems.append(message)


def day(value, where):
    try:
        if len(value) != 10:
            raise ValueError
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        problem(f"{where}: time value {value!r} is not a YYYY-MM-DD date")
        return None


def presence(element, where, dynamic):
    """None = always present, else a sorted list of (start, end) dates."""
    own = [(element.get("start"), element.get("end"))] if element.get("start") or element.get("end") else []
    spells = element.findall("g:spells/g:spell", NS)
    for attribute in ("timestamp", "timestamps", "intervals"):
        if element.get(attribute) is not None:
            problem(f"{where}: unexpected {attribute}")
    if own and spells:
        problem(f"{where}: both start/end and spells")
    intervals = []
    for start, end in own + [(s.get("start"), s.get("end")) for s in spells]:
        if not dynamic:
            problem(f"{where}: time data in a static graph")
            continue
        if start is None or end is None:
            problem(f"{where}: open interval {start}..{end}")
            continue
        a, b = day(start, where), day(end, where)
        if a and b:
            if a > b:
                problem(f"{where}: start {start} after end {end}")
            intervals.append((a, b))
    if not intervals:
        return None
    intervals.sort()
    for (a1, b1), (a2, b2) in zip(intervals, intervals[1:]):
        if a2 <= b1:
            problem(f"{where}: overlapping spells")
    return intervals


def covered(inner, outer):
    if outer is None:
        return True
    if inner is None:
        return False
    return all(any(o1 <= i1 and i2 <= o2 for o1, o2 in outer) for i1, i2 in inner)


def main(path):
    problems.clear()
    root = ET.parse(path).getroot()
    if root.tag != "{%s}gexf" % NS["g"] or root.get("version") != "1.3":
        problem("root is not a GEXF 1.3 <gexf>")
    meta = root.find("g:meta", NS)
    if meta is not None and meta.get("lastmodifieddate") is not None:
        day(meta.get("lastmodifieddate"), "meta@lastmodifieddate")
    graph = root.find("g:graph", NS)
    dynamic = graph.get("mode") == "dynamic"
    if dynamic and graph.get("timeformat") != "date":
        problem(f"dynamic graph with timeformat {graph.get('timeformat')!r}, expected 'date'")
    if not dynamic and graph.get("timeformat") is not None:
        problem("static graph declares a timeformat")
    default_type = graph.get("defaultedgetype")

    declared = {"node": {}, "edge": {}}
    for block in graph.findall("g:attributes", NS):
        cls = block.get("class")
        if declared[cls]:
            problem(f"several <attributes class={cls!r}> blocks (graphology-gexf keeps only the last)")
        for attribute in block.findall("g:attribute", NS):
            aid = attribute.get("id")
            if aid in declared[cls]:
                problem(f"{cls} attribute id {aid!r} declared twice")
            if attribute.get("type") not in KEPT_TYPES:
                problem(f"{cls} attribute {aid!r} has type {attribute.get('type')!r}, which Gephi ignores")
            if attribute.get("title") in ("weight", "id", "label"):
                problem(f"{cls} attribute {aid!r} uses reserved title {attribute.get('title')!r}")
            declared[cls][aid] = attribute.get("type")

    def check_values(element, cls, where):
        seen = set()
        for value in element.findall("g:attvalues/g:attvalue", NS):
            key = value.get("for")
            if key not in declared[cls]:
                problem(f"{where}: attvalue for undeclared {cls} attribute {key!r}")
                continue
            if key in seen:
                problem(f"{where}: two values for {key!r}")
            seen.add(key)
            text, kind = value.get("value"), declared[cls][key]
            if kind == "integer":
                try:
                    int(text)
                except ValueError:
                    problem(f"{where}: {key}={text!r} is not an integer")
            if kind.startswith("list") and not (text.startswith("[") and text.endswith("]")):
                problem(f"{where}: list {key}={text!r} is not bracketed")

    def check_color(element, where):
        color = element.find("viz:color", NS)
        if color is None:
            return
        if color.get("hex") is not None:
            problem(f"{where}: hex colour (networkx cannot read it)")
        for channel in "rgb":
            if color.get(channel) is None or not 0 <= int(color.get(channel)) <= 255:
                problem(f"{where}: colour channel {channel} missing or out of range")

    nodes = {}
    for node in graph.findall("g:nodes/g:node", NS):
        nid = node.get("id")
        where = f"node {nid!r}"
        if nid in nodes:
            problem(f"{where}: duplicate id")
        check_values(node, "node", where)
        check_color(node, where)
        nodes[nid] = presence(node, where, dynamic)
    declared_nodes = graph.find("g:nodes", NS).get("count")
    if declared_nodes is not None and int(declared_nodes) != len(graph.findall("g:nodes/g:node", NS)):
        problem("nodes@count does not match the number of nodes")

    edge_ids, pairs = set(), {}
    edges = graph.findall("g:edges/g:edge", NS)
    for edge in edges:
        eid = edge.get("id")
        where = f"edge {eid!r}"
        if eid is None:
            problem("edge without id")
        elif eid in edge_ids:
            problem(f"{where}: duplicate id")
        edge_ids.add(eid)
        source, target = edge.get("source"), edge.get("target")
        for end in (source, target):
            if end not in nodes:
                problem(f"{where}: endpoint {end!r} is not a node")
        if source == target:
            problem(f"{where}: self-loop")
        if edge.get("type") is not None and edge.get("type") != (default_type or "undirected"):
            problem(f"{where}: type {edge.get('type')!r} contradicts defaultedgetype {default_type!r} (Gephi drops it)")
        kind = edge.get("kind")
        if kind is None:
            problem(f"{where}: no kind")
        signature = (min(source, target), max(source, target), kind)
        if signature in pairs:
            problem(f"{where}: same (pair, kind) as {pairs[signature]!r}; Gephi would merge them")
        pairs[signature] = eid
        weight = edge.get("weight")
        if weight is not None and not (math.isfinite(float(weight)) and float(weight) > 0):
            problem(f"{where}: weight {weight} is not > 0 (Gephi deletes the edge)")
        check_values(edge, "edge", where)
        check_color(edge, where)
        own = presence(edge, where, dynamic)
        for end in (source, target):
            if end in nodes and not covered(own, nodes[end]):
                problem(f"{where}: present when endpoint {end!r} is not")
    declared_edges = graph.find("g:edges", NS).get("count")
    if declared_edges is not None and int(declared_edges) != len(edges):
        problem("edges@count does not match the number of edges")

    return {"problems": list(problems), "nodes": len(nodes), "edges": len(edges)}


print(json.dumps([main(path) for path in sys.argv[1:]]))
