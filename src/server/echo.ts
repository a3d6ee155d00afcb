/**
 * How much of a caller's own text an error may quote. Every field of an error (its message, each
 * string of its extensions or HTTP body) holds at most ECHO_MAX characters of what the caller
 * sent, however many of the caller's values it quotes: values quoted together share ECHO_MAX,
 * short ones whole and long ones cut to equal shares with "…" (`shares`). A 10,000-character
 * id is answered with a message of ordinary length, and so is a variable that graphql-js quotes
 * twice or a list of three unknown keys. `shown`, `clipAll` and `shownList` are used where
 * messages are built; `boundEchoes` and `boundFields` are the net the two exits (GraphQL errors
 * and plain HTTP errors) put every error through.
 */

/** Characters (code points) of caller text kept in one field of an error. */
export const ECHO_MAX = 80;

/**
 * How many characters each of several caller values keeps so that together they keep at most
 * `budget`: values no longer than an equal share stay whole, the others get equal shares of
 * what is left (water-filling). `lengths` and the result are in code points, in the same order.
 */
export function shares(lengths: readonly number[], budget = ECHO_MAX): number[] {
  const kept = [...lengths];
  let left = budget;
  const order = lengths.map((_, i) => i).sort((a, b) => lengths[a] - lengths[b]);
  order.forEach((i, rank) => {
    const share = Math.floor(left / (order.length - rank));
    kept[i] = Math.min(lengths[i], share);
    left -= kept[i];
  });
  return kept;
}

/** `values` cut to share `budget` characters between them (`shares`), each cut one ending in "…". */
export function clipAll(values: readonly string[], budget = ECHO_MAX): string[] {
  const kept = shares(
    values.map((v) => Array.from(v).length),
    budget,
  );
  return values.map((v, i) => clip(v, kept[i]));
}

/**
 * Characters an echo never shows raw: controls (Cc), format characters (Cf: bidi controls,
 * zero-width space, BOM, soft hyphen…) but ZWNJ and ZWJ (they spell words), line and paragraph
 * separators, and lone surrogates: the characters one-line text refuses (src/model/text.ts).
 */
const INVISIBLE = /(?![\u200C\u200D])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/**
 * `text` with every character INVISIBLE written as its escape (`\u202E`, `\u{E0041}`), so a
 * message quoting a caller's value cannot reorder, hide or break the lines around it.
 */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (c) => {
    const code = c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return code.length > 4 ? `\\u{${code}}` : `\\u${code}`;
  });
}

/** `text` cut to `max` code points with "…" (never splitting a surrogate pair), its invisible characters escaped (`visible`). */
export function clip(text: string, max = ECHO_MAX): string {
  if (text.length <= max) return visible(text);
  const points = Array.from(text);
  return visible(points.length <= max ? text : `${points.slice(0, max).join('')}…`);
}

/** `value` for a message: as JSON (strings quoted; Infinity, -Infinity and NaN as such), cut to `max` (ECHO_MAX) characters. */
export function shown(value: unknown, max = ECHO_MAX): string {
  // JSON writes Infinity and NaN as null: a refused 1e400 would read "got null".
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const s = JSON.stringify(value) ?? String(value);
  return s.startsWith('"') && s.endsWith('"') ? `"${clip(s.slice(1, -1), max)}"` : clip(s, max);
}

const QUOTED = `"(?:[^"\\\\]|\\\\.)*"`;
/**
 * A quoted run; the value graphql-js prints after "got invalid value" when it refuses a variable
 * (an object or list as `{ key: value }`, its keys unquoted, up to "; " or ` at "`); or an
 * unbroken run of non-space characters longer than ECHO_MAX.
 */
const ECHO_RUN = new RegExp(`${QUOTED}|(?<=got invalid value )(?:[^;"]|${QUOTED})+?(?=; | at "|$)|[^\\s"]{${ECHO_MAX + 1},}`, 'g');

/**
 * `message` with its quoted runs ("…") and its unbroken runs of non-space characters longer
 * than ECHO_MAX sharing ECHO_MAX characters (`shares`): graphql-js's own messages quote field
 * names, enum values and variable values as the caller sent them, a variable's value twice.
 * Invisible characters anywhere in it are escaped (`visible`).
 */
export function boundEchoes(message: string): string {
  if (message.length <= ECHO_MAX) return visible(message);
  const runs = [...message.matchAll(ECHO_RUN)].map(([run]) => (run.startsWith('"') ? run.slice(1, -1) : run));
  const kept = shares(runs.map((r) => Array.from(r).length));
  let i = 0;
  const bounded = message.replace(ECHO_RUN, (run) => {
    const text = clip(runs[i], kept[i++]);
    return run.startsWith('"') ? `"${text}"` : text;
  });
  // What is left of the message besides its runs may quote the caller too (a short bare id).
  return visible(bounded);
}

/** Why a number is Infinity: JSON and GraphQL read a number beyond the largest double as Infinity. */
export const NOT_FINITE = ' (a number beyond ±1.8e308, such as 1e400, is read as Infinity)';

/**
 * graphql-js's refusal of a variable that is not a finite number (`{"n": 1e400}` is parsed as
 * Infinity) with the reason: its own message says only "cannot represent non numeric value".
 */
export function nonFiniteVariable(message: string): string {
  return message.replace(
    /; (Int|Float) cannot represent non(?:-integer| numeric) value: (-?Infinity|NaN)$/,
    (_, type: string, value: string) => `; ${value} is not a finite number${NOT_FINITE}, and ${type === 'Int' ? 'an Int' : 'a Float'} must be one`,
  );
}

/** Values of a caller's list shown in a message: at most this many, then "and N more". */
export const ECHO_LIST_MAX = 3;

/** `values` for a message: the first ECHO_LIST_MAX, `shown` sharing `budget` (ECHO_MAX) characters, then "and N more". */
export function shownList(values: readonly unknown[], budget = ECHO_MAX): string {
  const texts = values.slice(0, ECHO_LIST_MAX).map((v) => {
    const s = JSON.stringify(v) ?? String(v);
    return s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s;
  });
  const head = clipAll(texts, budget)
    .map((t, i) => (typeof values[i] === 'string' ? `"${t}"` : t))
    .join(', ');
  return values.length > ECHO_LIST_MAX ? `${head} and ${values.length - ECHO_LIST_MAX} more` : head;
}

/**
 * The message of a zod issue with the caller's text bounded: an enum's allowed values are listed
 * whole (they are the service's, not the caller's); unknown keys are listed with
 * `shownList` (zod quotes every key in full), a received value is not repeated (zod's own
 * messages name only what was expected), anything else goes through `boundEchoes`.
 */
export function zodIssueMessage(issue: { code?: string; message: string; keys?: readonly string[]; received?: unknown; values?: readonly unknown[] }): string {
  // An enum's or literal's allowed values are the schema's own words: listed whole, unquoted (zod quotes each, which would read as caller text).
  if (issue.code === 'invalid_value' && issue.values?.length) return `expected ${allowedValues(issue.values.map(String))}`;
  if (issue.code === 'unrecognized_keys' && issue.keys) return `unknown key${issue.keys.length === 1 ? '' : 's'} ${shownList(issue.keys)}`;
  if (issue.code === 'invalid_type' && (issue.received === 'Infinity' || issue.received === 'NaN'))
    return `expected a finite number, got ${issue.received}${NOT_FINITE}`;
  return boundEchoes(issue.message);
}

/** The values a field allows, for a message: `A`, `A or B`, `one of A, B, C`. */
export const allowedValues = (values: readonly string[]): string => (values.length <= 2 ? values.join(' or ') : `one of ${values.join(', ')}`);

/** A zod issue's path as a dotted field name, its keys sharing ECHO_MAX characters. */
export const shownPath = (path: readonly PropertyKey[]): string => clipAll(path.map(String)).join('.');

/**
 * The net for everything an error carries besides its message (GraphQL `extensions`, the
 * fields of an HTTP error body): every other string (`parameter`, `field`, `file`, `record`,
 * `argument`…) is cut to ECHO_MAX, every `message` goes through `boundEchoes`, however deep
 * (the loader's `issues[]`); a `stacktrace` keeps its frames whole and bounds its message lines.
 */
export function boundFields<T>(value: T, key = ''): T {
  // A stack trace (only with ERROR_DETAILS): its frames are the service's own, kept whole; its message lines quote the caller.
  if (key === 'stacktrace' && Array.isArray(value))
    return value.map((line) => (typeof line === 'string' && !/^\s+at /.test(line) ? boundEchoes(line) : line)) as T;
  if (typeof value === 'string') return (key === 'message' ? boundEchoes(value) : clip(value)) as T;
  if (Array.isArray(value)) return value.map((v) => boundFields(v, key)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [clip(k), boundFields(v, k)])) as T;
  }
  return value;
}
