/** Query.search without the database: the Lucene query builders and the ranking of hits. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, escapeLucene, exactKeyQuery, luceneQuery, matchOf, rankHits, searchTerms } from '../../src/graphql/search/search.js';
import { foldName } from '../../src/model/names.js';

describe('the Lucene query builder (pure)', () => {
  it('escapes every Lucene special character', () => {
    for (const c of ['+', '-', '&', '|', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/']) {
      expect(escapeLucene(`a${c}b`)).toBe(`a\\${c}b`);
    }
    expect(escapeLucene('a&&b||c')).toBe('a\\&\\&b\\|\\|c');
    expect(escapeLucene('plain words 123')).toBe('plain words 123');
  });

  it('combines exact^3, prefix* and fuzzy~1 per word; no fuzzy below 4 characters', () => {
    expect(luceneQuery('Mitsubishi Corp')).toBe('(mitsubishi^3 OR mitsubishi* OR mitsubishi~1) OR (corp^3 OR corp* OR corp~1)');
    expect(luceneQuery('ERG')).toBe('(erg^3 OR erg*)');
    expect(luceneQuery('galium')).toBe('(galium^3 OR galium* OR galium~1)');
  });

  it('splits words at punctuation and apostrophes, as names are split in the index', () => {
    expect(luceneQuery('iron-ore')).toBe('(iron^3 OR iron* OR iron~1) OR (ore^3 OR ore*)');
    expect(luceneQuery('a:b')).toBe('(a^3 OR a*) OR (b^3 OR b*)');
    expect(luceneQuery('(ERG) "Corp."')).toBe('(erg^3 OR erg*) OR (corp^3 OR corp* OR corp~1)');
    expect(luceneQuery('R&D')).toBe('(r^3 OR r*) OR (d^3 OR d*)');
    expect(searchTerms("Côte d'Ivoire")).toEqual(['cote', 'd', 'ivoire']);
  });

  it('turns operators and injection attempts into plain lower-case words', () => {
    expect(searchTerms('gallium AND NOT germanium OR *')).toEqual(['gallium', 'and', 'not', 'germanium', 'or']);
    const q = luceneQuery('"}) MATCH (n) DETACH DELETE n //')!;
    expect(q).toBe('(match^3 OR match* OR match~1) OR (n^3 OR n*) OR (detach^3 OR detach* OR detach~1) OR (delete^3 OR delete* OR delete~1)');
    expect(luceneQuery('!!! ??? //')).toBeNull();
    expect(luceneQuery('   ')).toBeNull();
  });

  it('ranks exact names and aliases first, then near spellings, then prefixes', () => {
    expect(foldName('  Mitsubishi Corp. ')).toBe('mitsubishi corp');
    expect(foldName('Société Générale')).toBe('societe generale');
    expect(editDistance('galium', 'gallium')).toBe(1);
    expect(editDistance('galluim', 'gallium')).toBe(1);
    expect(matchOf('ERG', ['Eurasian Resources Group', 'ERG'])).toEqual({ match: 'EXACT', matchedName: 'ERG' });
    expect(matchOf('galium', ['Gallium', 'Ga'])).toEqual({ match: 'CLOSE', matchedName: 'Gallium' });
    expect(matchOf('ga', ['Gallium'])).toEqual({ match: 'PREFIX', matchedName: 'Gallium' });
    expect(matchOf('gallium plant', ['Pavlodar gallium recovery unit'])).toEqual({ match: 'WORDS', matchedName: null });
    const hits = rankHits('HBI', [
      { node: { id: 'facility:rudny-hbi-plant', name: 'Rudny HBI plant', aliases: ['ERG HBI plant'] }, score: 11 },
      { node: { id: 'product:hot-briquetted-iron', name: 'Hot briquetted iron', aliases: ['HBI'] }, score: 5 },
    ]);
    expect(hits.map((h) => [h.entity.id, h.match])).toEqual([
      ['product:hot-briquetted-iron', 'EXACT'],
      ['facility:rudny-hbi-plant', 'WORDS'],
    ]);
    expect(hits[0].score).toBeGreaterThanOrEqual(3);
    expect(hits[0].score).toBeLessThan(4);
  });
});

describe('the exact-key lookup (pure)', () => {
  it('asks the keyword index for the folded text as one quoted term', () => {
    expect(exactKeyQuery('U.S.')).toBe('"us"');
    expect(exactKeyQuery('us')).toBe('"us"');
    expect(exactKeyQuery('U.S.A.')).toBe('"usa"');
    expect(exactKeyQuery('U.K.')).toBe('"uk"');
    expect(exactKeyQuery("Côte d'Ivoire")).toBe('"cote d ivoire"');
    expect(exactKeyQuery('gallium AND NOT "germanium" OR *')).toBe('"gallium and not germanium or"');
    expect(exactKeyQuery('!!! ??? //')).toBeNull();
  });

  it('is one quoted phrase of the folded text, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const q = exactKeyQuery(text);
        const key = foldName(text);
        if (!key) {
          expect(q).toBeNull();
          return;
        }
        // Folded keys hold letters, digits and single spaces only: nothing Lucene reads as syntax.
        expect(key).toMatch(/^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u);
        expect(q).toBe(`"${key}"`);
      }),
      { numRuns: 500 },
    );
  });

  it('an exact candidate ranks above every partial match, whatever its full-text score', () => {
    const us = { id: 'country:US', name: 'United States', nameKey: 'united states', aliases: ['US', 'USA', 'U.S.'] };
    const measures = Array.from({ length: 5 }, (_, i) => ({ node: { id: `measure:m${i}`, name: `Copper, US price ${i}`, aliases: [] }, score: 10 - i }));
    for (const text of ['U.S.', 'us', 'US']) {
      const hits = rankHits(text, [...measures, { node: us, score: 0, exact: true }]);
      expect(hits[0]).toMatchObject({ match: 'EXACT', matchedName: 'US', entity: { id: 'country:US' } });
      expect(hits[0].score).toBe(3);
      expect(hits.slice(1).every((h) => h.match === 'WORDS' && h.score < 1)).toBe(true);
    }
  });

  it('a candidate of the exact lookup is EXACT even when its names, folded now, differ from its stored key', () => {
    const stale = { id: 'company:x', name: 'X Corp', nameKey: 'x corporation', aliases: ['Old spelling'] };
    expect(matchOf('X Corporation', [stale.name, ...stale.aliases]).match).toBe('WORDS');
    const [hit] = rankHits('X Corporation', [{ node: stale, score: 0, exact: true }]);
    expect(hit).toMatchObject({ match: 'EXACT', matchedName: 'X Corp' });
    const [alias] = rankHits('renamed', [{ node: stale, score: 0, exact: true }]);
    expect(alias).toMatchObject({ match: 'EXACT', matchedName: null });
  });
});
