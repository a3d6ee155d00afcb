/**
 * The NLP library, set up once: compromise with its dates plugin (numbers are part of
 * compromise 14's core, which absorbed the former compromise-numbers plugin). Runs offline:
 * no model or lexicon is fetched.
 */
import nlpBase from 'compromise';
import datesPlugin from 'compromise-dates';

export const nlp = nlpBase.extend(datesPlugin);

/** The value of a number written in words or digits ("fifteen", "two million", "1,200"), or null. */
export function numberOf(text: string): number | null {
  const found = nlp(text).numbers().json() as Array<{ number?: { num?: number } }>;
  const n = found[0]?.number?.num;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}
