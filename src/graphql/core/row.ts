/** A node as the Cypher returns it: its stored properties, with `id` always present. */
export type Row = Record<string, unknown> & { id: string };
