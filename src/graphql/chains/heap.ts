/**
 * A binary max-heap under a caller's "a goes before b" test, for ranking that must pick the
 * best of many items repeatedly while their scores change (`diverseOrder`). push and pop are
 * O(log n); pop returns undefined when empty.
 */
export class Heap<T> {
  private readonly items: T[];

  /** `items` (taken over, not copied) are arranged in O(n). */
  constructor(
    private readonly before: (a: T, b: T) => boolean,
    items: T[] = [],
  ) {
    this.items = items;
    for (let i = (items.length >> 1) - 1; i >= 0; i--) this.down(i);
  }

  get size(): number {
    return this.items.length;
  }

  push(x: T): void {
    const xs = this.items;
    let i = xs.push(x) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(xs[i], xs[parent])) break;
      [xs[i], xs[parent]] = [xs[parent], xs[i]];
      i = parent;
    }
  }

  pop(): T | undefined {
    const xs = this.items;
    const top = xs[0];
    const last = xs.pop();
    if (xs.length === 0 || last === undefined) return top;
    xs[0] = last;
    this.down(0);
    return top;
  }

  private down(start: number): void {
    const xs = this.items;
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < xs.length && this.before(xs[l], xs[m])) m = l;
      if (r < xs.length && this.before(xs[r], xs[m])) m = r;
      if (m === i) return;
      [xs[i], xs[m]] = [xs[m], xs[i]];
      i = m;
    }
  }
}
