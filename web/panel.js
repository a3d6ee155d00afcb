// The explorer's side panel: an entity's properties and sources, or a relationship's
// explanation, figures and sources. Everything is built with textContent (no HTML injection).
import { edgeFigures, formatMoney, formatQuantity } from './elements.js';
import { labelStyle } from './styles.js';

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null) continue;
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c != null && c !== '') node.append(c);
  return node;
}

/** "capacityStatus" → "capacity status". */
function words(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** A property value in words: quantities, money and validity spelt out, lists joined. */
function valueText(v) {
  if (v == null) return '';
  if (Array.isArray(v)) return v.map(valueText).filter(Boolean).join(', ');
  if (typeof v === 'object') {
    if ('amount' in v) return formatMoney(v);
    if ('value' in v && 'bound' in v) return formatQuantity(v);
    if ('from' in v || 'to' in v) {
      const from = v.fromText ?? v.from;
      const to = v.toText ?? v.to;
      return [from ? `from ${from}` : '', to ? `to ${to}` : ''].filter(Boolean).join(' ');
    }
    return JSON.stringify(v);
  }
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return String(v);
}

function propertyTable(props) {
  const rows = Object.entries(props ?? {})
    .map(([k, v]) => [k, valueText(v)])
    .filter(([, v]) => v !== '');
  if (!rows.length) return null;
  return el('dl', { class: 'props' }, ...rows.flatMap(([k, v]) => [el('dt', {}, words(k)), el('dd', {}, v)]));
}

/** Only http(s) links are made clickable. */
function safeUrl(url) {
  return /^https?:\/\//i.test(url ?? '') ? url : null;
}

function sourceList(sources) {
  const list = el('ul', { class: 'sources' });
  for (const s of sources ?? []) {
    const href = safeUrl(s.url);
    const title = href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, s.name) : el('span', {}, s.name);
    const meta = [s.publisher, s.sourceType, s.publishedDate].filter(Boolean).join(' · ');
    const doi = s.doi ? el('a', { href: `https://doi.org/${encodeURI(s.doi)}`, target: '_blank', rel: 'noopener noreferrer' }, `doi:${s.doi}`) : null;
    list.append(el('li', { 'data-source-id': s.id }, title, meta ? el('div', { class: 'meta' }, meta) : null, doi));
  }
  if (!list.children.length) list.append(el('li', { class: 'none' }, 'No source recorded.'));
  return el('section', { class: 'sources-section' }, el('h3', {}, `Sources (${sources?.length ?? 0})`), list);
}

function badge(label) {
  const b = el('span', { class: 'badge' }, label);
  b.style.background = labelStyle(label).color;
  return b;
}

/** Replaces the panel's content, leaving out absent parts. */
function fill(panel, ...parts) {
  panel.replaceChildren(...parts.filter((p) => p != null));
}

/** Shows "Loading …" for an entity or relationship. */
export function showLoading(panel, title) {
  fill(panel, el('h2', {}, title), el('p', { class: 'hint' }, 'Loading…'));
  panel.dataset.kind = 'loading';
}

/** Shows an error message. */
export function showError(panel, title, message) {
  fill(panel, el('h2', {}, title), el('p', { class: 'error', role: 'alert' }, message));
  panel.dataset.kind = 'error';
}

/**
 * Shows an entity: name, label, id, description, aliases, its plain properties and sources,
 * and `note` (what expanding it added).
 */
export function showEntity(panel, d, note) {
  fill(
    panel,
    el('h2', {}, d.name),
    el('p', { class: 'ident' }, badge(d.label), ' ', el('code', {}, d.id)),
    d.description ? el('p', { class: 'description' }, d.description) : null,
    d.aliases?.length ? el('p', { class: 'aliases' }, `Also: ${d.aliases.join(', ')}`) : null,
    note ? el('p', { class: 'hint expansion' }, note) : null,
    propertyTable(d.properties),
    sourceList(d.sources),
  );
  panel.dataset.kind = 'entity';
  panel.dataset.id = d.id;
}

/** One line per relationship of a bundle: basis, year and figures. */
function memberList(members) {
  const list = el('ol', { class: 'members' });
  const byYear = [...members].sort((a, b) => (b.properties?.year ?? 0) - (a.properties?.year ?? 0));
  for (const m of byYear) {
    const p = m.properties ?? {};
    const line = [p.basis, ...edgeFigures(p), p.year && !p.quantity && p.sharePct == null && !p.money ? String(p.year) : null, p.note]
      .filter(Boolean)
      .join(' · ');
    list.append(el('li', {}, m.explanation ?? (line || m.id)));
  }
  return el('section', {}, el('h3', {}, `${members.length} relationships`), list);
}

/** Shows a relationship (edge data from elements.js), or a bundle of parallel ones; `nameOf` gives a node's name by id. */
export function showEdge(panel, e, nameOf) {
  const { role, ...rest } = e.properties ?? {};
  fill(
    panel,
    el('h2', {}, e.type),
    el('p', { class: 'ident' }, `${nameOf(e.storedSource)} → ${nameOf(e.storedTarget)}`),
    e.explanation ? el('p', { class: 'description' }, e.explanation) : null,
    e.members ? memberList(e.members) : propertyTable({ role, ...rest }),
    e.members ? null : el('p', { class: 'hint' }, el('code', {}, e.id)),
    sourceList(e.sources),
  );
  panel.dataset.kind = 'edge';
  panel.dataset.id = e.id;
}
