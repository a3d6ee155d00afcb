// The article review page (/review): extractArticle reads the article, the reviewer accepts,
// rejects or edits each candidate against its highlighted evidence, and loadDataset loads the
// accepted ones with the editor key typed here (sent as Authorization: Bearer <key>, never stored).
import { GraphQLRequestError, gql } from './api.js';

const $ = (id) => document.getElementById(id);
const EXTRACT = `query Extract($input: ArticleInput!) { extractArticle(input: $input) {
  source format body sentences { index start end }
  candidates { id kind summary record evidence { text start end } confidence requires note about } } }`;
const LOAD = `mutation Load($name: String!, $content: JSON!) { loadDataset(name: $name, content: $content) {
  name nodes { kind created updated unchanged } relationships { kind created updated unchanged } } }`;

/** { extraction, items: Map<candidate id, {cand, decision, record, problem}> } of the article shown. */
let state = null;

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('data-')) e.setAttribute(k, v);
    else e[k] = v;
  }
  for (const c of children) e.append(c);
  return e;
}

function setStatus(id, text, kind = '') {
  $(id).textContent = text;
  $(id).className = `status ${kind}`;
}

const today = () => new Date().toISOString().slice(0, 10);

async function readFile(file) {
  $('article-text').value = await file.text();
  $('article-text').dataset.fileName = file.name;
}

async function extract(event) {
  event.preventDefault();
  const text = $('article-text').value;
  const input = { text, fileName: $('article-text').dataset.fileName || null, retrievedDate: $('article-retrieved').value || today() };
  if ($('article-url').value) input.url = $('article-url').value;
  if ($('article-published').value) input.publishedDate = $('article-published').value;
  document.body.dataset.state = 'extracting';
  setStatus('extract-status', 'Reading the article…');
  try {
    const { extractArticle: x } = await gql(EXTRACT, { input });
    state = { extraction: x, items: new Map(x.candidates.map((c) => [c.id, { cand: c, decision: 'pending', record: c.record, problem: '' }])) };
    setStatus('extract-status', `${x.format}: ${x.sentences.length} sentences, ${x.candidates.length} candidate facts.`, 'ok');
    render();
    document.body.dataset.state = 'ready';
  } catch (err) {
    setStatus('extract-status', err.message, 'error');
    document.body.dataset.state = 'error';
  }
}

/** The article body as text with one <mark> per stretch of evidence, naming the candidates it supports. */
function renderBody() {
  const { body, candidates } = state.extraction;
  const cuts = new Set([0, body.length]);
  for (const c of candidates) for (const e of c.evidence) cuts.add(e.start).add(e.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out = $('article-body');
  out.replaceChildren();
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const text = body.slice(from, to);
    const ids = candidates.filter((c) => c.evidence.some((e) => e.start <= from && to <= e.end)).map((c) => c.id);
    if (ids.length === 0) out.append(text);
    else {
      const mark = el('mark', { 'data-candidates': ids.join(' '), title: ids.map((id) => state.items.get(id).cand.summary).join('\n') }, text);
      mark.addEventListener('click', () => activate(ids[0]));
      out.append(mark);
    }
  }
  paintMarks();
}

function paintMarks() {
  for (const m of $('article-body').querySelectorAll('mark')) {
    const ids = m.dataset.candidates.split(' ');
    m.classList.toggle(
      'rejected',
      ids.every((id) => state.items.get(id).decision === 'rejected'),
    );
  }
}

function activate(id) {
  for (const m of $('article-body').querySelectorAll('mark')) m.classList.toggle('active', m.dataset.candidates.split(' ').includes(id));
  for (const li of $('candidates').children) li.classList.toggle('active', li.dataset.id === id);
  document.querySelector(`.candidate[data-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
}

/** Accepting a fact accepts the new entities it needs; rejecting an entity rejects the facts that need it. */
function decide(id, decision) {
  const item = state.items.get(id);
  item.decision = decision;
  if (decision === 'accepted') for (const r of item.cand.requires) if (state.items.get(r)?.decision !== 'accepted') decide(r, 'accepted');
  if (decision === 'rejected')
    for (const other of state.items.values()) if (other.cand.requires.includes(id) && other.decision !== 'rejected') decide(other.cand.id, 'rejected');
}

function refresh() {
  for (const li of $('candidates').children) {
    const item = state.items.get(li.dataset.id);
    li.dataset.decision = item.decision;
    li.querySelector('.decision').textContent = item.decision;
    li.querySelector('.problem').textContent = item.problem;
  }
  const accepted = [...state.items.values()].filter((i) => i.decision === 'accepted').length;
  $('candidate-count').textContent = `(${state.items.size}, ${accepted} accepted)`;
  paintMarks();
}

function candidateItem(item) {
  const c = item.cand;
  const editor = el('textarea', {
    rows: Math.min(12, JSON.stringify(c.record, null, 2).split('\n').length),
    value: JSON.stringify(c.record, null, 2),
    hidden: true,
    'aria-label': `record of ${c.summary}`,
  });
  editor.addEventListener('input', () => {
    try {
      const parsed = JSON.parse(editor.value);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('a record is a JSON object');
      item.record = parsed;
      item.problem = '';
    } catch (err) {
      item.problem = `Not loaded as edited: ${err.message}`;
    }
    refresh();
  });
  const button = (label, onClick) => {
    const b = el('button', { type: 'button', textContent: label });
    b.addEventListener('click', onClick);
    return b;
  };
  const li = el(
    'li',
    { class: 'candidate', 'data-id': c.id, 'data-kind': c.kind, 'data-decision': item.decision },
    el(
      'div',
      { class: 'head' },
      el('span', { class: 'kind', textContent: c.kind }),
      el('span', { class: 'summary', textContent: c.summary }),
      el('span', { class: 'confidence', textContent: `confidence ${c.confidence.toFixed(2)}` }),
    ),
    ...c.evidence.map((e) => el('p', { class: 'evidence', textContent: `“${e.text}”` })),
    ...(c.note ? [el('p', { class: 'note', textContent: c.note })] : []),
    el(
      'div',
      { class: 'actions' },
      button('Accept', () => {
        decide(c.id, 'accepted');
        refresh();
      }),
      button('Reject', () => {
        decide(c.id, 'rejected');
        refresh();
      }),
      button('Edit', () => {
        editor.hidden = !editor.hidden;
      }),
      el('span', { class: 'decision', textContent: item.decision }),
    ),
    editor,
    el('p', { class: 'problem' }),
  );
  li.addEventListener('click', (e) => {
    if (e.target.tagName !== 'TEXTAREA' && e.target.tagName !== 'BUTTON') activate(c.id);
  });
  return li;
}

function render() {
  const x = state.extraction;
  $('article-title').textContent = x.source.name ?? 'Article';
  $('article-meta').textContent = [x.source.publisher, x.source.publishedDate && `published ${x.source.publishedDate}`, x.source.url, x.source.id]
    .filter(Boolean)
    .join(' · ');
  $('candidates').replaceChildren(...[...state.items.values()].map(candidateItem));
  $('results').hidden = false;
  $('load-result').replaceChildren();
  setStatus('load-status', '');
  renderBody();
  refresh();
}

/** The accepted candidates, as edited, as a dataset in the loader's format citing the article; ids edited on entities follow into the facts that name them. */
function acceptedDataset(extraction, items) {
  const src = extraction.source.id;
  const accepted = [...items.values()].filter((i) => i.decision === 'accepted');
  const renamed = new Map(accepted.filter((i) => i.cand.kind === 'ENTITY' && i.record.id !== i.cand.record.id).map((i) => [i.cand.record.id, i.record.id]));
  const ref = (id) => renamed.get(id) ?? id;
  const nodes = [];
  const relationships = [];
  for (const { cand, record } of accepted) {
    if (cand.kind === 'RELATIONSHIP') relationships.push({ key: '', ...record, from: ref(record.from), to: ref(record.to), sources: [src] });
    else nodes.push({ ...record, sources: [src] });
    if (cand.kind === 'CLAIM') relationships.push({ type: 'ABOUT', from: record.id, to: ref(cand.about), key: '', sources: [src] });
  }
  return { sources: [extraction.source], nodes, relationships };
}

function summaryTable(result) {
  const rows = [...result.nodes.map((c) => ['node', c]), ...result.relationships.map((c) => ['relationship', c])];
  return el(
    'table',
    {},
    el('tr', {}, ...['kind', 'created', 'updated', 'unchanged'].map((h) => el('th', { textContent: h }))),
    ...rows.map(([what, c]) =>
      el(
        'tr',
        { 'data-kind': c.kind },
        el('td', { textContent: `${c.kind} (${what})` }),
        ...[c.created, c.updated, c.unchanged].map((n) => el('td', { textContent: String(n) })),
      ),
    ),
  );
}

async function load(event) {
  event.preventDefault();
  if (!state) return;
  const items = [...state.items.values()];
  const broken = items.filter((i) => i.decision === 'accepted' && i.problem);
  if (broken.length) {
    setStatus('load-status', `Fix or reject first: ${broken.map((i) => i.cand.summary).join('; ')}`, 'error');
    return;
  }
  const content = acceptedDataset(state.extraction, state.items);
  if (content.nodes.length + content.relationships.length === 0) {
    setStatus('load-status', 'Accept at least one candidate first.', 'error');
    return;
  }
  const key = $('api-key').value.trim();
  document.body.dataset.state = 'loading';
  setStatus('load-status', 'Loading…');
  $('load-result').replaceChildren();
  try {
    const { loadDataset } = await gql(
      LOAD,
      { name: `review ${state.extraction.source.id}`.slice(0, 200), content },
      key ? { authorization: `Bearer ${key}` } : {},
    );
    setStatus(
      'load-status',
      `Loaded ${content.nodes.length} node record(s) and ${content.relationships.length} relationship record(s), citing ${state.extraction.source.id}.`,
      'ok',
    );
    $('load-result').replaceChildren(summaryTable(loadDataset));
    document.body.dataset.state = 'loaded';
  } catch (err) {
    setStatus('load-status', err.message, 'error');
    const issues = err instanceof GraphQLRequestError ? err.errors.flatMap((e) => e.extensions?.issues ?? []) : [];
    if (issues.length)
      $('load-result').replaceChildren(el('ul', { class: 'issues' }, ...issues.map((i) => el('li', { textContent: `${i.record}: ${i.field}: ${i.message}` }))));
    document.body.dataset.state = 'load-failed';
  }
}

$('article-retrieved').value = today();
$('article-file').addEventListener('change', (e) => {
  const file = e.target.files?.[0];
  if (file) {
    readFile(file)
      .then(() => $('extract-button').click())
      .catch((err) => setStatus('extract-status', `Could not read ${file.name}: ${err.message}`, 'error'));
  }
});
$('article-text').addEventListener('input', () => delete $('article-text').dataset.fileName);
$('article-form').addEventListener('submit', extract);
$('load-form').addEventListener('submit', load);
$('accept-all').addEventListener('click', () => {
  for (const id of state.items.keys()) if (state.items.get(id).decision !== 'rejected') decide(id, 'accepted');
  refresh();
});
$('reject-all').addEventListener('click', () => {
  for (const id of state.items.keys()) decide(id, 'rejected');
  refresh();
});
