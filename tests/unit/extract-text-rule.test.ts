/**
 * What the extractor proposes passes the loader it is offered to: the characters one-line text
 * refuses (src/model/text.ts) are taken out of the article before names are read, so a bidi
 * control or zero-width space inside "Andes Lithium" never reaches a proposed name. Pure: a small
 * gazetteer in memory, no graph.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetOf } from '../../src/extract/dataset.js';
import { Gazetteer } from '../../src/extract/gazetteer.js';
import { ArticleInputError, type ExtractOptions, extractArticle } from '../../src/extract/index.js';
import { readArticle } from '../../src/extract/input.js';
import { validateReferences, validateShape } from '../../src/load/validate.js';
import { textIssue } from '../../src/model/text.js';

const ARTICLE = readFileSync('tests/fixtures/articles/new-companies.txt', 'utf8');
const gazetteer = () =>
  new Gazetteer([
    { id: 'country:CL', label: 'Country', name: 'Chile', aliases: [], isoCode: 'CL' },
    { id: 'country:KR', label: 'Country', name: 'South Korea', aliases: ['Korea'], isoCode: 'KR' },
    { id: 'metal:lithium', label: 'Metal', name: 'Lithium', aliases: ['lithium hydroxide'] },
  ]);
const KNOWN = new Set(['country:CL', 'country:KR', 'metal:lithium']);

/** Characters one-line text refuses, as an article may carry them (pasted from a PDF, a web page, a chat). */
const REFUSED = [
  '\u202E',
  '\u202D',
  '\u2066',
  '\u2069',
  '\u200B',
  '\u200E',
  '\u00AD',
  '\uFEFF',
  '\u2060',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u0007',
  '\u001B',
  '\u{E0041}',
];

/** The issues the loader reports for the dataset the review page offers (every candidate accepted). */
async function loaderIssues(text: string, opts: ExtractOptions = {}) {
  const ex = await extractArticle(text, gazetteer(), async () => [], { name: 'article.txt', ...opts });
  const content = datasetOf(ex);
  const shape = validateShape({ name: 'article', content });
  const refs = shape.dataset ? await validateReferences('article', shape.dataset, async (ids) => new Set(ids.filter((i) => KNOWN.has(i)))) : [];
  return { ex, content, issues: [...shape.issues, ...refs] };
}

describe('extraction and the text rule', () => {
  it('the example: U+202E inside a company name is dropped, the name proposed is the one written, and the loader takes the dataset', async () => {
    const { ex, content, issues } = await loaderIssues(ARTICLE.replaceAll('Andes Lithium', 'Andes\u202E Lithium').replace('Hanwha', 'Han\u200Bwha'));
    expect(issues).toEqual([]);
    const names = content.nodes.map((n) => n.name);
    expect(names).toContain('Andes Lithium Corp.');
    expect(names).toContain('Hanwha Chemicals');
    expect(ex.article.text).not.toMatch(/[\u202E\u200B]/);
  });

  it('property: with refused characters injected anywhere, every proposed dataset passes the loader (shape and references) and every proposed text is a clean line', async () => {
    const baseline = await loaderIssues(ARTICLE);
    expect(baseline.issues).toEqual([]);
    expect(baseline.content.nodes.length).toBeGreaterThan(2);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.constantFrom(...REFUSED)), { minLength: 1, maxLength: 25 }), async (injections) => {
        const points = Array.from(ARTICLE);
        for (const [at, ch] of injections) points.splice(at % (points.length + 1), 0, ch);
        const { content, issues } = await loaderIssues(points.join(''));
        expect(issues).toEqual([]);
        for (const n of content.nodes) expect(textIssue(n.name, 'line'), n.name).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });

  it('property: refused characters before a line (a zero-width space before `#`, a BOM before `<html>`) hide no heading, title, date or page', () => {
    const articles = ['offtake-deal.md', 'new-plant.html', 'new-companies.txt'].map((f) => readFileSync(`tests/fixtures/articles/${f}`, 'utf8'));
    const clean = articles.map((a) => readArticle(a));
    // The example: a zero-width space before the Markdown heading.
    expect(readArticle(`\u200B${articles[0]}`).title).toBe('ERG signs gallium offtake with Sumitomo Corporation');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc.array(fc.constantFrom(...REFUSED), { minLength: 1, maxLength: 3 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (i, chars, share) => {
          // The characters before a share of the lines, the first always.
          const lines = articles[i].split('\n');
          const injected = lines.map((l, n) => (n === 0 || n / lines.length < share ? chars.join('') + l : l)).join('\n');
          expect(readArticle(injected)).toEqual(clean[i]);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("the caller's publisher and URL: the example U+202E is BAD_OPTION naming the option; spaces around a publisher are trimmed", async () => {
    for (const [opts, message] of [
      [{ publisher: 'Ga\u202Ete News' }, /^publisher must not hold an invisible format character \(found U\+202E/],
      [{ publisher: 'Gate\u2028News' }, /^publisher must not hold a line or paragraph separator/],
      [{ publisher: '  ' }, /^publisher must not be empty$/],
      [{ url: 'https://example.com/\u202Ea' }, /^url must be an http\(s\) URL without spaces or invisible characters$/],
    ] as const) {
      const error = await loaderIssues(ARTICLE, opts).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ArticleInputError);
      expect([(error as ArticleInputError).code, (error as Error).message]).toEqual(['BAD_OPTION', expect.stringMatching(message)]);
      // The option at fault, as the message names it.
      expect((error as ArticleInputError).option).toBe(Object.keys(opts)[0]);
    }
    const { content, issues } = await loaderIssues(ARTICLE, { publisher: '  Gate News\t' });
    expect(issues).toEqual([]);
    expect(content.sources[0]).toMatchObject({ publisher: 'Gate News' });
  });

  it('property: any publisher and URL the caller sends is refused as BAD_OPTION or gives a dataset the loader takes', async () => {
    const piece = fc.oneof(fc.constantFrom('Gate', ' ', 'News', 'é', '\t', '/', 'https://', 'x.org'), fc.constantFrom(...REFUSED));
    const text = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''));
    await fc.assert(
      fc.asyncProperty(
        fc.option(text, { nil: undefined }),
        fc.option(
          text.map((t) => `https://example.org/${t}`),
          { nil: undefined },
        ),
        async (publisher, url) => {
          const result = await loaderIssues(ARTICLE, { publisher, url }).catch((e: unknown) => e);
          if (result instanceof ArticleInputError) expect(result.code).toBe('BAD_OPTION');
          else expect((result as Awaited<ReturnType<typeof loaderIssues>>).issues).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
