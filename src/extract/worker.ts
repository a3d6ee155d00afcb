/**
 * The article extraction as a worker-thread task (run by `pool.ts` through piscina): the whole
 * pipeline of `index.ts`, which is synchronous CPU work (compromise reads every sentence), off
 * the service's event loop. The graph's relationships for conflicts are asked of the main
 * thread over `port` (it holds the database driver). Bad input comes back as `{ error }`, since
 * an error crossing threads loses its class and code.
 */
import type { MessagePort } from 'node:worker_threads';
import type { KnownFact } from './conflicts.js';
import { Gazetteer, type GazetteerEntry } from './gazetteer.js';
import { ArticleInputError, type Extraction, type ExtractOptions, extractArticle } from './index.js';

export interface ExtractTask {
  input: Uint8Array | string;
  entries: GazetteerEntry[];
  opts: ExtractOptions;
  /** Answers `{ pairs }` with `{ facts }` or `{ error }` (the graph lookup of conflicts.ts). */
  port: MessagePort;
}

export type ExtractResult = { extraction: Extraction } | { error: { code: ArticleInputError['code']; message: string; option?: string } };

/** Asks the main thread for the graph's relationships between the pairs. */
const lookupOver = (port: MessagePort) => (pairs: Array<{ from: string; to: string }>) =>
  new Promise<KnownFact[]>((resolve, reject) => {
    port.once('message', (m: { facts?: KnownFact[]; error?: string }) => (m.error ? reject(new Error(m.error)) : resolve(m.facts ?? [])));
    port.postMessage({ pairs });
  });

export default async function extractTask({ input, entries, opts, port }: ExtractTask): Promise<ExtractResult> {
  try {
    return { extraction: await extractArticle(input, new Gazetteer(entries), lookupOver(port), opts) };
  } catch (e) {
    if (e instanceof ArticleInputError) return { error: { code: e.code, message: e.message, option: e.option } };
    throw e;
  } finally {
    port.close();
  }
}
