// Charts in the explorer's side panel for a metal or product (Chart.js 4, served from this
// service's node_modules as /vendor/chart.js): its USGS salient statistics as a line chart,
// one series at a time (prices first), and, where the item has a mapped value chain, the
// concentration per stage as a bar chart (top producer's share per year, HHI in the table).
// The figures are also listed as text. `panel.dataset.charts` is loading, ready or none.
import { gql } from './api.js';

const SERIES = `query ($itemId: ID!) { series(itemId: $itemId) {
  measure { id } statistic form unit
  points { year quantity { value bound } noValueReason estimated }
  sources { name doi }
} }`;
const STAGES = `query ($itemId: ID!) { valueChainConcentration(itemId: $itemId) {
  chain years
  stages { stage label years { year hasFigures topProducer { name } topSharePct top3SharePct hhi }
    change { topSharePctPoints hhi } }
} }`;

/** Statistics drawn first when an item has them, in this order. */
const PREFERRED = ['price', 'imports', 'consumption', 'exports', 'production', 'importReliance'];
const YEAR_COLOURS = ['#8fb3d9', '#1f5f9f', '#e07b39'];

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) node.setAttribute(k, v);
  for (const c of children) if (c != null && c !== '') node.append(c);
  return node;
}

const seriesName = (s) => `${s.statistic}${s.form ? ` – ${s.form}` : ''} (${s.unit})`;
const bounded = (q) => (q ? `${q.bound === 'atLeast' ? '≥ ' : q.bound === 'atMost' ? '≤ ' : ''}${q.value.toLocaleString('en-US')}` : '');
const pct = (v) => (v == null ? '—' : `${v.toFixed(1)} %`);

/** Draws one series into `canvas` (replacing its chart) and lists its points in `list`. */
function drawSeries(canvas, list, s) {
  window.Chart.getChart(canvas)?.destroy();
  new window.Chart(canvas, {
    type: 'line',
    data: {
      labels: s.points.map((p) => String(p.year)),
      datasets: [
        { label: seriesName(s), data: s.points.map((p) => p.quantity?.value ?? null), borderColor: '#1f5f9f', backgroundColor: '#1f5f9f', spanGaps: false },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: { y: { title: { display: true, text: s.unit } } },
    },
  });
  canvas.dataset.measure = s.measure.id;
  list.replaceChildren(
    ...s.points.map((p) => el('li', {}, `${p.year}${p.estimated ? ' (est.)' : ''}: `, p.quantity ? bounded(p.quantity) : (p.noValueReason ?? ''))),
  );
}

function seriesSection(all) {
  const ordered = [...all].sort((a, b) => (PREFERRED.indexOf(a.statistic) + 1 || 99) - (PREFERRED.indexOf(b.statistic) + 1 || 99));
  const select = el('select', { id: 'series-select', 'aria-label': 'Statistic' });
  for (const s of ordered) select.append(el('option', { value: s.measure.id }, seriesName(s)));
  const canvas = el('canvas', { id: 'series-chart', role: 'img', 'aria-label': 'USGS salient statistic by year' });
  const list = el('ol', { class: 'series-points' });
  const section = el(
    'section',
    { class: 'chart' },
    el('h3', {}, 'U.S. salient statistics, 2020–2024'),
    select,
    el('div', { class: 'chart-box' }, canvas),
    list,
    el('p', { class: 'hint' }, `Source: ${all[0].sources.map((x) => x.name).join('; ')} (doi:${all[0].sources[0]?.doi ?? ''})`),
  );
  select.addEventListener('change', () =>
    drawSeries(
      canvas,
      list,
      ordered.find((s) => s.measure.id === select.value),
    ),
  );
  return { section, draw: () => drawSeries(canvas, list, ordered[0]) };
}

function stageSection(v) {
  const canvas = el('canvas', { id: 'stage-chart', role: 'img', 'aria-label': 'Top producer share per stage and year' });
  const rows = v.stages.map((s) =>
    el(
      'tr',
      {},
      el('th', {}, s.label),
      ...s.years.map((y) =>
        el(
          'td',
          {},
          y.hasFigures ? `${y.topProducer?.name ?? '—'} ${pct(y.topSharePct)} · top 3 ${pct(y.top3SharePct)} · HHI ${Math.round(y.hhi)}` : 'no figures',
        ),
      ),
      el(
        'td',
        {},
        s.change
          ? `${s.change.topSharePctPoints >= 0 ? '+' : ''}${s.change.topSharePctPoints.toFixed(1)} pp · HHI ${s.change.hhi >= 0 ? '+' : ''}${Math.round(s.change.hhi)}`
          : '—',
      ),
    ),
  );
  const table = el(
    'table',
    { class: 'stages' },
    el('tr', {}, el('th', {}, 'stage'), ...v.years.map((y) => el('th', {}, String(y))), el('th', {}, 'change')),
    ...rows,
  );
  const section = el('section', { class: 'chart' }, el('h3', {}, `Concentration by stage: ${v.chain}`), el('div', { class: 'chart-box' }, canvas), table);
  const draw = () =>
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: v.stages.map((s) => s.label),
        datasets: v.years.map((year, i) => ({
          label: `${year}: top producer's share (%)`,
          data: v.stages.map((s) => s.years[i].topSharePct),
          backgroundColor: YEAR_COLOURS[i % YEAR_COLOURS.length],
        })),
      },
      options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { y: { min: 0, max: 100, title: { display: true, text: '%' } } } },
    });
  return { section, draw };
}

/**
 * Appends the charts of `entity` (a Metal or Product) to `panel`, unless the panel has moved
 * on to another entity meanwhile. A chain that is not mapped is simply not shown.
 */
export async function appendCharts(panel, entity) {
  if (!window.Chart || !['Metal', 'Product'].includes(entity.label)) return;
  panel.dataset.charts = 'loading';
  const [series, stages] = await Promise.all([
    gql(SERIES, { itemId: entity.id })
      .then((d) => d.series)
      .catch(() => []),
    gql(STAGES, { itemId: entity.id })
      .then((d) => d.valueChainConcentration)
      .catch(() => null),
  ]);
  if (panel.dataset.id !== entity.id) return;
  const parts = [series.length ? seriesSection(series) : null, stages ? stageSection(stages) : null].filter(Boolean);
  for (const p of parts) panel.append(p.section);
  for (const p of parts) p.draw();
  panel.dataset.charts = parts.length ? 'ready' : 'none';
}
