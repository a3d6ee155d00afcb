/**
 * Status on a date. A stored `status` is the source's word on the day it wrote; where dates
 * decide it (a validity that ended, a suspension that lapsed or began), the status served is
 * derived from the validity on the asked date — the same rule as `exportControls`' statusAsOf —
 * so a policy stored "suspended" reads inForce once its suspension has lapsed. Dates are ISO
 * `YYYY-MM-DD` (the first day of a partial date); validity holds on `asOf` when
 * validFrom <= asOf < validTo (a missing end is open).
 */

/** A node's or relationship's stored status and validity. */
export interface DatedFact {
  status?: unknown;
  validFrom?: unknown;
  validTo?: unknown;
}

/** The validity of one suspension (a SUSPENDS relationship). */
export interface Window {
  validFrom?: unknown;
  validTo?: unknown;
}

const day = (v: unknown) => (typeof v === 'string' && v.length >= 10 ? v.slice(0, 10) : undefined);

/** True when `w` holds on `asOf`: validFrom <= asOf < validTo, a missing bound open. */
export function inForceOn(w: Window, asOf: string): boolean {
  const from = day(w.validFrom);
  const to = day(w.validTo);
  return (from === undefined || from <= asOf) && (to === undefined || asOf < to);
}

/** Today's date in UTC, `YYYY-MM-DD`: the default `asOf` everywhere. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/**
 * The status of `fact` on `asOf`:
 * - for a policy (`suspensions` given, one window per SUSPENDS it receives), as exportControls'
 *   statusAsOf: `announced` before its validFrom (exportControls: notYetInForce), `ended` from
 *   its validTo, `suspended` while a suspension holds on asOf, else `inForce` — a stored
 *   "suspended" whose suspension lapsed reads inForce;
 * - for anything else: `ended` once its validTo is on or before asOf, else the stored status
 *   (planned, operating… are states dates alone cannot tell);
 * - null when nothing is stored and no date decides.
 */
export function statusOn(fact: DatedFact, asOf: string, suspensions?: readonly Window[]): string | null {
  const from = day(fact.validFrom);
  const to = day(fact.validTo);
  if (suspensions) {
    if (from !== undefined && asOf < from) return 'announced';
    if (to !== undefined && to <= asOf) return 'ended';
    return suspensions.some((s) => inForceOn(s, asOf)) ? 'suspended' : 'inForce';
  }
  if (to !== undefined && to <= asOf) return 'ended';
  return typeof fact.status === 'string' ? fact.status : null;
}
