/**
 * Bounded label values. Operation names come from clients, so each distinct name would be a
 * new time series: `BoundedNames` admits names of the form /^[A-Za-z_][A-Za-z0-9_]{0,63}$/
 * (a GraphQL name of at most 64 characters) until `max` distinct names were seen; a missing
 * name is `anonymous`, anything else `other`. The first names seen keep their slots.
 */
export const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
export const ANONYMOUS = 'anonymous';
export const OTHER = 'other';

export class BoundedNames {
  private readonly seen = new Set<string>();

  constructor(
    readonly max: number,
    private readonly pattern: RegExp = NAME_PATTERN,
  ) {}

  /** The label value for `name`: itself when admitted, `anonymous` when empty, `other` otherwise. */
  label(name: string | null | undefined): string {
    if (name === null || name === undefined || name === '') return ANONYMOUS;
    if (!this.pattern.test(name)) return OTHER;
    if (this.seen.has(name)) return name;
    if (this.seen.size >= this.max) return OTHER;
    this.seen.add(name);
    return name;
  }

  /** How many distinct names hold a slot. */
  get size(): number {
    return this.seen.size;
  }
}
