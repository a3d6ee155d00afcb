/**
 * Large lists completed in slices, so that building one large answer never holds the event
 * loop. graphql-js 16 completes a list's items in one synchronous loop (`completeListValue`):
 * an item that is a value is completed at once, with everything selected below it, while an
 * item that is a promise is completed when the promise resolves. At most `SLICE_ITEMS` items of a
 * request's lists therefore go to graphql-js as values per turn of the event loop (one long list,
 * or many short ones: a hundred countries' production lists complete in one turn otherwise);
 * the others go as promises, resolved slice after slice in later turns (`setImmediate`): a turn
 * goes on to the next slice while it has run less than `TURN_MS`, then yields, so other requests'
 * I/O and timers run between turns, and a large answer still moves on when the event loop is
 * busy (one slice per turn would leave it hundreds of turns behind a saturated loop). The items,
 * their order and the answer are unchanged; only when the work happens moves.
 *
 * One `Slicer` per request queues its slices in arrival order (nested lists join the queue).
 * DataLoader batches wait until the queue is empty (`whenIdle`): the `sources` of two thousand
 * edges completed over twenty slices are still read in one round trip.
 */
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLResolveInfo } from 'graphql';
import { mapFieldResolvers, type ResolverMap } from './resolver-map.js';

/** Items handed out per slice: about a millisecond's work for a row with a few nested objects. */
export const SLICE_ITEMS = 100;
/** Time a turn of the event loop may spend completing slices before it yields, in ms. */
export const TURN_MS = 10;

export class Slicer {
  private readonly queue: Array<() => void> = [];
  private readonly idle: Array<() => void> = [];
  private scheduled = false;
  /** Items handed out as values in the current turn of the event loop. */
  private used = 0;

  /** `size`: items per slice (at least 1); `turnMs`: time a turn may spend on slices before it yields (0: one slice per turn). */
  constructor(
    readonly size = SLICE_ITEMS,
    readonly turnMs = TURN_MS,
  ) {
    if (!(size >= 1)) throw new RangeError(`slice size must be at least 1, got ${size}`);
    if (!(turnMs >= 0)) throw new RangeError(`turn time must be at least 0 ms, got ${turnMs}`);
  }

  /**
   * `items` itself while this turn of the event loop has room for them (at most `size` items
   * handed out as values per turn, over all the request's lists: a hundred short lists count
   * as much as one long one); else a new array of the same length and order whose first entries
   * fill the turn's room with items and whose later entries are promises of the items, resolved
   * `size` at a time, one slice per later turn.
   */
  list<T>(items: readonly T[]): ReadonlyArray<T | Promise<T>> {
    const room = Math.max(0, this.size - this.used);
    if (items.length <= room) {
      this.spend(items.length);
      return items;
    }
    this.spend(room);
    const out: Array<T | Promise<T>> = items.slice(0, room);
    for (let start = room; start < items.length; start += this.size) {
      const end = Math.min(start + this.size, items.length);
      const resolvers: Array<(v: T) => void> = [];
      for (let i = start; i < end; i++) out.push(new Promise<T>((resolve) => resolvers.push(resolve)));
      this.queue.push(() => {
        this.used = end - start;
        for (let i = start; i < end; i++) resolvers[i - start](items[i]);
      });
    }
    this.schedule();
    return out;
  }

  /** Counts `n` items handed out in this turn; the count starts again at the next turn. */
  private spend(n: number): void {
    if (n > 0 && this.used === 0) setImmediate(() => (this.used = 0));
    this.used += n;
  }

  /**
   * A DataLoader `batchScheduleFn`: runs `dispatch` as DataLoader would by default (after the
   * current promise jobs) when no slice is waiting, else once every queued slice has run.
   */
  whenIdle(dispatch: () => void): void {
    if (this.queue.length === 0 && this.idle.length === 0) {
      void Promise.resolve().then(() => process.nextTick(dispatch));
      return;
    }
    this.idle.push(dispatch);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(this.turn);
  }

  /**
   * One turn: the next slice, or, when none is left, the loader batches waiting for the slices;
   * then the next slice again, after the completions the last one set off (they are promise jobs
   * queued before the check), while the turn has run less than `turnMs`.
   */
  private readonly turn = () => {
    this.scheduled = false;
    const started = performance.now();
    const step = () => {
      const slice = this.queue.shift();
      if (slice) slice();
      else for (const dispatch of this.idle.splice(0)) dispatch();
      if (this.queue.length === 0 && this.idle.length === 0) return;
      if (performance.now() - started < this.turnMs) queueMicrotask(step);
      else this.schedule();
    };
    step();
  };
}

/** True when a field's type is a list (tested by its printed shape: see server/cost.ts on two graphql builds). */
const isListField = (info: GraphQLResolveInfo) => String(info.returnType).replace(/!$/, '').startsWith('[');

/**
 * `value` through the request's slicer when it is a list field's array; as it is when the call
 * has no field info (a resolver called directly, outside graphql-js's execution).
 */
function sliced(value: unknown, ctx: { slicer?: Slicer }, info: GraphQLResolveInfo | undefined): unknown {
  const slicer = ctx?.slicer;
  if (!slicer || info?.returnType === undefined || !Array.isArray(value) || value.length === 0 || !isListField(info)) return value;
  return slicer.list(value);
}

/** `resolve` with its list results completed in slices (`Slicer.list`). */
export function slicedResolver<S, C extends { slicer?: Slicer }>(resolve: GraphQLFieldResolver<S, C>): GraphQLFieldResolver<S, C> {
  const wrapped: GraphQLFieldResolver<S, C> = (source, args, ctx, info) => {
    const out = resolve(source, args, ctx, info);
    return out instanceof Promise ? out.then((v) => sliced(v, ctx, info)) : sliced(out, ctx, info);
  };
  return Object.assign(wrapped, resolve); // keep what resolvers carry (relationship specs)
}

/** The default field resolver (a property of the parent) with its lists completed in slices: Apollo's `fieldResolver`. */
export const slicedDefaultResolver = slicedResolver<unknown, { slicer?: Slicer }>(defaultFieldResolver);

/** Every field resolver of `map` with its list results completed in slices. */
export const withSlices = (map: ResolverMap): ResolverMap =>
  mapFieldResolvers(map, (f: GraphQLFieldResolver<unknown, { slicer?: Slicer }>) => slicedResolver(f));
