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
