/** Resolver maps as Apollo takes them, and one way to wrap every field resolver in them. */

export type ResolverMap = Record<string, Record<string, unknown>>;

/**
 * `map` with every field resolver replaced by `wrap(resolver)`; a scalar's functions
 * (`serialize`…) and type-level functions (`__resolveType`, `__isTypeOf`) are left alone.
 */
export function mapFieldResolvers<F extends (...args: never[]) => unknown>(map: ResolverMap, wrap: (resolve: F) => F): ResolverMap {
  return Object.fromEntries(
    Object.entries(map).map(([type, fields]) => {
      if ('serialize' in fields) return [type, fields];
      const out = Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, typeof f === 'function' && !name.startsWith('__') ? wrap(f as F) : f]));
      return [type, out];
    }),
  );
}
