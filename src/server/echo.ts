/**
 * How much of a caller's own text an error message may quote. Every message that echoes input
 * (an id, a name, a path, a date, a feed name) shows at most ECHO_MAX characters of it, cut
 * with "…": a 10,000-character id is answered with a message of ordinary length, not echoed
 * back in full. `shown` and `clip` are used where messages are built; `boundEchoes` is the net
 * the two exits (GraphQL errors and plain HTTP errors) put every message through.
 */

/** Characters (code points) of one echoed value kept in a message. */
export const ECHO_MAX = 80;

/** `text` cut to `max` code points with "…" (never splitting a surrogate pair). */
export function clip(text: string, max = ECHO_MAX): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, max).join('')}…`;
}

/** `value` for a message: as JSON (strings quoted), cut to ECHO_MAX characters. */
export function shown(value: unknown): string {
  const s = JSON.stringify(value) ?? String(value);
  return s.startsWith('"') && s.endsWith('"') ? `"${clip(s.slice(1, -1))}"` : clip(s);
}

/** A quoted run, or an unbroken run of non-space characters, longer than ECHO_MAX. */
const LONG_RUN = new RegExp(`"(?:[^"\\\\]|\\\\.){${ECHO_MAX + 1},}"|[^\\s"]{${ECHO_MAX + 1},}`, 'g');

/**
 * `message` with every quoted run ("…") and every unbroken run of non-space characters longer
 * than ECHO_MAX cut to ECHO_MAX with "…": GraphQL's own validation messages quote field
 * names, enum values and variable values as the caller sent them.
 */
export function boundEchoes(message: string): string {
  if (message.length <= ECHO_MAX) return message;
  return message.replace(LONG_RUN, (run) => (run.startsWith('"') ? `"${clip(run.slice(1, -1))}"` : clip(run)));
}

/** Values of a caller's list shown in a message: at most this many, then "and N more". */
export const ECHO_LIST_MAX = 3;

/** `values` for a message: the first ECHO_LIST_MAX, each `shown`, then "and N more". */
export function shownList(values: readonly unknown[]): string {
  const head = values.slice(0, ECHO_LIST_MAX).map(shown).join(', ');
  return values.length > ECHO_LIST_MAX ? `${head} and ${values.length - ECHO_LIST_MAX} more` : head;
}

/**
 * The message of a zod issue with the caller's text bounded: unknown keys are listed with
 * `shownList` (zod quotes every key in full), a received value is not repeated (zod's own
 * messages name only what was expected), anything else goes through `boundEchoes`.
 */
export function zodIssueMessage(issue: { code?: string; message: string; keys?: readonly string[] }): string {
  if (issue.code === 'unrecognized_keys' && issue.keys) return `unknown key${issue.keys.length === 1 ? '' : 's'} ${shownList(issue.keys)}`;
  return boundEchoes(issue.message);
}

/** A zod issue's path as a dotted field name, each key cut to ECHO_MAX. */
export const shownPath = (path: readonly PropertyKey[]): string => path.map((k) => clip(String(k))).join('.');

/** Fields made of more than one caller value: a relationship's record name holds its type and both ends. */
const FIELD_MAX: Record<string, number> = { record: 2 * ECHO_MAX + 40 };

/**
 * The net for everything an error carries besides its message (GraphQL `extensions`, the
 * fields of an HTTP error body): every string named like a caller's value (`parameter`,
 * `field`, `file`, `argument`…) is cut to ECHO_MAX (a loader issue's `record`, `TYPE from→to`,
 * to twice that and a type: each of its values is cut where it is built), every `message` goes through
 * `boundEchoes`, however deep (the loader's `issues[]`); `stacktrace` is left whole.
 */
export function boundFields<T>(value: T, key = ''): T {
  // A stack trace (only with ERROR_DETAILS) is the service's own text, kept whole.
  if (key === 'stacktrace') return value;
  if (typeof value === 'string') return (key === 'message' ? boundEchoes(value) : clip(value, FIELD_MAX[key] ?? ECHO_MAX)) as T;
  if (Array.isArray(value)) return value.map((v) => boundFields(v, key)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [clip(k), boundFields(v, k)])) as T;
  }
  return value;
}
