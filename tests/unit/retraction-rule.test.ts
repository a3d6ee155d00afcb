/**
 * The retraction rule (docs/model.md, Retraction): a retracted node or relationship leaves every
 * answer and feed. Every read statement under cypher/ keeps it the same way: each node and
 * relationship a pattern binds is tested with `<var>.retractedAt IS NULL` (or, deliberately,
 * `IS NOT NULL`), and a variable-length pattern is a named path whose relationships and nodes
 * are all tested. This test reads every statement, so a new read path (a new file, a new MATCH,
 * a new pattern comprehension) that forgets the rule fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Folders of statements that write or manage the schema: not read paths. */
const NOT_READS = new Set(['load', 'schema', 'retract']);

function readStatements(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const folder of readdirSync('cypher')) {
    if (NOT_READS.has(folder)) continue;
    for (const f of readdirSync(path.join('cypher', folder)).filter((x) => x.endsWith('.cypher'))) {
      const text = readFileSync(path.join('cypher', folder, f), 'utf8')
        .split('\n')
        .filter((l) => !l.trimStart().startsWith('//'))
        .join('\n');
      out.push([`${folder}/${f}`, text]);
    }
  }
  return out;
}

/** The pattern parts of a statement: after each MATCH up to its next clause, and each pattern comprehension. */
function patternsOf(statement: string): string[] {
  // Slots and property maps inside a node or relationship pattern ({id: $id}) are not clauses.
  const text = statement.replace(/\{\{\w+\}\}/g, 'Slot').replace(/([([]\w*(?::[\w|]+)?\s*)\{[^{}\n]*\}/g, '$1');
  const found: string[] = [];
  for (const m of text.matchAll(/\bMATCH\b([\s\S]*?)(?=\bWHERE\b|\bWITH\b|\bRETURN\b|\bCALL\b|\bUNWIND\b|\bOPTIONAL\b|\bMATCH\b|\bSET\b|\}|$)/g))
    found.push(m[1]);
  for (const m of text.matchAll(/\[\s*(\([^|]*?)(?=\bWHERE\b|\|)/g)) found.push(m[1]);
  return found;
}

/** What a statement leaves unfiltered: variables never tested, anonymous elements, unchecked paths. */
function unfiltered(text: string): string[] {
  const problems: string[] = [];
  const ruleOn = (list: string, p: string) => new RegExp(`all\\((\\w+) IN ${list}\\(${p}\\) WHERE [^\\n]*?\\1\\.retractedAt IS NULL`).test(text);
  // Nodes of a variable-length path kept by the rule on nodes(path) count as tested.
  const covered = new Set<string>();
  const patterns = patternsOf(text).map((pattern) => {
    const p = /^\s*(\w+)\s*=/.exec(pattern)?.[1];
    const varLength = /\[[^\]]*\*[^\]]*\]/.test(pattern);
    const checked = varLength && p !== undefined && ruleOn('relationships', p) && ruleOn('nodes', p);
    if (checked) for (const m of pattern.matchAll(/(?<!\w)\((\w+)/g)) covered.add(m[1]);
    return { pattern: pattern.trim(), varLength, checked };
  });
  const tested = (v: string) => covered.has(v) || new RegExp(`\\b${v}\\.retractedAt IS (NOT )?NULL`).test(text);
  for (const { pattern, varLength, checked } of patterns) {
    if (varLength && !checked) problems.push(`variable-length path without the rule on its relationships and nodes in ${pattern}`);
    for (const m of pattern.matchAll(/(?<!\w)\((\w*)/g)) {
      if (m[1] === '') problems.push(`anonymous node in ${pattern}`);
      else if (!tested(m[1])) problems.push(`node ${m[1]} in ${pattern}`);
    }
    for (const m of pattern.matchAll(/\[(\w*)([^\]]*)\]/g)) {
      if (m[2].includes('*')) continue;
      if (m[1] === '') problems.push(`anonymous relationship in ${pattern}`);
      else if (!tested(m[1])) problems.push(`relationship ${m[1]} in ${pattern}`);
    }
  }
  return problems;
}

describe('the retraction rule over cypher/', () => {
  const statements = readStatements();

  it('reads every read statement of the project', () => {
    expect(statements.length).toBeGreaterThan(25);
    expect(statements.map(([n]) => n)).toEqual(
      expect.arrayContaining(['entities/relations.cypher', 'chains/expand.cypher', 'feeds/nodes.cypher', 'search/entity-names.cypher']),
    );
  });

  it.each(statements)('%s skips retracted nodes and relationships', (_name, text) => {
    expect(unfiltered(text)).toEqual([]);
  });

  it('catches a statement that forgets the rule', () => {
    expect(unfiltered('MATCH (a:Company)-[r:OPERATES]->(f) WHERE a.retractedAt IS NULL RETURN f')).toEqual([
      'node f in (a:Company)-[r:OPERATES]->(f)',
      'relationship r in (a:Company)-[r:OPERATES]->(f)',
    ]);
    expect(unfiltered('MATCH (a)-[:X]->() WHERE a.retractedAt IS NULL RETURN a')).toHaveLength(2);
    expect(unfiltered('MATCH p = (a)-[:X*1..3]->(b) WHERE a.retractedAt IS NULL AND b.retractedAt IS NULL RETURN p')).toHaveLength(1);
    expect(unfiltered('RETURN [(n)-[r:X]->(m) WHERE r.retractedAt IS NULL | m.id] AS ids')).toEqual(['node n in (n)-[r:X]->(m)', 'node m in (n)-[r:X]->(m)']);
  });
});
