/**
 * Reading an article (src/extract/input.ts, sentences.ts): saved HTML pages lose their
 * navigation, ads, scripts and link lists; text and Markdown keep their prose; bad input
 * (empty, binary, oversized, no article) is refused with a clear error.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleInputError, MAX_ARTICLE_CHARS, MAX_INPUT_BYTES, readArticle } from '../../src/extract/input.js';
import { splitSentences } from '../../src/extract/sentences.js';

const fixture = (name: string) => readFileSync(`tests/fixtures/articles/${name}`);
const refused = (input: Uint8Array | string, code: string, message: RegExp, name?: string) => {
  let error: unknown;
  try {
    readArticle(input, name);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ArticleInputError);
  expect((error as ArticleInputError).code).toBe(code);
  expect((error as Error).message).toMatch(message);
};

describe('a saved HTML news page', () => {
  const a = readArticle(fixture('new-plant.html'), 'new-plant.html');
  it('gives the article body without navigation, ads, scripts or link lists', () => {
    expect(a.format).toBe('html');
    expect(a.text.split('\n\n')).toEqual([
      'Kazakh steelmaker Qarmet plans to build a 2.5 million tonne per year hot briquetted iron plant in Temirtau, Kazakhstan, the company said on Tuesday.',
      'The plant will use MIDREX Flex technology from Midrex Technologies, with Primetals Technologies as the engineering and construction contractor.',
      'Qarmet will invest more than US$1.5 billion in the project, and production is expected to start in late 2028.',
      "The steelmaker, which runs the country's largest steel works, said the briquettes would feed its own furnaces first and that any surplus would be sold to customers in Europe and Asia.",
    ]);
    for (const junk of ['Trade metals futures', 'Related stories', 'Iron ore prices slip', 'Privacy', 'dataLayer', 'Subscribe', 'Advertisement'])
      expect(a.text).not.toContain(junk);
  });
  it('with its title, URL, publisher and publication date', () => {
    expect([a.title, a.url, a.publisher, a.publishedDate]).toEqual([
      'Qarmet picks Midrex technology for Temirtau HBI plant',
      'https://news.example.org/metals/2026/05/qarmet-temirtau-hbi-plant',
      'Steppe Metals Wire',
      '2026-05-19',
    ]);
  });
});

describe('text and Markdown', () => {
  it('Markdown: the heading is the title, the Published line the date, prose paragraphs the body', () => {
    const a = readArticle(fixture('offtake-deal.md'), 'offtake-deal.md');
    expect([a.format, a.title, a.publishedDate]).toEqual(['markdown', 'ERG signs gallium offtake with Sumitomo Corporation', '2026-03-12']);
    expect(a.text.split('\n\n')).toHaveLength(3);
    expect(a.text.startsWith('Eurasian Resources Group (ERG) signed a five-year offtake agreement')).toBe(true);
  });
  it('text with a saved page’s menus keeps only the prose', () => {
    const page = [
      'Metals Daily',
      '',
      '• Home',
      '• Markets',
      'Log in',
      '',
      readFileSync('tests/fixtures/articles/ownership-change.txt', 'utf8'),
      '',
      '• Share',
      '• Comment',
      '0/400',
      'Scan to download the app',
    ].join('\n');
    const a = readArticle(page);
    expect(a.title).toBe('Metals Daily');
    expect(a.text.split('\n\n')).toHaveLength(3);
    expect(a.text).not.toMatch(/Share|Comment|Scan to download|Log in/);
  });
  it('a sentence is not cut after an abbreviation ("Announcement No. 10", "Corp. said")', () => {
    const s = splitSentences(
      'China imposed licensing under Announcement No. 10 of 2025, the ministry said. Andes Lithium Corp. said on 18 April 2026 that it will build a refinery.',
    );
    expect(s.map((x) => x.text)).toEqual([
      'China imposed licensing under Announcement No. 10 of 2025, the ministry said.',
      'Andes Lithium Corp. said on 18 April 2026 that it will build a refinery.',
    ]);
  });
});

describe('bad input is refused and names what was expected', () => {
  it('empty or blank', () => {
    refused('', 'EMPTY', /the input is empty/);
    refused(' \n\t\n ', 'EMPTY', /the input is empty/);
    refused(Buffer.from([0xef, 0xbb, 0xbf]), 'EMPTY', /the input is empty/);
  });
  it('binary: NUL bytes or invalid UTF-8', () => {
    refused(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'BINARY', /binary/);
    refused(Buffer.from([0x41, 0xff, 0xfe, 0x42, 0x43]), 'BINARY', /not valid UTF-8/);
  });
  it('over the size limits', () => {
    refused(Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61), 'TOO_LARGE', new RegExp(`at most ${MAX_INPUT_BYTES} bytes`));
    const long = Array.from(
      { length: Math.ceil(MAX_ARTICLE_CHARS / 90) + 10 },
      (_, i) => `Paragraph ${i} says that the company will build another plant somewhere in the country soon.`,
    ).join('\n\n');
    refused(long, 'TOO_LARGE', new RegExp(`at most ${MAX_ARTICLE_CHARS} are extracted`));
  });
  it('a page with no article', () => {
    const nav =
      '<!doctype html><html><head><title>Home</title></head><body><nav><ul><li><a href="/a">Markets</a></li><li><a href="/b">Metals</a></li></ul></nav><footer>© 2026</footer></body></html>';
    refused(nav, 'NO_ARTICLE', /no article found/);
    refused('Home\nMarkets\nMetals\nLog in\n• Share', 'NO_ARTICLE', /no article found/);
  });
});

describe('properties', () => {
  it('every sentence’s offsets point at its text in the body, whatever the paragraphs', () => {
    const sentence = fc
      .tuple(
        fc.constantFrom('ERG', 'The company', 'Qarmet', 'China'),
        fc.constantFrom('will build', 'signed', 'imposed', 'sold'),
        fc.constantFrom('a plant in Rudny', 'a deal worth US$1.2 billion', 'No. 10 of 2025', 'about 8 tonnes a year'),
      )
      .map((w) => `${w.join(' ')}.`);
    fc.assert(
      fc.property(fc.array(fc.array(sentence, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (paras) => {
        const body = paras.map((p) => p.join(' ')).join('\n\n');
        for (const s of splitSentences(body)) expect(body.slice(s.start, s.end)).toBe(s.text);
      }),
      { numRuns: 60 },
    );
  });
});
