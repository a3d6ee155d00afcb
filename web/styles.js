// How the explorer draws each node label (colour and shape), the Cytoscape stylesheet and the
// legend. Shapes are Cytoscape node shapes; the legend draws the same shapes in SVG.

/** Colour and Cytoscape shape per node label (the schema's Label enum). */
export const LABEL_STYLES = {
  Company: { color: '#4e79a7', shape: 'round-rectangle' },
  Person: { color: '#9c755f', shape: 'ellipse' },
  Country: { color: '#59a14f', shape: 'round-hexagon' },
  Metal: { color: '#f28e2b', shape: 'ellipse' },
  Product: { color: '#e3b505', shape: 'barrel' },
  Technology: { color: '#b07aa1', shape: 'round-pentagon' },
  Facility: { color: '#76b7b2', shape: 'cut-rectangle' },
  Agreement: { color: '#ff9da7', shape: 'round-tag' },
  Industry: { color: '#8c8c8c', shape: 'round-octagon' },
  Policy: { color: '#e15759', shape: 'round-diamond' },
  Claim: { color: '#d4a6c8', shape: 'rhomboid' },
  Measure: { color: '#86bcb6', shape: 'round-rectangle' },
  Source: { color: '#bab0ac', shape: 'rectangle' },
};
const FALLBACK = { color: '#999999', shape: 'ellipse' };

/** The style of a label (a grey ellipse for a label this page does not know). */
export function labelStyle(label) {
  return LABEL_STYLES[label] ?? FALLBACK;
}

/** The Cytoscape stylesheet: nodes by label, the entity asked about emphasised, edges labelled. */
export function cytoscapeStyle() {
  const byLabel = Object.entries(LABEL_STYLES).map(([label, s]) => ({
    selector: `node[label = "${label}"]`,
    style: { 'background-color': s.color, shape: s.shape },
  }));
  return [
    {
      selector: 'node',
      style: {
        'background-color': FALLBACK.color,
        shape: FALLBACK.shape,
        width: 34,
        height: 34,
        'border-width': 1.5,
        'border-color': '#33415c',
        label: 'data(name)',
        'font-family': 'system-ui, "DejaVu Sans", sans-serif',
        'font-size': 13,
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': '110px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 5,
      },
    },
    ...byLabel,
    { selector: 'node.root', style: { width: 46, height: 46, 'border-width': 4, 'border-color': '#14324f', 'font-weight': 'bold' } },
    { selector: 'node.expanded', style: { 'border-style': 'double', 'border-width': 4 } },
    { selector: 'node:selected', style: { 'overlay-color': '#2f6fb0', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'line-color': '#8796a8',
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#8796a8',
        'arrow-scale': 0.9,
        label: 'data(caption)',
        'font-size': 10,
        color: '#3e4c59',
        'text-wrap': 'wrap',
        'min-zoomed-font-size': 5,
        'text-background-color': '#f7f8fa',
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
      },
    },
    // A hop crossed against the stored direction: drawn along the dependency (left to right),
    // its arrowhead still on the stored relationship's end node.
    { selector: 'edge[?reversed]', style: { 'target-arrow-shape': 'none', 'source-arrow-shape': 'triangle', 'source-arrow-color': '#8796a8' } },
    { selector: 'edge.hop', style: { width: 2.2, 'line-color': '#51627a', 'target-arrow-color': '#51627a', 'source-arrow-color': '#51627a' } },
    { selector: 'edge:selected', style: { 'line-color': '#2f6fb0', 'target-arrow-color': '#2f6fb0', 'source-arrow-color': '#2f6fb0', width: 3 } },
  ];
}

/** SVG outline of a node shape in a 20×20 box, for the legend. */
function shapeSvg(shape, color) {
  const poly = (pts) => `<polygon points="${pts}"/>`;
  const body =
    {
      ellipse: '<circle cx="10" cy="10" r="8"/>',
      'round-rectangle': '<rect x="2" y="3" width="16" height="14" rx="4"/>',
      rectangle: '<rect x="2" y="3" width="16" height="14"/>',
      'round-hexagon': poly('5,2 15,2 19,10 15,18 5,18 1,10'),
      barrel: '<path d="M4 2 Q1 10 4 18 L16 18 Q19 10 16 2 Z"/>',
      'round-pentagon': poly('10,1 19,8 15.5,18 4.5,18 1,8'),
      'cut-rectangle': poly('5,3 15,3 18,6 18,14 15,17 5,17 2,14 2,6'),
      'round-tag': poly('2,4 14,4 19,10 14,16 2,16'),
      'round-octagon': poly('6,1 14,1 19,6 19,14 14,19 6,19 1,14 1,6'),
      'round-diamond': poly('10,1 19,10 10,19 1,10'),
      rhomboid: poly('5,4 19,4 15,16 1,16'),
    }[shape] ?? '<circle cx="10" cy="10" r="8"/>';
  return `<svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true"><g fill="${color}" stroke="#33415c" stroke-width="1">${body}</g></svg>`;
}

/** Fills `el` with one entry per label in `labels` (in LABEL_STYLES order). */
export function renderLegend(el, labels) {
  const present = Object.keys(LABEL_STYLES).filter((l) => labels.has(l));
  for (const l of labels) if (!LABEL_STYLES[l]) present.push(l);
  el.replaceChildren();
  for (const label of present) {
    const s = labelStyle(label);
    const li = document.createElement('li');
    li.dataset.label = label;
    li.innerHTML = shapeSvg(s.shape, s.color);
    li.append(document.createTextNode(label));
    el.append(li);
  }
  el.hidden = present.length === 0;
}
