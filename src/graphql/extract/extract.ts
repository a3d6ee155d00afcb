/**
 * `Query.extractArticle` (schema/extract.graphql): the extraction pipeline of src/extract on
 * posted text, against the graph's names, on a worker thread of the service's extraction pool
 * (src/extract/pool.ts), so it never holds other requests. Reads only; loading the accepted candidates goes
 * through `loadDataset` (role editor). Bad input is BAD_USER_INPUT with `extensions.reason` and
 * `extensions.argument` the field at fault (`input.text`, `input.url`, `input.publishedDate`…).
 */
import { graphFacts } from '../../extract/conflicts.js';
import { datasetOf } from '../../extract/dataset.js';
import { gazetteerEntries, loadGazetteer } from '../../extract/gazetteer.js';
import { ArticleInputError, checkOptions, type ExtractOptions, extractArticle } from '../../extract/index.js';
import type { Context } from '../core/context.js';
import { badInput } from '../core/errors.js';

interface ArticleInput {
  text: string;
  fileName?: string | null;
  url?: string | null;
  publishedDate?: string | null;
  retrievedDate?: string | null;
  publisher?: string | null;
}

/** The options as the messages and `extensions.argument` name them: their paths in the arguments. */
const OPTION_PATHS = { url: 'input.url', publishedDate: 'input.publishedDate', retrievedDate: 'input.retrievedDate', publisher: 'input.publisher' };

function options(input: ArticleInput): ExtractOptions {
  return checkOptions(
    {
      name: input.fileName ?? undefined,
      url: input.url ?? undefined,
      publishedDate: input.publishedDate ?? undefined,
      retrievedDate: input.retrievedDate ?? undefined,
      publisher: input.publisher ?? undefined,
    },
    OPTION_PATHS,
  );
}

/** Extracts on the context's worker pool (`ctx.extractor`), or on this thread when it has none. */
export async function extractArticleResolver(_: unknown, { input }: { input: ArticleInput }, { db, extractor, signal }: Context) {
  try {
    const opts = options(input);
    const ex = extractor
      ? await extractor.extract(input.text, await gazetteerEntries(db), graphFacts(db), opts, signal)
      : await extractArticle(input.text, await loadGazetteer(db), graphFacts(db), opts);
    return {
      source: ex.source,
      format: ex.article.format.toUpperCase(),
      body: ex.article.text,
      sentences: ex.sentences,
      mentions: ex.mentions.map(({ id, ...m }) => ({ ...m, entityId: id })),
      candidates: ex.candidates.map((c) => ({ ...c, kind: c.kind.toUpperCase() })),
      dataset: datasetOf(ex),
    };
  } catch (e) {
    if (!(e instanceof ArticleInputError)) throw e;
    // A bad option names its field (`input.publishedDate`); any other refusal is of the text.
    const err = badInput(e.message, e.option ?? 'input.text');
    err.extensions.reason = e.code;
    throw err;
  }
}

/** The resolver map of this module, merged into `resolvers.ts`. */
export const extractResolvers = { Query: { extractArticle: extractArticleResolver } };
