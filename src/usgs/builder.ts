/**
 * Collects nodes and relationships, merging repeats: a node or relationship built twice (the
 * same country from two tables, the same import source from T5 and Fig. 2) becomes one record
 * citing the union of sources. Output is sorted, so the same input always gives the same dataset.
 */

import { countryAliases, countryName } from '../model/countries.js';
import { foldName } from '../model/names.js';
import type { Dataset, NodeRecord, RelationshipRecord, SourceRecord } from '../model/schema.js';
import { UsgsImportError, type UsgsIssue } from './errors.js';
import { countDataset, emptyReport, type UsgsReport } from './report.js';
import { SOURCE_IDS } from './sources.js';

const SOURCE_ORDER: string[] = Object.values(SOURCE_IDS);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const bySourceOrder = (a: string, b: string) => (SOURCE_ORDER.indexOf(a) + 1 || 99) - (SOURCE_ORDER.indexOf(b) + 1 || 99) || cmp(a, b);
const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/** The identity of a relationship as the loader sees it: type, ends and key. */
export const relIdentity = (r: Pick<RelationshipRecord, 'type' | 'from' | 'to' | 'key'>) => `${r.type}|${r.from}|${r.to}|${r.key}`;

/**
 * Accumulates one import: sources, nodes (merged by id: sources and aliases unioned) and
 * relationships (merged by type, ends and key: sources unioned, differing notes joined with
 * " | "); a differing other property keeps the first value and adds a warning.
 */
export class GraphBuilder {
  private readonly sources = new Map<string, SourceRecord>();
  private readonly nodes = new Map<string, NodeRecord>();
  private readonly rels = new Map<string, RelationshipRecord>();

  /** `warnings` receives one line per conflicting property (the first value is kept). */
  constructor(private readonly warnings: string[]) {}

  addSource(s: SourceRecord): void {
    if (!this.sources.has(s.id)) this.sources.set(s.id, s);
  }

  addNode(n: NodeRecord): void {
    const old = this.nodes.get(n.id);
    if (!old) {
      this.nodes.set(n.id, { ...n, aliases: [...n.aliases], sources: [...n.sources] });
      return;
    }
    this.conflicts(`node ${n.id}`, old, n, ['sources', 'aliases']);
    old.sources = union(old.sources, n.sources).sort(bySourceOrder);
    old.aliases = union(old.aliases, n.aliases)
      .filter((a) => a !== old.name)
      .sort();
  }

  addRel(r: RelationshipRecord): void {
    const id = relIdentity(r);
    const old = this.rels.get(id);
    if (!old) {
      this.rels.set(id, { ...r, sources: [...r.sources] });
      return;
    }
    this.conflicts(`relationship ${id}`, old, r, ['sources', 'note']);
    old.sources = union(old.sources, r.sources).sort(bySourceOrder);
    if (r.note && old.note !== r.note) old.note = old.note ? `${old.note} | ${r.note}` : r.note;
  }

  /**
   * A Country node for an ISO code: CLDR's display name, the official names and alternatives as
   * aliases (src/model/countries.ts), and the USGS spelling too when no name or alias folds to it.
   */
  addCountry(code: string, spelling: string, source: string): string {
    const name = countryName(code);
    const aliases = countryAliases(code);
    const known = new Set([name, ...aliases].map(foldName));
    if (spelling && !known.has(foldName(spelling))) aliases.push(spelling);
    this.addNode({ id: `country:${code}`, label: 'Country', name, isoCode: code, aliases, sources: [source] });
    return `country:${code}`;
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  relationshipsOf(type: RelationshipRecord['type']): RelationshipRecord[] {
    return [...this.rels.values()].filter((r) => r.type === type);
  }

  private conflicts(what: string, a: object, b: object, skip: string[]): void {
    const ao = a as Record<string, unknown>;
    const bo = b as Record<string, unknown>;
    for (const k of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
      if (skip.includes(k) || bo[k] === undefined) continue;
      if (ao[k] === undefined) ao[k] = bo[k];
      else if (JSON.stringify(ao[k]) !== JSON.stringify(bo[k])) {
        this.warnings.push(
          `${what}: ${k} ${JSON.stringify(ao[k])} kept, ${JSON.stringify(bo[k])} from ${JSON.stringify((bo.sources as string[]) ?? [])} ignored`,
        );
      }
    }
  }

  /** The collected records, sorted (sources in table order, nodes by id, relationships by identity). */
  dataset(): Dataset {
    return {
      sources: [...this.sources.values()].sort((a, b) => bySourceOrder(a.id, b.id)),
      nodes: [...this.nodes.values()].map((n) => ({ ...n, aliases: [...n.aliases].sort(cmp) })).sort((a, b) => cmp(a.id, b.id)),
      relationships: [...this.rels.entries()].sort(([a], [b]) => cmp(a, b)).map(([, r]) => r),
    };
  }
}

/**
 * Runs `build` on a fresh builder and report: the dataset and the report with its counts, or
 * UsgsImportError listing every issue `build` returned (then nothing is returned to write).
 */
export function buildOrThrow(build: (builder: GraphBuilder, report: UsgsReport) => UsgsIssue[]): { dataset: Dataset; report: UsgsReport } {
  const report = emptyReport();
  const builder = new GraphBuilder(report.warnings);
  const issues = build(builder, report);
  if (issues.length) throw new UsgsImportError(issues);
  const dataset = builder.dataset();
  return { dataset, report: countDataset(report, dataset) };
}
