/**
 * The character rule of text (src/model/text.ts), the text checks of GraphQL arguments
 * (src/graphql/core/text-args.ts) and the feeds' JSON lines (src/feeds/formats.ts), pure.
 */
import fc from 'fast-check';
import { buildASTSchema, type GraphQLField, type GraphQLInputType, getNamedType, isInputObjectType, isListType, isNonNullType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { formatter, jsonLine } from '../../src/feeds/formats.js';
import { checkTextArguments, TEXT_MAX_DEFAULT, textMaxOf } from '../../src/graphql/core/text-args.js';
import { typeDefs } from '../../src/graphql/core/typedefs.js';
import { resolvers } from '../../src/graphql/resolvers.js';
import { validateShape } from '../../src/load/validate.js';
import { MAX_NESTING } from '../../src/model/nesting.js';
import { AnyId } from '../../src/model/schema.js';
import { illFormedStrings, textIssue } from '../../src/model/text.js';

/** Every line break of Python's str.splitlines (and so of readers built on it). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: line breaks are what is tested
const ANY_LINE_BREAK = /\r\n|[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/;

/** Characters one-line text refuses: controls, separators, and invisible format characters (bidi, ZWSP, BOM, soft hyphen…). */
const REFUSED_IN_LINE = [
  '\u0000',
  '\t',
  '\n',
  '\r',
  '\u007F',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u200B',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\uFEFF',
  '\u00AD',
  '\u2060',
  '\u061C',
  '\u{E0041}',
];

describe('the text rule', () => {
  it('the examples: separators, bidi controls, zero-width space and BOM are refused in a line; ZWNJ and ZWJ are kept', () => {
    expect(textIssue('Gallium\u2028Corp', 'line')).toBe(
      'must not hold a line or paragraph separator (found U+2028 at character 8); one-line text holds no control, separator or format character other than ZWNJ and ZWJ, and tab and line breaks are for descriptions, notes and quoted text only',
    );
    expect(textIssue('ERG\u202Egnp.exe', 'line')).toMatch(/^must not hold an invisible format character \(found U\+202E at character 4\)/);
    expect(textIssue('Zero\u200Bwidth', 'line')).toMatch(/found U\+200B at character 5/);
    expect(textIssue('\uFEFFNorilsk', 'line')).toMatch(/found U\+FEFF at character 1/);
    expect(textIssue('Nor\u0000ilsk', 'line')).toMatch(/^must not hold a control character \(found U\+0000 at character 4\)/);
    // ZWNJ spells Persian (می‌خواهم), ZWJ joins emoji sequences and Indic conjuncts.
    for (const name of ['می\u200Cخواهم', 'क्\u200Dष', '👨\u200D👩\u200D👧', 'Côte d’Ivoire', 'Türkiye']) expect(textIssue(name, 'line'), name).toBeUndefined();
    // Prose keeps line breaks, separators and bidi marks; it refuses the other controls.
    expect(textIssue('First line\r\nsecond\u2028third \u200Fمرحبا', 'prose')).toBeUndefined();
    expect(textIssue('a\u0007b', 'prose')).toMatch(/found U\+0007 at character 2/);
  });

  it('a lone surrogate is refused in any text, a pair is a character', () => {
    for (const kind of ['line', 'prose'] as const) {
      expect(textIssue('ab\uD800c', kind)).toMatch(/^is not well-formed Unicode: it holds a lone surrogate \(U\+D800 at character 3\)/);
      expect(textIssue('x\uDFFF', kind)).toMatch(/U\+DFFF at character 2/);
      expect(textIssue('🜨 \uD83D\uDE00', kind)).toBeUndefined();
    }
    expect(illFormedStrings({ name: 'ok', aliases: ['a', 'b\uD800'], nested: { 'k\uDC00': 1, deep: [{ note: '\uDBFF' }] } }).map((i) => i.path)).toEqual([
      'aliases.1',
      'nested.k\uDC00',
      'nested.deep.0.note',
    ]);
  });

  it('a load reports a lone surrogate in any field, a key included, and a name with a line separator, each with its record and field', () => {
    const source = { id: 'source:t', name: 'Test source', sourceType: 'company', publisher: 'test' };
    const r = validateShape({
      name: 'bad.json',
      content: {
        sources: [source],
        nodes: [
          { id: 'company:a', label: 'Company', name: 'A\u2028B', sources: ['source:t'] },
          { id: 'company:b', label: 'Company', name: 'B', aliases: ['ok', 'b\uD800'], sources: ['source:t'] },
          { id: 'company:c', label: 'Company', name: 'C', description: 'fine\nprose \uDC00', sources: ['source:t'] },
        ],
      },
    });
    expect(r.issues.map((i) => [i.record, i.field, i.message.slice(0, 40)])).toEqual([
      ['company:a', 'name', 'must not hold a line or paragraph separa'],
      ['company:b', 'aliases.1', 'is not well-formed Unicode: it holds a l'],
      ['company:c', 'description', 'is not well-formed Unicode: it holds a l'],
    ]);
  });

  it('a load reports a field nested deeper than any input holds, whatever its depth, with its record, and does not overflow the stack', () => {
    const source = { id: 'source:t', name: 'Test source', sourceType: 'company', publisher: 'test' };
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    let deepAlias: unknown = 'x';
    for (let i = 0; i < 70; i++) deepAlias = { k: deepAlias };
    const r = validateShape({
      name: 'deep.json',
      content: {
        sources: [source],
        nodes: [
          { id: 'company:deep', label: 'Company', name: 'Deep', sources: ['source:t'], note: deep },
          { id: 'company:alias', label: 'Company', name: 'Alias', aliases: [deepAlias], sources: ['source:t'] },
        ],
      },
    });
    expect(r.dataset).toBeUndefined();
    const deepIssues = r.issues.filter((i) => i.message === `nests arrays and objects deeper than ${MAX_NESTING} levels`);
    expect(deepIssues.map((i) => [i.record, i.field.slice(0, 12)])).toEqual([
      ['company:deep', 'note.0.0.0.0'],
      ['company:alias', 'aliases.0.k.'],
    ]);
  });

  it('a name or alias of only marks, symbols or punctuation is refused with its record and field; one letter or digit in any script is a name', () => {
    const source = { id: 'source:t', name: 'Test source', sourceType: 'company', publisher: 'test' };
    const load = (names: string[], aliases: string[] = []) =>
      validateShape({
        name: 'names.json',
        content: {
          sources: [source],
          nodes: names.map((name, i) => ({ id: `company:n${i}`, label: 'Company', name, aliases, sources: ['source:t'] })),
        },
      }).issues.map((i) => [i.record, i.field, i.message.slice(0, 33)]);
    // The example: a lone combining acute accent.
    expect(load(['\u0301'])).toEqual([['company:n0', 'name', 'must hold a letter or a digit: a ']]);
    expect(load(['ERG'], ['—', 'ok'])).toEqual([['company:n0', 'aliases.0', 'must hold a letter or a digit: a ']]);
    expect(load(['3M', 'Ⅻ', '中国', 'Ä', 'A\u0301', '²', 'Ø'])).toEqual([]);
    // Property: a name is refused for this exactly when its search key is empty.
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('\u0301', '\u0308', '—', '-', '.', '’', '©', '★', ' ', 'a', 'Ж', '7', '\u200D'), { minLength: 1, maxLength: 6 }),
        (chars) => {
          const name = chars.join('');
          const issues = load([name]).filter(([, , m]) => m.startsWith('must hold a letter'));
          expect(issues.length === 1).toBe(name.trim() !== '' && !/[aЖ7]/.test(name));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: text accepted as a line is one line for every reader, round-trips through UTF-8 and holds no invisible character but ZWNJ and ZWJ', () => {
    const unit = fc.oneof(fc.constantFrom(...REFUSED_IN_LINE, '\u200C', '\u200D', '\uD800', '\uDC00'), fc.string({ unit: 'grapheme', maxLength: 2 }));
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 12 }).map((a) => a.join('')),
        (s) => {
          if (textIssue(s, 'line') !== undefined) return;
          expect(s.split(ANY_LINE_BREAK)).toHaveLength(1);
          expect(Buffer.from(s, 'utf8').toString('utf8')).toBe(s);
          expect(s).not.toMatch(/[\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('property: any refused character put anywhere in an accepted line is refused, naming its code point and position', () => {
    const accepted = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', 'é', 'ü', 'ﬁ', '中', '🜨', '\u200C', '\u200D', '-', '’'), maxLength: 20 });
    fc.assert(
      fc.property(accepted, fc.constantFrom(...REFUSED_IN_LINE), fc.nat(), (s, bad, at) => {
        expect(textIssue(s, 'line')).toBeUndefined();
        // Between whole characters (a pair's halves stay together).
        const points = Array.from(s);
        const k = at % (points.length + 1);
        const i = points.slice(0, k).join('').length;
        const issue = textIssue(points.slice(0, k).join('') + bad + points.slice(k).join(''), 'line');
        const code = bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
        expect(issue).toContain(`(found U+${code} at character ${i + 1})`);
      }),
      { numRuns: 1000 },
    );
  });
});

/** Writes `rows` through a feed formatter and returns the text. */
async function written(format: 'json' | 'ndjson' | 'csv', rows: Array<Record<string, unknown>>): Promise<string> {
  const f = formatter(format, [{ name: 'name', type: 'text', description: 'a name' }], { escapeFormulas: false });
  const chunks: string[] = [];
  f.on('data', (c: Buffer | string) => chunks.push(String(c)));
  const ended = new Promise((r) => f.on('end', r));
  for (const r of rows) f.write(r);
  f.end();
  await ended;
  return chunks.join('');
}

describe('JSON lines', () => {
  it('writes U+2028, U+2029 and NEL as escapes', () => {
    expect(jsonLine({ name: 'a\u2028b\u2029c\u0085d' })).toBe('{"name":"a\\u2028b\\u2029c\\u0085d"}');
  });

  it('property: NDJSON has one line per record and JSON one line per row for any reader, each parsing back identical', async () => {
    const text = fc.string({
      unit: fc.oneof(fc.constantFrom('\u2028', '\u2029', '\u0085', '\n', '\r', '\v', '\f', '\u001C', '"', '\\'), fc.string({ unit: 'grapheme', maxLength: 1 })),
      maxLength: 10,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ name: text }), { minLength: 1, maxLength: 8 }), async (rows) => {
        const nd = (await written('ndjson', rows)).split(ANY_LINE_BREAK);
        expect(nd.at(-1)).toBe('');
        expect(nd.slice(0, -1).map((l) => JSON.parse(l))).toEqual(rows);
        const json = (await written('json', rows)).split(ANY_LINE_BREAK);
        expect(json).toHaveLength(rows.length + 3);
        expect(json.slice(1, -2).map((l) => JSON.parse(l.replace(/^,/, '').replace(/,$/, '')))).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});

/** Every String or ID leaf reachable from an argument's type: its value holding `leaf`, its path and its coordinate. */
function leaves(
  type: GraphQLInputType,
  path: string,
  coordinate: string,
  leaf: string,
  seen: string[] = [],
): Array<{ value: unknown; path: string; coordinate: string; id: boolean }> {
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) return leaves(t.ofType, `${path}[0]`, coordinate, leaf, seen).map((l) => ({ ...l, value: [l.value] }));
  if (isInputObjectType(t)) {
    if (seen.includes(t.name)) return [];
    return Object.values(t.getFields()).flatMap((f) =>
      leaves(f.type, `${path}.${f.name}`, `${t.name}.${f.name}`, leaf, [...seen, t.name]).map((l) => ({ ...l, value: { [f.name]: l.value } })),
    );
  }
  const name = getNamedType(t).name;
  return name === 'String' || name === 'ID' ? [{ value: leaf, path, coordinate, id: name === 'ID' }] : [];
}

describe('text arguments', () => {
  const schema = buildASTSchema(typeDefs);
  const fields = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((t) => !t.name.startsWith('__'))
    .flatMap((t) => Object.values(t.getFields()).map((f) => ({ parent: t.name, field: f as GraphQLField<unknown, unknown> })));
  const cases = fields.flatMap(({ parent, field }) =>
    field.args.flatMap((a) => leaves(a.type, a.name, `${parent}.${field.name}.${a.name}`, '').map((l) => ({ parent, field, arg: a.name, ...l }))),
  );

  it('every field with a text argument has a resolver, so its arguments are checked', () => {
    expect(cases.length).toBeGreaterThan(100);
    const unresolved = [...new Set(cases.map((c) => `${c.parent}.${c.field.name}`))].filter((f) => {
      const [type, name] = f.split('.');
      return typeof (resolvers as Record<string, Record<string, unknown>>)[type]?.[name] !== 'function';
    });
    // Interfaces' fields resolve on their object types.
    expect(unresolved).toEqual([]);
  });

  it('every String and ID input, at any depth: one character over its maximum is BAD_USER_INPUT naming its path; a lone surrogate too', () => {
    expect(textMaxOf('AddedSupplyInput.note')).toBe(TEXT_MAX_DEFAULT);
    expect(textMaxOf('Query.metals.after')).toBe(4000);
    for (const c of cases) {
      const max = textMaxOf(c.coordinate);
      // An ID at its maximum is a well-formed id that long.
      const fill = (n: number) => (c.id ? 'company:'.padEnd(n, 'x') : 'x'.repeat(n));
      const run = (leaf: string) => {
        const [{ value }] = leaves(c.field.args.find((a) => a.name === c.arg)!.type, c.arg, '', leaf).filter((l) => l.path === c.path);
        return () => checkTextArguments(c.field, c.parent, { [c.arg]: value });
      };
      if (Number.isFinite(max)) {
        expect(run(fill(max)), c.path).not.toThrow();
        expect(run(fill(max + 1)), c.path).toThrow(`${c.path} must be at most ${max} characters (got ${max + 1})`);
        try {
          run(fill(max + 1))();
        } catch (e) {
          expect((e as { extensions: unknown }).extensions).toEqual({ code: 'BAD_USER_INPUT', argument: c.path });
        }
      }
      expect(run('ok\uD800'), c.path).toThrow(`${c.path} is not well-formed Unicode: it holds a lone surrogate (U+D800 at character 3)`);
    }
  });

  const idCases = cases.filter((c) => c.id);
  /** Strings an id argument may be sent: decomposed and compatibility forms, separators, bidi controls, empty, huge, and near-ids. */
  const idLike = fc.oneof(
    fc.string({
      unit: fc.constantFrom('a', 'Z', '0', '-', '.', '_', ':', ' ', 'u\u0308', 'ﬁ', 'Ｇ', '\u2028', '\u202E', '\u2066', '\u200B', '\uFEFF', '\u0000', '\t'),
      maxLength: 30,
    }),
    fc.tuple(fc.constantFrom('metal:', 'country:', 'company:', 'banana', 'metal', ''), fc.string({ maxLength: 12 })).map(([p, s]) => p + s),
    fc.constantFrom('', 'metal:', 'metal:Ga x', 'banana', 'country:cn', 'country:CHN', 'metal:\u202Egallium', `company:${'x'.repeat(300)}`),
  );

  it('every ID input, at any depth, goes through the one id rule (src/model/ids.ts): the examples', () => {
    expect(idCases.map((c) => c.coordinate)).toEqual(
      expect.arrayContaining(['Query.node.id', 'AddedSupplyInput.countryId', 'FactInput.id', 'RelationshipRefInput.from', 'Country.production.itemId']),
    );
    for (const c of idCases) {
      const run = (leaf: string) => {
        const [{ value }] = leaves(c.field.args.find((a) => a.name === c.arg)!.type, c.arg, '', leaf).filter((l) => l.path === c.path);
        return () => checkTextArguments(c.field, c.parent, { [c.arg]: value });
      };
      expect(run('metal:gallium'), c.path).not.toThrow();
      expect(run('metal:Ga x'), c.path).toThrow(`${c.path} "metal:Ga x" is not a typed id: an id is <prefix>:<slug>`);
      expect(run('banana'), c.path).toThrow(`${c.path} "banana" is not a typed id: the prefix must be one of company, person, country`);
      expect(run('country:cn'), c.path).toThrow(
        `${c.path} "country:cn" is not a country id: country: and an ISO 3166-1 alpha-2 code in capitals, e.g. country:CN`,
      );
      // The caller's bidi control and line separator are shown as escapes, never raw.
      expect(run('metal:\u202Eab\u2028'), c.path).toThrow(`${c.path} "metal:\\u202Eab\\u2028" is not a typed id`);
    }
  });

  it('property: over every ID input, a string is accepted exactly when the loader takes it as an id; a refusal names the path, says what an id looks like and shows no invisible character', () => {
    fc.assert(
      fc.property(fc.constantFrom(...idCases), idLike, (c, s) => {
        const [{ value }] = leaves(c.field.args.find((a) => a.name === c.arg)!.type, c.arg, '', s).filter((l) => l.path === c.path);
        let error: { message: string; extensions: Record<string, unknown> } | undefined;
        try {
          checkTextArguments(c.field, c.parent, { [c.arg]: value });
        } catch (e) {
          error = e as typeof error;
        }
        expect(error === undefined, `${c.path} ${JSON.stringify(s)}`).toBe(AnyId.safeParse(s).success);
        if (!error) return;
        expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: c.path });
        expect(error.message.startsWith(`${c.path} `)).toBe(true);
        expect(error.message).toMatch(/is not a typed id|is not a country id|must be at most 200 characters|is not well-formed Unicode/);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: they are what must not be echoed
        expect(error.message).not.toMatch(/[\u2028\u2029\u202A-\u202E\u2066-\u2069\u200B\uFEFF\u0000-\u001F]/);
        expect(error.message.length).toBeLessThan(600);
      }),
      { numRuns: 3000 },
    );
  });
});
