// The graph explorer: pick an entity (search), a view (dependency chains, exposure or
// neighbourhood), optionally a metal and a depth; the answer is drawn with Cytoscape and a
// left-to-right dagre layout. Clicking a node expands it (adds its neighbourhood) and shows its
// properties and sources; clicking an edge shows the fact it states. The state is kept in the
// URL (?entity=…&view=…&metal=…&depth=…). `window.cy` is the Cytoscape instance and
// `document.body.dataset.state` is idle, loading, ready or error.
import { dependencyChains, entityDetails, entitySummary, exposure, listMaterials, neighbourhood } from './api.js';
import { appendCharts } from './charts.js';
import { bundleParallel, chainElements, graphElements, nodeElement, orientAway } from './elements.js';
import { showEdge, showEntity, showError, showLoading } from './panel.js';
import { attachSearch } from './search.js';
import { cytoscapeStyle, renderLegend } from './styles.js';

const { cytoscape, cytoscapeDagre } = window;
if (cytoscapeDagre) {
  try {
    cytoscape.use(cytoscapeDagre); // cytoscape-dagre registers itself when it sees window.cytoscape
  } catch {
    /* already registered */
  }
}

const $ = (id) => document.getElementById(id);
const status = $('status');
const panel = $('panel');
const viewSelect = $('view-select');
const metalSelect = $('metal-select');
const depthSelect = $('depth-select');

const DEPTHS = { chains: [1, 8, 6], exposure: [1, 8, 6], neighbourhood: [1, 3, 1] };
const EXPAND_LIMIT = 25;
const state = { entity: null, view: 'chains', metal: '', depth: 6 };
let drawing = 0;
let summary = '';
/** Every relationship on the graph by id (parallel ones are drawn bundled). */
const edges = new Map();

/** Adds node and edge elements to the graph, drawing parallel edges as one. */
function addElements(elements) {
  const nodes = elements.filter((e) => e.group === 'nodes' && cy.getElementById(e.data.id).empty());
  for (const e of elements) if (e.group === 'edges' && !edges.has(e.data.id)) edges.set(e.data.id, e);
  cy.add(nodes);
  const drawn = bundleParallel([...edges.values()]);
  const keep = new Set(drawn.map((e) => e.data.id));
  cy.edges()
    .filter((e) => !keep.has(e.id()))
    .remove();
  for (const e of drawn) {
    const have = cy.getElementById(e.data.id);
    if (have.empty()) cy.add(e);
    else have.data(e.data);
  }
  return nodes.length;
}

const cy = cytoscape({
  container: $('cy'),
  style: cytoscapeStyle(),
  minZoom: 0.03,
  maxZoom: 3,
  boxSelectionEnabled: false,
});
window.cy = cy;

function setStatus(kind, text) {
  document.body.dataset.state = kind;
  status.textContent = text;
}

/** Runs the dagre layout, left to right; resolves when it stops. */
function layout(animate) {
  return new Promise((resolve) => {
    cy.layout({
      name: 'dagre',
      rankDir: 'LR',
      nodeSep: 22,
      rankSep: 75,
      edgeSep: 12,
      nodeDimensionsIncludeLabels: true,
      fit: true,
      padding: 40,
      animate,
      animationDuration: 350,
      stop: resolve,
    }).run();
  });
}

function drawnText() {
  return `${cy.nodes().length} entities and ${edges.size} relationships drawn.`;
}

function updateLegend() {
  renderLegend($('legend'), new Set(cy.nodes().map((n) => n.data('label'))));
}

function fillDepth() {
  const [min, max, dflt] = DEPTHS[state.view];
  if (!(state.depth >= min && state.depth <= max)) state.depth = dflt;
  depthSelect.replaceChildren(...Array.from({ length: max - min + 1 }, (_, i) => new Option(String(min + i), String(min + i))));
  depthSelect.value = String(state.depth);
  metalSelect.disabled = state.view === 'neighbourhood';
}

function writeUrl() {
  const url = new URL(location.href);
  url.search = '';
  if (state.entity) url.searchParams.set('entity', state.entity.id);
  url.searchParams.set('view', state.view);
  if (state.metal && state.view !== 'neighbourhood') url.searchParams.set('metal', state.metal);
  url.searchParams.set('depth', String(state.depth));
  history.replaceState(null, '', url);
}

/** Elements and a one-line summary of the current view's answer. */
async function fetchView() {
  const { entity, view, metal, depth } = state;
  if (view === 'neighbourhood') {
    const g = await neighbourhood(entity.id, depth, 60);
    const rels = g.edgesTruncated ? `, ${g.edges.length} of their ${g.edgeCount} relationships (those among the nearest)` : '';
    return { elements: graphElements(g), summary: `${g.nodes.length} of ${g.nodeCount} entities within ${depth} hop${depth > 1 ? 's' : ''}${rels}` };
  }
  const metalName = metal ? ` for ${metalSelect.selectedOptions[0]?.textContent ?? metal}` : '';
  if (view === 'chains') {
    const r = await dependencyChains(entity.id, metal, depth);
    return {
      elements: chainElements(entity.id, r.chains),
      summary: `${r.chains.length} of ${r.totalChains} dependency chains${metalName}${r.truncated ? ' (walk cut at its limit)' : ''}`,
    };
  }
  const r = await exposure(entity.id, metal, depth);
  return {
    elements: chainElements(
      entity.id,
      r.dependents.flatMap((d) => d.chains),
    ),
    summary: `${r.dependents.length} of ${r.totalDependents} dependents${metalName}${r.truncated ? ' (walk cut at its limit)' : ''}`,
  };
}

/** Draws the current view afresh. */
async function draw() {
  if (!state.entity) return;
  writeUrl();
  $('start').hidden = true;
  const ticket = ++drawing;
  setStatus('loading', `Loading ${state.entity.name}…`);
  try {
    const { elements, summary: found } = await fetchView();
    if (ticket !== drawing) return;
    cy.elements().remove();
    edges.clear();
    addElements(elements);
    if (cy.getElementById(state.entity.id).empty()) cy.add(nodeElement(state.entity, 'root'));
    await layout(false);
    updateLegend();
    summary = `${state.entity.name}: ${found}.`;
    setStatus('ready', `${summary} ${drawnText()} Click a node to expand it.`);
    void showDetails(cy.getElementById(state.entity.id), false);
  } catch (err) {
    if (ticket !== drawing) return;
    cy.elements().remove();
    updateLegend();
    setStatus('error', `${state.entity.name}: ${err.message}`);
  }
}

/** Adds a node's neighbourhood to the graph; returns a note on what was added. */
async function expand(node) {
  if (node.hasClass('expanded')) return 'Already expanded.';
  const g = await neighbourhood(node.id(), 1, EXPAND_LIMIT);
  node.addClass('expanded');
  const drawn = new Set(cy.nodes().map((n) => n.id()));
  const fresh = orientAway(
    graphElements(g).filter((e) => (e.group === 'nodes' ? !drawn.has(e.data.id) : !edges.has(e.data.id))),
    drawn,
  );
  const pos = node.position();
  for (const e of fresh) {
    if (e.group !== 'nodes') continue;
    e.classes = '';
    e.position = { x: pos.x, y: pos.y };
  }
  const nodes = addElements(fresh);
  const rels = fresh.length - nodes;
  if (fresh.length) await layout(true);
  updateLegend();
  const cut = [
    g.truncated && `its first ${g.nodes.length - 1} of ${g.nodeCount - 1} neighbours`,
    g.edgesTruncated && `${g.edges.length} of ${g.edgeCount} relationships`,
  ].filter(Boolean);
  const cutNote = cut.length ? ` (${cut.join('; ')})` : '';
  return `Expanded: ${nodes} new entit${nodes === 1 ? 'y' : 'ies'} and ${rels} new relationship${rels === 1 ? '' : 's'} added${cutNote}.`;
}

/** Shows a node's properties and sources; expands it first when `andExpand`. */
async function showDetails(node, andExpand) {
  if (node.empty()) return;
  cy.elements().unselect();
  node.select();
  const name = node.data('name');
  showLoading(panel, name);
  setStatus('loading', `Loading ${name}…`);
  try {
    const [details, note] = await Promise.all([entityDetails(node.id()), andExpand ? expand(node) : null]);
    if (!node.selected()) return;
    showEntity(panel, details, note);
    setStatus('ready', `${summary} ${drawnText()}`);
    await appendCharts(panel, details);
  } catch (err) {
    showError(panel, name, err.message);
    setStatus('error', `${name}: ${err.message}`);
  }
}

cy.on('tap', 'node', (ev) => showDetails(ev.target, true));
cy.on('tap', 'edge', (ev) => {
  cy.elements().unselect();
  ev.target.select();
  showEdge(panel, ev.target.data(), (id) => cy.getElementById(id).data('name') ?? id);
});

const search = attachSearch($('search-input'), $('search-results'), (entity) => {
  state.entity = entity;
  void draw();
});
$('controls').addEventListener('submit', (ev) => ev.preventDefault());
viewSelect.addEventListener('change', () => {
  state.view = viewSelect.value;
  state.depth = DEPTHS[state.view][2];
  fillDepth();
  void draw();
});
metalSelect.addEventListener('change', () => {
  state.metal = metalSelect.value;
  void draw();
});
depthSelect.addEventListener('change', () => {
  state.depth = Number(depthSelect.value);
  void draw();
});
$('fit-button').addEventListener('click', () => cy.fit(undefined, 40));

async function fillMaterials() {
  const { metals, products } = await listMaterials();
  for (const [label, list] of [
    ['Metals', metals],
    ['Products', products],
  ]) {
    const group = document.createElement('optgroup');
    group.label = label;
    for (const m of list) group.append(new Option(m.name, m.id));
    metalSelect.append(group);
  }
}

async function start() {
  const params = new URLSearchParams(location.search);
  state.view = DEPTHS[params.get('view')] ? params.get('view') : 'chains';
  state.metal = params.get('metal') ?? '';
  state.depth = Number(params.get('depth')) || DEPTHS[state.view][2];
  viewSelect.value = state.view;
  fillDepth();
  const materials = fillMaterials().catch((err) => setStatus('error', `Metals unavailable: ${err.message}`));
  const id = params.get('entity');
  await materials;
  if (state.metal && ![...metalSelect.options].some((o) => o.value === state.metal)) metalSelect.append(new Option(state.metal, state.metal));
  metalSelect.value = state.metal;
  if (!id) return;
  try {
    state.entity = await entitySummary(id);
    search.setText(state.entity.name);
    await draw();
  } catch (err) {
    setStatus('error', `${id}: ${err.message}`);
  }
}

start().catch((err) => setStatus('error', err.message));
