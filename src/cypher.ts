/**
 * Named Cypher statements, one per file under `cypher/` (e.g. `cypher/load/merge-nodes.cypher`
 * is `load/merge-nodes`). Statements take every value as a parameter; the few that need a label
 * or relationship type carry `{{slot}}` placeholders that only `withSlots` fills, and only
 * from the model's allow-lists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LABELS, type Label, REL_TYPE_NAMES, type RelType } from './model/schema.js';
import { fromPackageRoot } from './paths.js';

const dir = fromPackageRoot('cypher');
const cache = new Map<string, string>();

/** `{{include <name>}}`: where a statement runs another named statement's text (as a subquery's body). */
const INCLUDE = /\{\{include ([\w/-]+)\}\}/g;

/**
 * The text of the named statement, comments dropped and each `{{include <name>}}` replaced by
 * that statement's text (so one statement can run another as a subquery without copying it).
 * Throws if `cypher/<name>.cypher` does not exist, or on an include cycle.
 */
export function cypher(name: string, including: string[] = []): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (including.includes(name)) throw new Error(`cypher/${name}.cypher includes itself (${[...including, name].join(' -> ')})`);
    text = readFileSync(path.join(dir, `${name}.cypher`), 'utf8')
      .split('\n')
      .filter((l) => !l.trimStart().startsWith('//'))
      .join('\n')
      .trim()
      .replace(INCLUDE, (_, inner: string) => cypher(inner, [...including, name]));
    cache.set(name, text);
  }
  return text;
}

/**
 * The named statement with `{{slot}}` placeholders filled by labels and relationship types,
 * each checked against the model's allow-lists. Throws for any other value.
 */
export function withSlots(name: string, slots: Record<string, Label | RelType | Array<Label | RelType>>): string {
  let text = cypher(name);
  for (const [slot, value] of Object.entries(slots)) {
    const parts = Array.isArray(value) ? value : [value];
    for (const v of parts) {
      if (!LABELS.includes(v as Label) && !REL_TYPE_NAMES.includes(v as RelType)) {
        throw new Error(`${JSON.stringify(v)} is neither a label nor a relationship type of the model`);
      }
    }
    text = text.replaceAll(`{{${slot}}}`, parts.join('|'));
  }
  if (text.includes('{{')) throw new Error(`unfilled slot in cypher/${name}.cypher`);
  return text;
}

/** Every statement in a folder of `cypher/`, in file-name order, as [name, text]. */
export function cypherFolder(folder: string): Array<[string, string]> {
  return readdirSync(path.join(dir, folder))
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => {
      const name = `${folder}/${f.slice(0, -'.cypher'.length)}`;
      return [name, cypher(name)];
    });
}
