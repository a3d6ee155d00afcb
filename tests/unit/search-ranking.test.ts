/** Query.search without the database: the Lucene query builder and the ranking of hits. */
import { describe, expect, it } from 'vitest';
import { editDistance, escapeLucene, luceneQuery, matchOf, rankHits, searchTerms } from '../../src/graphql/search/search.js';
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
