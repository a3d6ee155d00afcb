/**
 * The playground's example queries: every `examples/*.graphql` file, plus a built-in Q7
 * dependency-chain example (Mitsubishi Corporation's gallium) while no example file asks that
 * question. The playground opens on the dependency-chain example when the schema has
 * `dependencyChains`, otherwise on the Q3 supply-concentration example.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromPackageRoot } from '../paths.js';

/** One example query as `/playground/examples.json` lists it. */
export interface Example {
  /** File name without `.graphql` (`q03-gallium-concentration`), or `builtin-…`. */
  id: string;
  /** A one-line title: the first sentence of the leading comment, else the operation name. */
  title: string;
  /** The leading comment, without its `#` marks. */
  description: string;
  operationName: string | null;
  /** The whole file, comments included. */
  query: string;
  /** `examples/<file>`, or null for the built-in example. */
  file: string | null;
  /** True for the one the playground opens on. */
  default: boolean;
}

export const EXAMPLES_DIR = fromPackageRoot('examples');

/** Q7 as the playground offers it when no example file asks it. */
export const DEPENDENCY_CHAIN_EXAMPLE = `# Q7. What does Mitsubishi Corporation's gallium supply depend on, hop by hop? Each hop states
# the stored fact in words, with its figures (15 t/yr, shares, roles) and its sources.
query MitsubishiGalliumChains {
  dependencyChains(entityId: "company:mitsubishi-corporation", metalId: "metal:gallium", first: 5) {
    entity { id name }
    metal { id name }
    totalChains
    chains {
      length
      relevance
      terminal { id label name }
      hops {
        from { id name }
        relationship
        direction
        to { id name }
        properties { role quantity { value unit bound } sharePct year status }
        explanation
        sources { name publisher url }
      }
    }
  }
}
`;

const MAX_TITLE = 110;

/** Parses one example file's text into an Example (not yet marked default). */
export function parseExample(id: string, text: string, file: string | null): Example {
  const lines = text.split(/\r?\n/);
  const comment: string[] = [];
  for (const line of lines) {
    const m = /^\s*#\s?(.*)$/.exec(line);
    if (!m) break;
    comment.push(m[1].trim());
  }
  const description = comment.join(' ').replace(/\s+/g, ' ').trim();
  const operationName = /\b(?:query|mutation)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(text)?.[1] ?? null;
  const sentence = /^(?:Q\d+\.\s+)?[^?!]*?(?:[?!]|\.(?=\s|$))/.exec(description)?.[0] ?? description;
  let title = sentence || operationName || id;
  if (title.length > MAX_TITLE) title = `${title.slice(0, MAX_TITLE - 1).trimEnd()}…`;
  return { id, title, description, operationName, query: text, file, default: false };
}

/** True when `query` asks Mitsubishi Corporation's dependency chains. */
function isChainExample(query: string): boolean {
  return /\bdependencyChains\s*\(/.test(query) && query.includes('company:mitsubishi-corporation');
}

/**
 * Every example, the opening one first (marked `default`), then the files: the numbered
 * questions (`q01-…`) first, then the others, each in name order.
 * `schemaHasChains` says whether the schema has `dependencyChains` (else the built-in Q7
 * example is left out and Q3 opens).
 */
export function listExamples(schemaHasChains: boolean, dir: string = EXAMPLES_DIR): Example[] {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.graphql'));
  } catch {
    files = [];
  }
  // The numbered questions (q01-…) first, then the others, each in name order.
  const numbered = (f: string) => (/^q\d/i.test(f) ? 0 : 1);
  files.sort((a, b) => numbered(a) - numbered(b) || a.localeCompare(b));
  const examples = files.map((f) => parseExample(f.replace(/\.graphql$/, ''), readFileSync(path.join(dir, f), 'utf8'), `examples/${f}`));
  if (schemaHasChains && !examples.some((e) => isChainExample(e.query))) {
    examples.unshift(parseExample('builtin-q07-mitsubishi-gallium-chains', DEPENDENCY_CHAIN_EXAMPLE, null));
  }
  const opening =
    (schemaHasChains ? examples.find((e) => isChainExample(e.query) && !/\basOf\s*:/.test(e.query)) : undefined) ??
    (schemaHasChains ? examples.find((e) => isChainExample(e.query)) : undefined) ??
    examples.find((e) => /\bsupplyConcentration\s*\(/.test(e.query) && e.query.includes('metal:gallium')) ??
    examples[0];
  if (!opening) return [];
  opening.default = true;
  return [opening, ...examples.filter((e) => e !== opening)];
}
