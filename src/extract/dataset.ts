/**
 * Candidates → a dataset in the loader's own format (`sources`, `nodes`, `relationships`), the
 * article as the one source of every record. The YAML form carries each candidate's id,
 * confidence and evidence (sentence and offsets) as a comment above its record: a reviewer
 * deletes the records to reject, edits the others, and loads the file with `kg load`.
 */
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import type { Dataset } from '../model/schema.js';
import type { Candidate } from './candidates.js';
import type { Extraction } from './index.js';

/**
 * The dataset of the accepted candidates (all when `accepted` is omitted): accepted facts, the
 * new entities they need (an entity's candidate id in `rejected` drops every fact needing it),
 * each Claim with its ABOUT relationship.
 */
export function datasetOf(ex: Extraction, accepted?: Iterable<string>, rejected: Iterable<string> = []): Dataset {
  const acc = accepted ? new Set(accepted) : null;
  const rej = new Set(rejected);
  const facts = ex.candidates.filter((c) => c.kind !== 'entity' && (!acc || acc.has(c.id)) && !rej.has(c.id) && c.requires.every((r) => !rej.has(r)));
  const needed = new Set(facts.flatMap((f) => f.requires));
  const src = ex.source.id;
  const nodes: Dataset['nodes'] = [];
  const relationships: Dataset['relationships'] = [];
  for (const c of ex.candidates) if (c.kind === 'entity' && needed.has(c.id)) nodes.push({ ...c.record, sources: [src] } as Dataset['nodes'][number]);
  for (const f of facts) {
    if (f.kind === 'claim') {
      nodes.push({ ...f.record, sources: [src] } as Dataset['nodes'][number]);
      relationships.push({ type: 'ABOUT', from: f.record.id as string, to: f.about!, key: '', sources: [src] });
    } else {
      relationships.push({ key: '', ...f.record, sources: [src] } as Dataset['relationships'][number]);
    }
  }
  return { sources: [ex.source], nodes, relationships };
}

const comment = (c: Candidate) =>
  [
    ` ${c.id} · ${c.kind} · confidence ${c.confidence.toFixed(2)} · ${c.summary}`,
    ...(c.note ? [` why: ${c.note}`] : []),
    ...(c.requires.length ? [` needs: ${c.requires.join(', ')}`] : []),
    ...c.evidence.map((e) => ` [${e.start}–${e.end}] "${e.text.replace(/\s+/g, ' ')}"`),
  ].join('\n');

/** The YAML file of `datasetOf(ex)` with a comment per record (candidate, confidence, evidence). */
export function datasetYaml(ex: Extraction): string {
  const ds = datasetOf(ex);
  const doc = new Document(ds);
  const find = (id: string) => ex.candidates.find((c) => c.kind !== 'relationship' && c.record.id === id);
  const findRel = (r: Dataset['relationships'][number]) =>
    ex.candidates.find((c) => c.kind === 'relationship' && c.record.type === r.type && c.record.from === r.from && c.record.to === r.to) ??
    ex.candidates.find((c) => c.kind === 'claim' && r.type === 'ABOUT' && c.record.id === r.from);
  const nodes = doc.get('nodes');
  if (isSeq(nodes))
    nodes.items.forEach((item, i) => {
      const c = find(ds.nodes[i].id);
      if (c && isMap(item)) (item as YAMLMap).commentBefore = comment(c);
    });
  const rels = doc.get('relationships');
  if (isSeq(rels))
    rels.items.forEach((item, i) => {
      const c = findRel(ds.relationships[i]);
      if (c && isMap(item)) (item as YAMLMap).commentBefore = comment(c);
    });
  doc.commentBefore = [
    ` Candidate facts extracted from "${ex.source.name}"`,
    ' Review: delete a record to reject it (and every relationship that names a deleted entity), edit values',
    ' as needed, then load with `npm run kg -- load FILE` (validated first; all or nothing).',
    ` ${ex.candidates.length} candidate(s) from ${ex.sentences.length} sentence(s); evidence offsets are character offsets in the article body.`,
  ].join('\n');
  return doc.toString({ lineWidth: 0 });
}
