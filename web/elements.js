// API answers → Cytoscape elements. Edges carry a caption (type and key figures: "15 t/yr",
// "98.7 %", the role), the stored properties, sources and, for hops, the explanation.

const num = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const BOUND = { atLeast: '≥ ', atMost: '≤ ', approximate: '≈ ', exact: '' };
const NOTABLE_STATUS = new Set(['announced', 'planned', 'underConstruction', 'suspended', 'ended', 'idle']);

/** "15 t/yr", "≥ 20 kt": a Quantity in words. */
export function formatQuantity(q) {
  if (!q) return '';
  return `${BOUND[q.bound] ?? ''}${num.format(q.value)}${q.unit ? ` ${q.unit}` : ''}`;
}

/** "≥ 20M USD": a Money amount in words. */
export function formatMoney(m) {
  if (!m) return '';
  return `${BOUND[m.bound] ?? ''}${compact.format(m.amount)} ${m.currency}`;
}

/** "98.7 %": a share in percent. */
export function formatShare(pct, bound) {
  return pct == null ? '' : `${BOUND[bound] ?? ''}${num.format(pct)} %`;
}

/** The key figures of a relationship: role, quantity, share, money (with their year), notable status. */
export function edgeFigures(p = {}) {
  const out = [];
  if (p.role) out.push(p.role);
  const measured = [formatQuantity(p.quantity), formatShare(p.sharePct, p.sharePctBound), formatMoney(p.money)].filter(Boolean);
  if (measured.length) out.push(`${measured.join(', ')}${p.year ? ` (${p.year})` : ''}`);
  if (p.status && NOTABLE_STATUS.has(p.status)) out.push(p.status);
  return out;
}

/** The edge caption: the relationship type, then its figures on a second line. */
export function edgeCaption(type, properties) {
  const figures = edgeFigures(properties ?? {});
  return figures.length ? `${type}\n${figures.join(' · ')}` : type;
}

/** A node element for an entity ({ id, label, name }). */
export function nodeElement(entity, classes = '') {
  return { group: 'nodes', data: { id: entity.id, label: entity.label, name: entity.name }, classes };
}

/**
 * An edge element for a chain hop, drawn from the dependent (`from`) to what it depends on
 * (`to`) so the layout reads left to right; `reversed` marks a hop crossed against the stored
 * relationship (its arrowhead is drawn at the `from` end).
 */
export function hopElement(hop) {
  return {
    group: 'edges',
    classes: 'hop',
    data: {
      id: hop.id,
      source: hop.from.id,
      target: hop.to.id,
      reversed: hop.direction === 'BACKWARD',
      type: hop.relationship,
      caption: edgeCaption(hop.relationship, hop.properties),
      explanation: hop.explanation,
      properties: hop.properties,
      sources: hop.sources,
      storedSource: hop.direction === 'BACKWARD' ? hop.to.id : hop.from.id,
      storedTarget: hop.direction === 'BACKWARD' ? hop.from.id : hop.to.id,
    },
  };
}

/** An edge element for a neighbourhood GraphEdge (pointing as stored). */
export function graphEdgeElement(edge) {
  const figures = edgeFigures(edge.properties ?? {});
  return {
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      reversed: false,
      type: edge.type,
      caption: figures.length ? `${edge.type}\n${figures.join(' · ')}` : edge.type,
      explanation: null,
      properties: edge.properties,
      sources: edge.sources,
      storedSource: edge.source,
      storedTarget: edge.target,
    },
  };
}

/** Nodes and edges of a list of chains (each hop once), the root entity marked `root`. */
export function chainElements(rootId, chains) {
  const nodes = new Map();
  const edges = new Map();
  for (const chain of chains) {
    for (const hop of chain.hops) {
      for (const e of [hop.from, hop.to]) if (!nodes.has(e.id)) nodes.set(e.id, nodeElement(e, e.id === rootId ? 'root' : ''));
      if (!edges.has(hop.id)) edges.set(hop.id, hopElement(hop));
    }
  }
  return [...nodes.values(), ...edges.values()];
}

/** Nodes and edges of a neighbourhood Graph, its center marked `root`. */
export function graphElements(graph) {
  return [...graph.nodes.map((n) => nodeElement(n, n.id === graph.center.id ? 'root' : '')), ...graph.edges.map(graphEdgeElement)];
}

/**
 * Turns edges that run from a new node into an already drawn one (`drawn`: ids on the graph)
 * around, so an expansion grows away from what is drawn (left to right); the arrowhead stays
 * on the stored relationship's end node (`reversed`).
 */
export function orientAway(elements, drawn) {
  return elements.map((e) => {
    if (e.group !== 'edges' || drawn.has(e.data.source) || !drawn.has(e.data.target)) return e;
    return { ...e, data: { ...e.data, source: e.data.target, target: e.data.source, reversed: !e.data.reversed } };
  });
}

/**
 * Draws parallel edges (same direction, ends and type: a country's PRODUCES figures per year
 * and basis, say) as one edge captioned "TYPE ×n" with the latest figure; its `members` keep
 * every edge's data for the side panel. Other elements pass through unchanged.
 */
export function bundleParallel(elements) {
  const groups = new Map();
  const out = [];
  for (const e of elements) {
    if (e.group !== 'edges') {
      out.push(e);
      continue;
    }
    const key = `${e.data.source}|${e.data.target}|${e.data.type}|${e.data.reversed ? 1 : 0}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(e);
  }
  for (const [key, members] of groups) {
    if (members.length === 1) {
      out.push(members[0]);
      continue;
    }
    const latest = [...members].sort((a, b) => (b.data.properties?.year ?? 0) - (a.data.properties?.year ?? 0))[0];
    const figures = edgeFigures(latest.data.properties ?? {});
    const sources = new Map();
    for (const m of members) for (const s of m.data.sources ?? []) sources.set(s.id, s);
    out.push({
      group: 'edges',
      classes: members.some((m) => m.classes === 'hop') ? 'hop bundle' : 'bundle',
      data: {
        ...latest.data,
        id: `bundle:${key}`,
        caption: `${latest.data.type} ×${members.length}${figures.length ? `\n${figures.join(' · ')}` : ''}`,
        explanation: null,
        members: members.map((m) => m.data),
        sources: [...sources.values()],
      },
    });
  }
  return out;
}
