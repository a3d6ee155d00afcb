/** The BI feeds (/feeds/…) through HTTP against the bundled graph, and the CLI export's shared code. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { labelPropertyColumns, typePropertyColumns } from '../src/feeds/columns.js';
import { exportFeed } from '../src/feeds/feed.js';
import { parseFeedRequest, TABLE_FILTERS } from '../src/feeds/params.js';
import { FACT_COLUMNS, nodeColumns, PRODUCTION_COLUMNS, relationshipColumns } from '../src/feeds/tables.js';
import { LABEL_PREFIX, LABELS, REL_TYPE_NAMES } from '../src/model/schema.js';
import { useBundledApp } from './support/bundled-app.js';

const app = useBundledApp();
const db = app.db;

/** The production feed's columns as docs/bi-feeds.md documents them. */
const PRODUCTION_HEADER = [
  'commodity',
  'item_id',
  'measure_id',
  'measure',
  'country_iso',
  'country_name',
  'year',
  'basis',
  'quantity',
  'unit',
  'quantity_bound',
  'quantity_t',
  'share_of_world_pct',
  'estimated',
  'no_value_reason',
  'source_id',
  'key',
  'note',
  'updated_at',
];
/** The facts feed's columns as docs/bi-feeds.md documents them. */
const FACTS_HEADER = [
  'subject_id',
  'subject_label',
  'subject_name',
  'predicate',
  'object_id',
  'object_label',
  'object_name',
  'key',
  'value',
  'unit',
  'bound',
  'value_text',
  'period_or_validity',
  'status',
  'source_ids',
  'note',
  'updated_at',
];

/**
 * One docs/bi-feeds.md table of per-label or per-type property columns (the section that
 * starts at `heading`), as a map from the label or type to its column names.
 */
function documentedColumns(heading: string): Map<string, string[]> {
  const doc = readFileSync('docs/bi-feeds.md', 'utf8');
  const section = doc.slice(doc.indexOf(heading)).split('\n\n')[1];
  const rows = section.split('\n').filter((l) => /^\| `[A-Z]/.test(l));
  return new Map(
    rows.map((l) => {
      const [name, columns] = l
        .split('|')
        .slice(1, 3)
        .map((c) => c.trim());
      return [name.replace(/`/g, ''), columns === '—' ? [] : columns.split(',').map((c) => c.trim().replace(/`/g, ''))];
    }),
  );
}
/** The nodes and relationships feeds' headers as docs/bi-feeds.md documents them, independently of the code that makes them. */
const NODE_PROPERTY_COLUMNS = documentedColumns('Property columns of each label');
const TYPE_PROPERTY_COLUMNS = documentedColumns('Property columns of each type');
const documentedNodeHeader = (label: string) => [
  'id',
  'label',
  'name',
  'aliases',
  'description',
  ...(NODE_PROPERTY_COLUMNS.get(label) ?? ['?']),
  'sources',
  'updated_at',
];
const documentedRelationshipHeader = (type: string) => [
  'from_id',
  'from_label',
  'from_name',
  'type',
  'to_id',
  'to_label',
  'to_name',
  'key',
  ...(TYPE_PROPERTY_COLUMNS.get(type) ?? ['?']),
  'sources',
  'updated_at',
];

interface Fetched {
  status: number;
  type: string | null;
  text: string;
}

async function get(p: string): Promise<Fetched> {
  const res = await fetch(`${app.url}${p}`);
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

/** Parses an RFC 4180 feed strictly (CRLF records, same field count on every row): header and rows. */
function csv(text: string): { header: string[]; rows: Array<Record<string, string>> } {
  const records = parse(text, { record_delimiter: '\r\n', relax_column_count: false }) as string[][];
  const [header, ...body] = records;
  return { header, rows: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}

async function csvFeed(p: string) {
  const res = await get(p);
  expect(res.status, res.text).toBe(200);
  expect(res.type).toBe('text/csv; charset=utf-8');
  return csv(res.text);
}

describe('production feed', () => {
  it('is RFC 4180 CSV with the documented header, CRLF line ends and a unit beside every number', async () => {
    const res = await get('/feeds/production');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/csv; charset=utf-8');
    expect(res.text.slice(0, res.text.indexOf('\r\n'))).toBe(PRODUCTION_HEADER.join(','));
    expect(res.text.endsWith('\r\n')).toBe(true);
    const { header, rows } = csv(res.text);
    expect(header).toEqual(PRODUCTION_HEADER);
    expect(PRODUCTION_COLUMNS.map((c) => c.name)).toEqual(PRODUCTION_HEADER);
    const [{ count }] = await db.read<{ count: number }>('MATCH (:Country)-[r:PRODUCES]->() WHERE r.measureId IS NOT NULL RETURN count(r) AS count');
    expect(rows).toHaveLength(count);
    for (const r of rows) {
      if (r.quantity !== '') expect(r.unit, JSON.stringify(r)).not.toBe('');
      if (r.quantity === '') expect(r.no_value_reason, JSON.stringify(r)).not.toBe('');
      expect(['true', 'false']).toContain(r.estimated);
      expect(['production', 'capacity']).toContain(r.basis);
    }
    const keys = rows.map((r) => `${r.item_id}|${r.country_iso}|${r.key}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gallium 2024 production: the countries listed (762 t) exceed the rounded world total (760 t), so shares are of 762 t and add up to 100 %', async () => {
    const { rows } = await csvFeed('/feeds/production?commodity=metal:gallium&year=2024&basis=production');
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.every((r) => r.item_id === 'metal:gallium' && r.year === '2024' && r.basis === 'production')).toBe(true);
    const sum = rows.reduce((s, r) => s + Number(r.quantity_t || 0), 0);
    expect(sum).toBe(762);
    const measures = await csvFeed('/feeds/nodes?label=Measure');
    const m = measures.rows.find((r) => r.id === 'measure:gallium-primary-production')!;
    expect(m.unit).toBe('kilograms');
    const worldT = Number(m.world_total_2024) / 1000;
    expect(worldT).toBe(760);
    expect(Math.abs(sum - worldT) / worldT).toBeLessThan(0.01);
    const shares = rows.reduce((s, r) => s + Number(r.share_of_world_pct || 0), 0);
    expect(shares).toBeCloseTo(100, 9);
  });

  it('filters by country (ISO code, any case, or country id), year and measure', async () => {
    const cn = await csvFeed('/feeds/production?country=CN');
    expect(cn.rows.length).toBeGreaterThan(20);
    expect(cn.rows.every((r) => r.country_iso === 'CN' && r.country_name === 'China')).toBe(true);
    const ga = cn.rows.find((r) => r.item_id === 'metal:gallium' && r.year === '2024' && r.basis === 'production')!;
    expect(ga).toMatchObject({ quantity: '750000', unit: 'kilograms', quantity_t: '750', estimated: 'true', source_id: 'source:usgs-mcs-2025-world' });
    expect((await get('/feeds/production?country=cn')).text).toBe((await get('/feeds/production?country=country:CN')).text);
    // A country: value is an id, under the one id rule: lower case or anything else after the prefix is 400 naming the parameter.
    for (const bad of ['country:cn', 'country:Cn', 'country:CHN', 'country:', 'CHN', 'metal:gallium']) {
      const res = await get(`/feeds/production?country=${encodeURIComponent(bad)}`);
      expect([res.status, JSON.parse(res.text).error.parameter], bad).toEqual([400, 'country']);
    }
    const one = await csvFeed('/feeds/production?measure=measure:gallium-primary-production&year=2023&country=CN');
    expect(one.rows.map((r) => `${r.basis} ${r.quantity_t}`).sort()).toEqual(['production 621']);
  });

  it('updatedSince in the future gives only the header; in the past, every row', async () => {
    const future = await get('/feeds/production?updatedSince=2999-01-01');
    expect(future.status).toBe(200);
    expect(future.text).toBe(`${PRODUCTION_HEADER.join(',')}\r\n`);
    expect((await get('/feeds/production.json?updatedSince=2999-01-01T00:00:00Z')).text.trim()).toBe('[]');
    expect((await get('/feeds/production.ndjson?updatedSince=2999-01-01T00:00:00%2B02:00')).text).toBe('');
    const all = await get('/feeds/production?country=KZ');
    expect((await get('/feeds/production?country=KZ&updatedSince=2000-01-01T00:00')).text).toBe(all.text);
  });

  it('gives the same rows as JSON (an array) and NDJSON (one object per line)', async () => {
    const q = 'commodity=metal:gallium';
    const c = await csvFeed(`/feeds/production?${q}`);
    const j = await get(`/feeds/production?${q}&format=json`);
    expect(j.type).toBe('application/json; charset=utf-8');
    const json = JSON.parse(j.text) as Array<Record<string, unknown>>;
    expect(Array.isArray(json)).toBe(true);
    const n = await get(`/feeds/production.ndjson?${q}`);
    expect(n.type).toBe('application/x-ndjson; charset=utf-8');
    const lines = n.text.split('\n');
    expect(lines.pop()).toBe('');
    const nd = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(nd).toEqual(json);
    expect(json).toHaveLength(c.rows.length);
    json.forEach((row, i) => {
      expect(Object.keys(row)).toEqual(PRODUCTION_HEADER);
      for (const k of PRODUCTION_HEADER) expect(row[k] === null ? '' : String(row[k])).toBe(c.rows[i][k]);
      expect(typeof row.year).toBe('number');
      expect(typeof row.estimated).toBe('boolean');
    });
    expect((await get(`/feeds/production.json?${q}`)).text).toBe(j.text);
  });
});

describe('serving a feed', () => {
  it('warns of no listener leak: each format of each kind of feed adds a fixed number of listeners to its response', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
    process.on('warning', onWarning);
    try {
      for (const feed of ['production.csv', 'nodes.json?label=Metal', 'relationships.ndjson?type=PRODUCES', 'facts.csv']) {
        const res = await fetch(`${app.url}/feeds/${feed}`);
        expect(res.status, feed).toBe(200);
        expect((await res.text()).length, feed).toBeGreaterThan(100);
      }
      // Node reports the warning on the next turn of the event loop.
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.filter((w) => w.startsWith('MaxListenersExceededWarning'))).toEqual([]);
  });
});

describe('nodes and relationships feeds', () => {
  it('a nodes feed for every label parses, with its documented columns and every node', async () => {
    for (const label of LABELS) {
      const { header, rows } = await csvFeed(`/feeds/nodes?label=${label}`);
      expect(header).toEqual(documentedNodeHeader(label));
      const [{ count }] = await db.read<{ count: number }>(`MATCH (n:${label}) RETURN count(n) AS count`);
      expect(rows, label).toHaveLength(count);
      expect(rows.every((r) => r.label === label && r.id.startsWith(`${LABEL_PREFIX[label]}:`) && r.sources !== '')).toBe(true);
      expect(rows.every((r) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(r.updated_at))).toBe(true);
    }
    const company = (await csvFeed('/feeds/nodes?label=Company')).rows.find((r) => r.id === 'company:erg')!;
    expect(company.aliases.split(' | ')).toContain('ERG');
    const all = await csvFeed('/feeds/nodes');
    const [{ count }] = await db.read<{ count: number }>('MATCH (n) WHERE NOT n:GraphVersion RETURN count(n) AS count');
    expect(all.rows).toHaveLength(count);
  });

  it('a relationships feed for every type parses, with both ends, key, properties and sources', async () => {
    for (const type of REL_TYPE_NAMES) {
      const { header, rows } = await csvFeed(`/feeds/relationships?type=${type}`);
      expect(header).toEqual(documentedRelationshipHeader(type));
      const [{ count }] = await db.read<{ count: number }>(`MATCH ()-[r:${type}]->() RETURN count(r) AS count`);
      expect(rows, type).toHaveLength(count);
      expect(rows.every((r) => r.type === type && r.from_id && r.from_label && r.from_name && r.to_id && r.to_label && r.to_name)).toBe(true);
    }
    const { rows } = await csvFeed('/feeds/relationships?type=PRODUCES&country=CN&commodity=metal:gallium&year=2024');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.from_id === 'country:CN' && r.to_id === 'metal:gallium' && r.year === '2024')).toBe(true);
    const plant = (await csvFeed('/feeds/relationships?type=PRODUCES&commodity=metal:gallium&label=Facility')).rows;
    expect(plant).toHaveLength(1);
    expect(plant[0]).toMatchObject({
      from_id: 'facility:pavlodar-gallium-plant',
      basis: 'capacity',
      quantity: '15',
      unit: 't/yr',
      quantity_bound: 'exact',
      valid_from: '2026-01-01',
      valid_from_precision: 'year',
      status: 'planned',
    });
  });

  it('every property stored in the graph has a column (no property is silently dropped)', async () => {
    const relKeys = await db.read<{ type: string; keys: string[] }>('MATCH ()-[r]->() UNWIND keys(r) AS k RETURN type(r) AS type, collect(DISTINCT k) AS keys');
    for (const { type, keys } of relKeys) {
      const cols = new Set(['key', 'sources', 'updatedAt', ...typePropertyColumns(type as never).map((c) => c.prop)]);
      expect(
        keys.filter((k) => !cols.has(k)),
        type,
      ).toEqual([]);
    }
    const nodeKeys = await db.read<{ label: string; keys: string[] }>(
      'MATCH (n) WHERE NOT n:GraphVersion UNWIND keys(n) AS k RETURN labels(n)[0] AS label, collect(DISTINCT k) AS keys',
    );
    for (const { label, keys } of nodeKeys) {
      const cols = new Set([
        'id',
        'name',
        'aliases',
        'nameKey',
        'aliasKeys',
        'searchText',
        'description',
        'sources',
        'updatedAt',
        ...labelPropertyColumns(label as never).map((c) => c.prop),
      ]);
      expect(
        keys.filter((k) => !cols.has(k)),
        label,
      ).toEqual([]);
    }
  });
});

describe('facts feed', () => {
  it('has one flat row per relationship with value, unit, bound, period and sources', async () => {
    const { header, rows } = await csvFeed('/feeds/facts');
    expect(header).toEqual(FACTS_HEADER);
    expect(FACT_COLUMNS.map((c) => c.name)).toEqual(FACTS_HEADER);
    const [{ count }] = await db.read<{ count: number }>('MATCH ()-[r]->() RETURN count(r) AS count');
    expect(rows).toHaveLength(count);
    for (const r of rows) {
      if (r.value !== '' && r.predicate !== 'ABOUT') expect(r.unit, JSON.stringify(r)).not.toBe('');
      expect(r.source_ids).not.toBe('');
    }
    const invest = rows.find((r) => r.predicate === 'INVESTS_IN' && r.object_id === 'facility:pavlodar-gallium-plant')!;
    expect(invest).toMatchObject({ subject_id: 'company:erg', value: '20000000', unit: 'USD', bound: 'atLeast', status: 'planned' });
    const usgs = rows.find(
      (r) => r.predicate === 'PRODUCES' && r.subject_id === 'country:CN' && r.key === 'measure:gallium-primary-production|production|2024',
    )!;
    expect(usgs).toMatchObject({ value: '750000', unit: 'kilograms', bound: 'exact', period_or_validity: '2024', source_ids: 'source:usgs-mcs-2025-world' });
    const plant = rows.find((r) => r.predicate === 'PRODUCES' && r.subject_id === 'facility:pavlodar-gallium-plant')!;
    expect(plant).toMatchObject({ value: '15', unit: 't/yr', period_or_validity: '2026–', status: 'planned' });
    const starts = rows
      .filter((r) => r.predicate === 'ABOUT' && r.subject_id.startsWith('claim:gallium-start-'))
      .map((r) => r.value_text)
      .sort();
    expect(starts).toEqual(['Q3 2026', 'Q4 2026', 'late 2026']);
  });

  it('filters by type, label, commodity, country and year', async () => {
    const { rows } = await csvFeed('/feeds/facts?type=SUPPLIES&commodity=metal:gallium');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.predicate === 'SUPPLIES')).toBe(true);
    const kz = await csvFeed('/feeds/facts?country=KZ&label=Claim');
    expect(kz.rows.length).toBeGreaterThan(0);
    expect(
      kz.rows.every((r) => (r.subject_id === 'country:KZ' || r.object_id === 'country:KZ') && (r.subject_label === 'Claim' || r.object_label === 'Claim')),
    ).toBe(true);
    const y2026 = await csvFeed('/feeds/facts?year=2026&type=SUPPLIES');
    expect(y2026.rows.length).toBeGreaterThan(0);
    expect(y2026.rows.every((r) => r.period_or_validity.startsWith('2026'))).toBe(true);
    expect((await csvFeed('/feeds/facts?year=2024&type=SUPPLIES')).rows).toHaveLength(0);
  });
});

describe('parameters', () => {
  it('answers 400 naming the parameter for a bad label, type, format, date or an unknown parameter', async () => {
    const cases: Array<[string, string]> = [
      ['/feeds/nodes?label=Compnay', 'label'],
      ['/feeds/relationships?type=OWNS', 'type'],
      ['/feeds/production?format=xlsx', 'format'],
      ['/feeds/production.xlsx', 'format'],
      ['/feeds/production.csv?format=json', 'format'],
      ['/feeds/facts?updatedSince=2025-02-30', 'updatedSince'],
      ['/feeds/facts?updatedSince=yesterday', 'updatedSince'],
      ['/feeds/production?year=24', 'year'],
      ['/feeds/production?country=China', 'country'],
      ['/feeds/production?commodity=gallium', 'commodity'],
      ['/feeds/production?label=Company', 'label'],
      ['/feeds/nodes?label=Company&label=Person', 'label'],
      ['/feeds/nodes?lable=Company', 'lable'],
    ];
    for (const [p, parameter] of cases) {
      const res = await get(p);
      expect(res.status, p).toBe(400);
      expect(res.type).toMatch(/^application\/json/);
      const body = JSON.parse(res.text);
      expect(body.error.code, p).toBe('BAD_REQUEST');
      expect(body.error.parameter, p).toBe(parameter);
      expect(body.error.message, p).toContain(parameter);
    }
    const missing = await get('/feeds/shipments');
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.text).error.code).toBe('NOT_FOUND');
  });

  it('answers 404 NOT_FOUND naming the parameter for a commodity, country or measure that names nothing, as GraphQL does', async () => {
    const cases: Array<[string, string, string]> = [
      ['/feeds/production?commodity=metal:unobtainium', 'commodity', 'commodity: Metal metal:unobtainium not found'],
      ['/feeds/series?commodity=product:nothing', 'commodity', 'commodity: Product product:nothing not found'],
      ['/feeds/relationships?country=XX', 'country', 'country: Country country:XX not found (no country with ISO code XX)'],
      ['/feeds/facts.json?country=country:XX&commodity=metal:gallium', 'country', 'country: Country country:XX not found (no country with ISO code XX)'],
      ['/feeds/production.ndjson?measure=measure:gallium-nothing', 'measure', 'measure: Measure measure:gallium-nothing not found'],
    ];
    for (const [p, parameter, message] of cases) {
      const res = await get(p);
      expect(res.status, p).toBe(404);
      expect(JSON.parse(res.text), p).toEqual({ error: { code: 'NOT_FOUND', message, parameter } });
      // HEAD answers the same status without a body.
      expect((await fetch(`${app.url}${p}`, { method: 'HEAD' })).status, p).toBe(404);
    }
    const graphql = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ node(id: "metal:unobtainium") { id } }' }),
    }).then((r) => r.json());
    expect(graphql.errors[0]).toMatchObject({ message: 'Metal metal:unobtainium not found', extensions: { code: 'NOT_FOUND' } });
  });

  it('property: every entity filter of every table answers 200 for an id in the graph and 404 naming the parameter for one that is not', async () => {
    const ids = async (label: string) =>
      (await db.read<{ id: string }>(`MATCH (n:${label}) WHERE n.retractedAt IS NULL RETURN n.id AS id ORDER BY id`)).map((r) => r.id);
    const known = {
      commodity: [...(await ids('Metal')), ...(await ids('Product'))],
      country: (
        await db.read<{ iso: string }>(
          "MATCH (c:Country) WHERE c.retractedAt IS NULL AND c.isoCode IS NOT NULL AND c.id = 'country:' + c.isoCode RETURN c.isoCode AS iso ORDER BY iso",
        )
      ).map((r) => r.iso),
      measure: await ids('Measure'),
    };
    // Only ids the feeds take as well-formed (a stored id outside the parameter's pattern is a 400, not a lookup).
    const wellFormed = (filter: keyof typeof known, v: string) => {
      try {
        return parseFeedRequest('production', { [filter]: v }) !== undefined;
      } catch {
        return false;
      }
    };
    for (const f of Object.keys(known) as Array<keyof typeof known>) known[f] = known[f].filter((v) => wellFormed(f, v));
    expect(known.commodity.length * known.country.length * known.measure.length).toBeGreaterThan(0);
    const unknown = {
      commodity: fc.tuple(fc.constantFrom('metal', 'product'), fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/)).map(([p, s]) => `${p}:${s}`),
      country: fc.stringMatching(/^[A-Z]{2}$/),
      measure: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/).map((s) => `measure:${s}`),
    };
    const filtersOf = (table: 'relationships' | 'facts' | 'production' | 'series') =>
      (['commodity', 'country', 'measure'] as const).filter((f) => TABLE_FILTERS[table].includes(f));
    const pick = fc
      .constantFrom('relationships', 'facts', 'production', 'series')
      .chain((table) => fc.tuple(fc.constant(table), fc.constantFrom(...filtersOf(table)), fc.boolean()))
      .chain(([table, filter, exists]) =>
        fc.tuple(
          fc.constant(table),
          fc.constant(filter),
          exists ? fc.constantFrom(...known[filter]) : unknown[filter].filter((v) => !known[filter].includes(v)),
        ),
      );
    await fc.assert(
      fc.asyncProperty(pick, async ([table, filter, value]) => {
        const res = await fetch(`${app.url}/feeds/${table}.json?${filter}=${encodeURIComponent(value)}`, { method: 'HEAD' });
        if (known[filter].includes(value)) {
          expect(res.status).toBe(200);
          return;
        }
        const body = await get(`/feeds/${table}.json?${filter}=${encodeURIComponent(value)}`);
        expect(body.status).toBe(404);
        const { error } = JSON.parse(body.text);
        expect(error).toMatchObject({ code: 'NOT_FOUND', parameter: filter });
        expect(error.message).toMatch(new RegExp(`^${filter}: (Metal|Product|Country|Measure) \\S*${value.replace(/^country:/, '')} not found`));
      }),
      { numRuns: 60 },
    );
  });

  it('lists the feeds with their filters and columns at /feeds', async () => {
    const res = await fetch(`${app.url}/feeds`);
    const body = await res.json();
    expect(body.feeds.map((f: { name: string }) => f.name)).toEqual(['nodes', 'relationships', 'facts', 'production', 'series']);
    expect(body.feeds[3].columns.map((c: { name: string }) => c.name)).toEqual(PRODUCTION_HEADER);
  });
});

describe('streaming and export', () => {
  it('a client that leaves mid-stream does not disturb the service', async () => {
    const ctrl = new AbortController();
    const res = await fetch(`${app.url}/feeds/relationships`, { signal: ctrl.signal });
    const reader = res.body!.getReader();
    await reader.read();
    ctrl.abort();
    await reader.read().catch(() => undefined);
    const again = await csvFeed('/feeds/production?country=KZ');
    expect(again.rows.length).toBeGreaterThan(0);
  });

  it('the CLI export writes the same bytes as the HTTP feed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'feeds-'));
    try {
      for (const [table, query] of [
        ['production.csv', { country: 'CN' }],
        ['facts.ndjson', { type: 'ABOUT' }],
      ] as const) {
        const out = path.join(dir, table);
        const done = await exportFeed(db, parseFeedRequest(table, query), out, { txTimeoutMs: 60_000 });
        const http = await get(`/feeds/${table}?${new URLSearchParams(query)}`);
        expect(readFileSync(out, 'utf8')).toBe(http.text);
        expect(done.bytes).toBe(Buffer.byteLength(http.text));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('npm run kg -- export, as its own process, writes the figures stored in the graph', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'feeds-cli-'));
    try {
      const out = path.join(dir, 'cn.csv');
      const cli = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'export', 'production', '--country', 'CN', '--out', out], {
        env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
        encoding: 'utf8',
      });
      expect(cli.status, cli.stderr).toBe(0);
      const { rows } = csv(readFileSync(out, 'utf8'));
      expect(cli.stderr).toContain(`production: ${rows.length} rows`);
      // The expected rows come from the graph through a query of this test's own.
      const stored = await db.read<{ item: string; measure: string; year: number; basis: string; quantity: number | null }>(
        `MATCH (:Country {id: 'country:CN'})-[r:PRODUCES]->(item) WHERE r.measureId IS NOT NULL
         RETURN item.id AS item, r.measureId AS measure, r.year AS year, r.basis AS basis, r.quantity AS quantity`,
      );
      const key = (r: { item: string; measure: string; year: number | string; basis: string; quantity: number | string | null }) =>
        [r.item, r.measure, String(r.year), r.basis, r.quantity === null || r.quantity === '' ? '' : String(Number(r.quantity))].join(' ');
      expect(rows.length).toBeGreaterThan(50);
      expect(rows.map((r) => key({ item: r.item_id, measure: r.measure_id, year: r.year, basis: r.basis, quantity: r.quantity })).sort()).toEqual(
        stored.map(key).sort(),
      );
      expect(rows.every((r) => r.country_iso === 'CN')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('docs/bi-feeds.md documents every column of every table', () => {
    const doc = readFileSync(path.resolve('docs/bi-feeds.md'), 'utf8');
    const names = new Set([
      ...PRODUCTION_HEADER,
      ...FACTS_HEADER,
      ...LABELS.flatMap((l) => nodeColumns(l).map((c) => c.name)),
      ...REL_TYPE_NAMES.flatMap((t) => relationshipColumns(t).map((c) => c.name)),
    ]);
    expect([...names].filter((n) => !doc.includes(`\`${n}\``))).toEqual([]);
  });
});
