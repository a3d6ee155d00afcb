/**
 * How deep the service reads nested input. A JSON value may nest arrays and objects as deep as
 * its text allows (a 4 MB body holds two million levels), while every recursive walk over a
 * value (JSON.stringify, key-sorting serialisers, text checks, the driver's packing) ends in
 * "Maximum call stack size exceeded" a few thousand levels down. No input of this service needs
 * more than a handful of levels (a dataset: the file, a list, a record, a list property), so
 * every entry point refuses more than MAX_NESTING before anything walks the value: the HTTP
 * routes that take JSON (server/nesting.ts) and the loader's record check (load/validate.ts).
 */

/** The most levels of arrays and objects any input may nest (the value itself is level 1 when it is one). */
export const MAX_NESTING = 64;

/**
 * The path (object keys and list indexes, as strings) to the first array or object of `value`
 * that lies deeper than `max` levels, in document order; undefined when `value` stays within
 * `max` (a string, number, boolean or null is level 0, `[]` and `{}` level 1, `[[1]]` level 2).
 * Iterative: any depth is measured without recursion, and a value is left at the first level
 * beyond `max`, so the cost is bounded by the part of `value` within `max` levels.
 */
export function nestedBeyond(value: unknown, max = MAX_NESTING): string[] | undefined {
  interface Frame {
    value: unknown;
    depth: number;
    key: string | undefined;
    parent: Frame | undefined;
  }
  const stack: Frame[] = [{ value, depth: 1, key: undefined, parent: undefined }];
  while (stack.length) {
    const frame = stack.pop() as Frame;
    const v = frame.value;
    if (v === null || typeof v !== 'object') continue;
    if (frame.depth > max) {
      const path: string[] = [];
      for (let f: Frame | undefined = frame; f?.key !== undefined; f = f.parent) path.unshift(f.key);
      return path;
    }
    // Pushed in reverse, so the first child is looked at first (document order).
    const entries: Array<[string, unknown]> = Array.isArray(v) ? v.map((x, i) => [String(i), x]) : Object.entries(v);
    for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i][1], depth: frame.depth + 1, key: entries[i][0], parent: frame });
  }
  return undefined;
}
