/**
 * Feeds give back exactly what is stored, whatever the text: adversarial strings (quotes, CR, LF,
 * CRLF, commas, tabs, a leading = + - @, Unicode) written into the suite's Neo4j come back
 * through csv, json and ndjson, over HTTP and from the CLI export, and a CSV reader that splits
 * records on any line break (as pandas and Python's csv module do) reads the same cells.
 * In CSV, text cells that start like a spreadsheet formula carry exactly the documented
 * apostrophe unless `escapeFormulas=false`; numbers never do.
 */
import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FORMULA_ESCAPE, formatter } from '../src/feeds/formats.js';
import { nodeColumns } from '../src/feeds/tables.js';
import type { RunningApp } from '../src/server/app.js';
import { emptyGraph, testDb } from './support/db.js';
import { startTestApp } from './support/server.js';

const db = testDb();
let app: RunningApp;

beforeAll(async () => {
  await emptyGraph(db);
  app = await startTestApp(db);
});
afterAll(async () => {
  await app.stop();
  await emptyGraph(db);
  await db.close();
});

/** Pieces that break naive CSV writers and trip spreadsheets, mixed with arbitrary Unicode. */
const piece = fc.oneof(
  fc.constantFrom(
    '"',
    '""',
    '\r',
    '\n',
    '\r\n',
    ',',
    '\t',
    '=',
    '+',
    '-',
    '@',
    "'",
    ' ',
    '|',
    ' | ',
    '\\',
    '\\|',
    '\u0000',
    '\u001B',
    '\u0085',
    '\u2028',
    '\u2029',
    '=1+1',
    '@SUM(A1)',
    '＝',
    'Türkiye',
    'Côte d’Ivoire',
    '🜨',
    'ﬁ',
  ),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
);
const adversarial = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

/** What the CSV feed writes for a text value: the apostrophe before a formula-like start. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const escaped = (v: string) => (FORMULA_START.test(v) ? `${FORMULA_ESCAPE}${v}` : v);
/** What CSV writes for NUL and the other C0 controls but tab, CR and LF: U+FFFD (JSON keeps them). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what is tested
const csvText = (v: string) => v.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '\uFFFD');
/** A list cell read as docs/bi-feeds.md says: split at ` | `; a backslash takes the next character as it is. */
function splitCell(cell: string): string[] {
  const values = [''];
  for (const [, escapedChar, separator, plain] of cell.matchAll(/\\([\s\S])|( \| )|([\s\S])/g)) {
    if (separator) values.push('');
    else values[values.length - 1] += escapedChar ?? plain;
  }
  return values;
}

/**
 * Reads CSV as pandas and Python's csv module do (a record ends at CRLF, a lone CR or a lone LF),
 * and as readers that split lines on every Unicode line break (NEL, U+2028, U+2029) do.
 */
function readCsv(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parse(text, { record_delimiter: ['\r\n', '\r', '\n', '\u0085', '\u2028', '\u2029'], relax_column_count: false }) as string[][];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

const TEXT_COLUMNS = nodeColumns('Facility')
  .filter((c) => c.type === 'text')
  .map((c) => c.name);

describe('csv writer (pure)', () => {
  it('every text cell reads back identical with escapeFormulas off, and with exactly the prefix with it on', async () => {
    const columns = nodeColumns('Facility');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ name: adversarial, description: adversarial, quantity: fc.double({ noNaN: true, noDefaultInfinity: true }) }), { maxLength: 20 }),
        async (records) => {
          for (const escapeFormulas of [false, true]) {
            const f = formatter('csv', columns, { escapeFormulas });
            const chunks: string[] = [];
            f.on('data', (c: Buffer | string) => chunks.push(String(c)));
            const ended = new Promise((r) => f.on('end', r));
            for (const r of records) f.write({ name: r.name, description: r.description, quantity: r.quantity });
            f.end();
            await ended;
            const rows = readCsv(chunks.join(''));
            expect(rows.map((r) => r.name)).toEqual(records.map((r) => (escapeFormulas ? escaped(csvText(r.name)) : csvText(r.name))));
            expect(rows.map((r) => r.description)).toEqual(records.map((r) => (escapeFormulas ? escaped(csvText(r.description)) : csvText(r.description))));
            // Numbers are never escaped, negative ones included.
            expect(rows.map((r) => Number(r.quantity))).toEqual(records.map((r) => (Object.is(r.quantity, -0) ? 0 : r.quantity)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

interface Stored {
  id: string;
  name: string;
  description: string;
  location: string;
  aliases: string[];
  quantity: number;
}

/** Replaces the graph's facilities with `facilities` (plain Cypher with parameters, as a load writes them). */
async function store(facilities: Stored[]): Promise<void> {
  await db.write('MATCH (f:Facility) DETACH DELETE f');
  await db.write(
    `UNWIND $rows AS r
     CREATE (f:Facility {id: r.id, name: r.name, description: r.description, location: r.location, aliases: r.aliases,
                         facilityType: r.name, quantity: r.quantity, unit: 't/yr'})`,
    { rows: facilities },
  );
}

const facilities = fc
  .array(
    fc.record({
      name: adversarial,
      description: adversarial,
      location: adversarial,
      alias: adversarial,
      noAliases: fc.boolean(),
      // Past 10^21 and below 10^-6 JSON writes an exponent, CSV plain digits: both read back the same double.
      quantity: fc.oneof(
        fc.integer({ min: -1e6, max: 1e6 }),
        fc.double({ min: 1e21, max: 1e300, noNaN: true }),
        fc.double({ min: 1e-12, max: 1e-7, noNaN: true }),
      ),
    }),
    {
      minLength: 1,
      maxLength: 12,
    },
  )
  .map((rs) =>
    rs.map(
      (r, i): Stored => ({
        id: `facility:t${String(i).padStart(3, '0')}`,
        name: r.name,
        description: r.description,
        location: r.location,
        aliases: r.noAliases ? [] : [r.alias, r.name],
        quantity: r.quantity,
      }),
    ),
  );

const text = async (p: string) => {
  const res = await fetch(`${app.url}${p}`);
  expect(res.status).toBe(200);
  return res.text();
};

/** The cells of each stored facility as the feeds give them (CSV text before any escaping). */
const expected = (fs: Stored[]) =>
  fs.map((f) => ({
    id: f.id,
    name: f.name,
    description: f.description,
    location: f.location,
    facility_type: f.name,
    aliases: f.aliases,
    quantity: f.quantity,
  }));
/** The same with text as CSV writes it (controls as U+FFFD). */
const expectedCsv = (fs: Stored[]) =>
  expected(fs).map((w) => ({
    ...w,
    name: csvText(w.name),
    description: csvText(w.description),
    location: csvText(w.location),
    facility_type: csvText(w.facility_type),
    aliases: w.aliases.map(csvText),
  }));

describe('feeds through HTTP, written into Neo4j', () => {
  it('csv (escaping on and off), json and ndjson give back every stored value', async () => {
    await fc.assert(
      fc.asyncProperty(facilities, async (fs) => {
        await store(fs);
        const want = expected(fs);
        const pick = (r: Record<string, unknown>) => ({
          id: r.id,
          name: r.name,
          description: r.description,
          location: r.location,
          facility_type: r.facility_type,
          // An empty list is an empty CSV cell and JSON null (docs/bi-feeds.md), never "".
          aliases: r.aliases === null || r.aliases === '' ? [] : splitCell(String(r.aliases)),
          quantity: Number(r.quantity),
        });
        const wantCsv = expectedCsv(fs);

        const raw = readCsv(await text('/feeds/nodes.csv?label=Facility&escapeFormulas=false'));
        expect(raw.map(pick)).toEqual(wantCsv);

        const safe = readCsv(await text('/feeds/nodes.csv?label=Facility'));
        const esc = (v: string) => escaped(v);
        expect(safe.map((r) => ({ ...pick(r), aliases: String(r.aliases) }))).toEqual(
          wantCsv.map((w) => ({
            ...w,
            name: esc(w.name),
            description: esc(w.description),
            location: esc(w.location),
            facility_type: esc(w.facility_type),
            aliases: esc(w.aliases.map((a) => a.replace(/[\\|]/g, (c) => `\\${c}`)).join(' | ')),
          })),
        );
        // Every text column of the table follows the same rule: no unescaped formula start anywhere.
        for (const row of safe) for (const c of TEXT_COLUMNS) expect(FORMULA_START.test(row[c] ?? '')).toBe(false);

        const json = JSON.parse(await text('/feeds/nodes.json?label=Facility')) as Array<Record<string, unknown>>;
        for (const [i, f] of fs.entries()) expect(json[i].aliases === null).toBe(f.aliases.length === 0);
        expect(json.map(pick)).toEqual(want);
        const ndjson = (await text('/feeds/nodes.ndjson?label=Facility'))
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as Record<string, unknown>);
        expect(ndjson.map(pick)).toEqual(want);
      }),
      { numRuns: 25 },
    );
  });

  it('the documented example: a lone LF, a lone CR and a formula stay in one record each', async () => {
    await store([
      {
        id: 'facility:a',
        name: 'line\nfeed',
        description: 'carriage\rreturn',
        location: '=HYPERLINK("http://x","y")',
        aliases: ['-1+2', '@cmd'],
        quantity: -3,
      },
      { id: 'facility:b', name: 'plain', description: '', location: '\tTab', aliases: ['+49 30'], quantity: 7 },
    ]);
    const body = await text('/feeds/nodes.csv?label=Facility');
    expect(body).toContain('"line\nfeed"');
    expect(body).toContain('"carriage\rreturn"');
    const rows = readCsv(body);
    expect(rows.map((r) => [r.id, r.name, r.description, r.location, r.aliases, r.quantity])).toEqual([
      ['facility:a', 'line\nfeed', 'carriage\rreturn', `'=HYPERLINK("http://x","y")`, "'-1+2 | @cmd", '-3'],
      ['facility:b', 'plain', '', "'\tTab", "'+49 30", '7'],
    ]);
    const raw = readCsv(await text('/feeds/nodes.csv?label=Facility&escapeFormulas=false'));
    expect(raw.map((r) => [r.location, r.aliases])).toEqual([
      ['=HYPERLINK("http://x","y")', '-1+2 | @cmd'],
      ['\tTab', '+49 30'],
    ]);
  });

  it('escapeFormulas is validated and applies to csv only', async () => {
    const bad = await fetch(`${app.url}/feeds/nodes.csv?escapeFormulas=no`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ parameter: 'escapeFormulas', message: 'escapeFormulas: expected true or false' });
    const json = await fetch(`${app.url}/feeds/nodes.json?escapeFormulas=false`);
    expect(json.status).toBe(400);
    expect((await json.json()).error).toMatchObject({
      parameter: 'escapeFormulas',
      message: 'escapeFormulas: applies to csv only; json writes every value as stored',
    });
  });
});

describe('CLI export', () => {
  it('`npm run kg -- export` writes the same bytes as the HTTP feed, escaping on and off', async () => {
    await store([
      { id: 'facility:a', name: '=1+1', description: 'a\nb', location: 'x\r\ny', aliases: ['"q"', '-z'], quantity: -3 },
      { id: 'facility:b', name: '@x', description: '\rstart', location: 'Türkiye, ＝', aliases: [], quantity: 0 },
    ]);
    for (const [args, query] of [
      [[], ''],
      [['--no-escape-formulas'], '&escapeFormulas=false'],
    ] as const) {
      const cli = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'export', 'nodes', '--label', 'Facility', ...args], {
        env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_PASSWORD: '' },
        encoding: 'utf8',
      });
      expect(cli.status, cli.stderr).toBe(0);
      expect(cli.stdout).toBe(await text(`/feeds/nodes.csv?label=Facility${query}`));
      expect(cli.stderr).toMatch(/^nodes: 2 rows, \d+ bytes\n$/);
    }
  });
});
