/**
 * The estimated cost of an operation, checked before it runs (graphql-query-complexity with
 * the estimator below). The cost is an upper estimate of the objects the answer holds plus
 * the nodes a traversal visits, computed from the arguments as the GraphQL cost
 * specifications do with list-size ("slicing") arguments:
 *
 * - every field whose value is an object costs 1 per object; scalars and enums cost 0;
 * - a list field multiplies the cost of what it holds by its size: `first` or `limit` when
 *   it has one (the SDL default when unset: `first: Int = 20` counts 20), and every size or
 *   bound is counted within its field's range (`first: 2000000000` counts the field's maximum):
 *   an argument out of range is the resolver's to refuse, as BAD_USER_INPUT naming it; a Relay connection's
 *   `first` sizes its `edges`, but not its `groups` (counts per group over all the matches,
 *   computed once per connection: `groups(first:)` groups, each with its entity, a few sums
 *   per unit and its sources), which cost the same whatever the page size (also `first: 0`);
 *   a `groups` selected through a named fragment is counted per edge (an over-estimate);
 * - traversals multiply by their bound: `dependencyChains` by hops per chain (`maxDepth`),
 *   `paths` by nodes per path (`maxLength + 1`: a path of n hops holds n + 1 nodes),
 *   `exposure` also by the chains shown per dependent (5);
 *   `dependencyChains` and `exposure` add the partial paths their walk carries, `beamWidth`
 *   (200) per level of `maxDepth`, whatever they show (`first: 0` still walks, for
 *   `totalChains` or `totalDependents`); and
 *   a traversal's result fields held once per answer (its `entity`, `metal`, `center`) are
 *   counted once, not per chain or node, and exposure's `headquarteredIn` once per id given;
 *   `neighbourhood` adds `depth × limit` nodes visited, and its `edges` count `edgeLimit`
 *   (not per node: a hub's nodes hold up to 78 relationships each in the bundled data); the
 *   exposure kinds followed (`kinds`) and the narrowing of dependents (`dependentLabels`,
 *   `headquarteredIn`) do not change these bounds;
 * - a list without a size argument counts, per parent, the `assumedSize` of its `@listSize`
 *   directive in the schema: from the most one parent holds in the bundled data (a country's
 *   figures `Country.production` 160, `Metal.producers` 70, `Country.importsFrom` 230, a
 *   fact's `sources` 6 (a country's 100: the USGS tables naming it), the curated relationships that most plus 2, at least 4;
 *   tests/list-sizes.test.ts checks them against the data; beyond them, loaded data is
 *   bounded by the result budget); the lists the data bounds by
 *   construction are in SIZED_BY_DATA (a salient series' 5 yearly points, a value chain's
 *   stages, a stage's years); any other list counts `assumedListSize`
 *   (GRAPHQL_ASSUMED_LIST_SIZE). Nested lists multiply: every list's cost is its size times
 *   the cost of one of its items, whose own lists count per item.
 * - introspection costs what its answer holds, counted from the schema and the selection
 *   (introspection-cost.ts), nested selections and aliases inside it included: GraphiQL's own
 *   introspection about 3,900 objects (under GRAPHQL_HEAVY_COST, so it is light); thirty
 *   aliases of it, or `types { fields { type { fields … } } }` nested, are refused like any
 *   other answer of that size.
 *
 * Over `budget`, the operation is refused before any resolver runs: HTTP 400, code
 * COST_LIMIT_EXCEEDED, `extensions` { cost, budget }. An operation whose arguments the estimate
 * cannot read (a null reaching a non-null argument, a variable of the wrong type) is refused as
 * well, HTTP 400 BAD_USER_INPUT: none runs without an estimate. The actual answer is bounded separately
 * (`graphql/core/budget.ts`), since assumed sizes can be exceeded.
 *
 * Within the budget, an operation whose cost reaches `heavy.cost` (GRAPHQL_HEAVY_COST) is heavy:
 * at most `heavy.concurrency` (GRAPHQL_HEAVY_CONCURRENCY) heavy operations run at a time, the
 * others wait their turn in arrival order before any resolver runs (after the response cache
 * missed: a cached answer never waits), while light ones never wait. At most
 * GRAPHQL_HEAVY_MAX_WAITING wait, each at most GRAPHQL_HEAVY_MAX_WAIT_MS; a waiting or running
 * operation whose client went away gives its place up (turns.ts).
 * Neo4j and the service share a few cores, so large answers built side by side would otherwise
 * take the CPU that small requests need (`npm run bench:load` measures it).
 */
import { type ApolloServerPlugin, type GraphQLResponse, HeaderMap } from '@apollo/server';
import {
  type DocumentNode,
  type FieldDefinitionNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLOutputType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import { STAGE_YEARS, VALUE_CHAINS } from '../analytics/stages.js';
import { LIMITS } from '../graphql/chains/steps.js';
import { GROUPS_MAX, PAGE_MAX } from '../graphql/entities/connections.js';
import { RELATIONS_MAX } from '../graphql/entities/relations.js';
import { SEARCH_MAX } from '../graphql/search/search.js';
import { heavyRunning, heavyWaiting, heavyWaitSeconds } from '../metrics/registry.js';
import { SALIENT_YEARS } from '../usgs/sources.js';
import { type IntrospectionCount, introspectionObjects } from './introspection-cost.js';
import { ClientGoneError, OverloadedError, type Release, ServiceStoppingError, Turns } from './turns.js';

/** Fields of a connection computed once for all its matches, not per edge: not sized by its `first`. */
const ONCE_PER_CONNECTION = new Set(['groups']);
/** Estimates kept per parsed document (one per operation name and variables, least recently used dropped). */
const ESTIMATES_PER_DOCUMENT = 256;
/** Longest operation name and variables (JSON characters) whose estimate is kept; longer ones are estimated each time. */
const MAX_ESTIMATE_KEY = 4096;
/** AST nodes (fields, fragments expanded) the estimate visits at most; more is refused like a cost over budget. */
const MAX_QUERY_NODES = 10_000;

/** Lists whose size an ancestor's arguments already count (the ancestor multiplies), relative to one unit of it. */
const SIZED_BY_ANCESTOR: Record<string, number> = {
  'Graph.nodes': 1,
  'Graph.edges': 1,
  'DependencyChainResult.chains': 1,
  'DependencyChain.hops': 1,
  'ExposureResult.dependents': 1,
  'Exposure.chains': 1,
  'Path.nodes': 1,
  'Path.hops': 1,
};

/** The result types of the traversals, and the traversals: a result's fields other than its sized lists are held once per answer. */
const TRAVERSAL_RESULTS = new Set(['DependencyChainResult', 'ExposureResult', 'Graph']);
const TRAVERSAL_FIELDS = new Set(['dependencyChains', 'exposure', 'neighbourhood']);

/** Lists the data bounds: a series' points (one per year of the salient tables), a chain's stages, a stage's years. */
const SIZED_BY_DATA: Record<string, number> = {
  'StatisticSeries.points': SALIENT_YEARS.length,
  'ValueChainConcentration.stages': Math.max(...VALUE_CHAINS.map((c) => c.stages.length)),
  'StageConcentration.years': STAGE_YEARS.length,
};

// Types are tested by shape, not with graphql's `instanceof` predicates: a test runner may load
// graphql's ESM and CommonJS builds side by side, and the schema comes from Apollo's.
const isList = (t: GraphQLOutputType): boolean => String(t).replace(/!$/, '').startsWith('[');
const isComposite = (t: GraphQLOutputType): boolean => {
  let named: unknown = t;
  while ((named as { ofType?: unknown }).ofType) named = (named as { ofType: unknown }).ofType;
  return typeof (named as { getFields?: unknown }).getFields === 'function' || typeof (named as { getTypes?: unknown }).getTypes === 'function';
};
/**
 * A bound argument counted within its range: at least 1, at most `max` (a value beyond it is
 * refused by the resolver, BAD_USER_INPUT); one that is not a number (an explicit `null` of an
 * argument without a default) counts `max`.
 */
const num = (v: unknown, max: number): number => (typeof v === 'number' && Number.isFinite(v) ? Math.min(Math.max(v, 1), max) : max);

/**
 * The arguments as the resolvers read them: an explicit `null` (literal or variable) of an
 * argument with an SDL default counts as the default, since the resolvers apply it then too
 * (`limit: null` is `limit: 200`), where graphql-js leaves the null in place.
 */
function withDefaults(field: { args: readonly { name: string; defaultValue?: unknown }[] }, args: Record<string, unknown>): Record<string, unknown> {
  let read = args;
  for (const a of field.args) {
    if (read[a.name] === null && a.defaultValue !== undefined && a.defaultValue !== null) {
      if (read === args) read = { ...args };
      read[a.name] = a.defaultValue;
    }
  }
  return read;
}

/** The `assumedSize` of a field's `@listSize` directive in the SDL, or undefined without one. */
function declaredSize(field: { astNode?: FieldDefinitionNode | null }): number | undefined {
  const arg = field.astNode?.directives?.find((d) => d.name.value === 'listSize')?.arguments?.find((a) => a.name.value === 'assumedSize');
  return arg?.value.kind === 'IntValue' ? Number(arg.value.value) : undefined;
}

/** The largest page of each field with a page size (`first`, `limit`); Relay connections: PAGE_MAX. */
const PAGE_MAX_OF: Record<string, number> = {
  search: SEARCH_MAX,
  relations: RELATIONS_MAX,
  groups: GROUPS_MAX,
  dependencyChains: LIMITS.maxFirst,
  exposure: LIMITS.maxFirst,
  paths: LIMITS.maxFirst,
  neighbourhood: LIMITS.maxNeighbourhoodLimit,
};

/**
 * What the introspection count reads of a request besides the selection: the document's
 * fragments by name, and the variables as execution sees them (the operation's defaults for
 * those not given; an explicit `null` stays null).
 */
export function documentInputs(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>>,
): { fragments: IntrospectionCount['fragments']; variables: IntrospectionCount['variables'] } {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let operation: OperationDefinitionNode | undefined;
  for (const d of document.definitions) {
    if (d.kind === 'FragmentDefinition') fragments[d.name.value] = d;
    else if (d.kind === 'OperationDefinition' && !operation && (!operationName || d.name?.value === operationName)) operation = d;
  }
  const defaults: Record<string, unknown> = {};
  for (const v of operation?.variableDefinitions ?? []) if (v.defaultValue) defaults[v.variable.name.value] = valueFromASTUntyped(v.defaultValue);
  return { fragments, variables: { ...defaults, ...variables } };
}

/** The multiplier a field's own arguments give to what it holds (1 when it has none). */
function argumentSize(fieldName: string, args: Record<string, unknown>): { size: number; visited: number; edges?: number } | null {
  const pageMax = PAGE_MAX_OF[fieldName] ?? PAGE_MAX;
  switch (fieldName) {
    // A walk carries up to beamWidth partial paths through each of its maxDepth levels, whatever it shows (also `first: 0`).
    case 'dependencyChains':
      return { size: num(args.first, pageMax) * num(args.maxDepth, LIMITS.maxDepth), visited: LIMITS.beamWidth * num(args.maxDepth, LIMITS.maxDepth) };
    case 'exposure':
      return {
        size: num(args.first, pageMax) * num(args.maxDepth, LIMITS.maxDepth) * LIMITS.chainsPerDependent,
        visited: LIMITS.beamWidth * num(args.maxDepth, LIMITS.maxDepth),
      };
    case 'paths':
      // A path of n hops holds n + 1 nodes: each unit counts one node, one hop and the path.
      return { size: num(args.first, pageMax) * (num(args.maxLength, LIMITS.maxPathLength) + 1), visited: 0 };
    case 'neighbourhood':
      return {
        size: num(args.limit, pageMax),
        visited: num(args.limit, pageMax) * num(args.depth, LIMITS.maxNeighbourhoodDepth),
        edges: num(args.edgeLimit, LIMITS.maxNeighbourhoodEdges),
      };
  }
  const size = 'first' in args ? args.first : args.limit;
  if (size === null) return { size: pageMax, visited: 0 }; // null without a default: the largest page
  return typeof size === 'number' ? { size: Math.min(Math.max(size, 0), pageMax), visited: 0 } : null;
}

/**
 * The estimator (graphql-query-complexity's interface) of the cost model above. Make one per
 * estimate: it remembers the cost of each `groups` selection until its connection is costed,
 * and of one edge of a neighbourhood's `edges` (the Graph type is only a neighbourhood's) until
 * the neighbourhood is: children are costed before their parent, depth first, so every
 * `Graph.edges` costed since the last neighbourhood is the next one's, through fragments too.
 */
export function costEstimator(
  assumedListSize: number,
  schema: IntrospectionCount['schema'],
  document: { fragments?: IntrospectionCount['fragments']; variables?: IntrospectionCount['variables']; cap?: number } = {},
): ComplexityEstimator {
  const introspection: IntrospectionCount = { schema, fragments: document.fragments ?? {}, variables: document.variables ?? {}, cap: document.cap ?? Infinity };
  const onceCosts = new WeakMap<FieldNode, number>();
  /** The cost of one edge of every `Graph.edges` costed since the last neighbourhood. */
  let pendingEdges = 0;
  /** The cost of the fields of a traversal's result held once per answer (its entity, metal, center…), costed since the last traversal. */
  let pendingOnce = 0;
  /** The cost of one country of `ExposureResult.headquarteredIn` costed since the last exposure, which counts it per id given. */
  let pendingHeadquarters = 0;
  /** The once-per-connection costs among a connection's own selections (inline fragments too). */
  const once = (set: SelectionSetNode | undefined): number =>
    (set?.selections ?? []).reduce(
      (sum, sel) => sum + (sel.kind === 'Field' ? (onceCosts.get(sel) ?? 0) : sel.kind === 'InlineFragment' ? once(sel.selectionSet) : 0),
      0,
    );
  return ({ type, field, node, args, childComplexity }) => {
    if (field.name === '__schema' || field.name === '__type') return introspectionObjects(introspection, node, args);
    if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
    const own = isComposite(field.type) ? 1 : 0;
    const sized = argumentSize(field.name, withDefaults(field, args));
    if (sized && type.name.endsWith('Connection') && ONCE_PER_CONNECTION.has(field.name)) {
      const cost = sized.size * (own + childComplexity);
      onceCosts.set(node, cost);
      return cost;
    }
    if (type.name === 'ExposureResult' && field.name === 'headquarteredIn') {
      // As many countries as the exposure's own `headquarteredIn` argument gives: counted there.
      pendingHeadquarters += own + childComplexity;
      return 0;
    }
    if (TRAVERSAL_RESULTS.has(type.name) && !SIZED_BY_ANCESTOR[`${type.name}.${field.name}`]) {
      // Held once per answer, whatever the traversal's bounds: not multiplied by them (below).
      const cost = isList(field.type) ? (declaredSize(field) ?? assumedListSize) * (own + childComplexity) : own + childComplexity;
      pendingOnce += cost;
      return cost;
    }
    if (sized?.edges !== undefined) {
      // A neighbourhood: its nodes per `limit`, its edges per `edgeLimit`, its center once.
      const perEdge = pendingEdges;
      const once = pendingOnce;
      pendingEdges = 0;
      pendingOnce = 0;
      return Math.max(own, sized.visited + sized.size * (own + childComplexity - perEdge - once) + sized.edges * perEdge + once);
    }
    if (sized && TRAVERSAL_FIELDS.has(field.name)) {
      // A walk: its chains or dependents per its bounds, its entity, metal and the like once, the headquarters asked per id.
      const once = pendingOnce;
      const headquarters = (Array.isArray(args.headquarteredIn) ? args.headquarteredIn.length : 0) * pendingHeadquarters;
      pendingOnce = 0;
      pendingHeadquarters = 0;
      return Math.max(own, sized.visited + sized.size * (own + childComplexity - once) + once + headquarters);
    }
    if (sized) {
      const separate = String(field.type).replace(/!$/, '').endsWith('Connection') ? once(node.selectionSet) : 0;
      // At least the list or connection itself, also for a page of 0.
      return Math.max(own, sized.visited + sized.size * (own + childComplexity - separate) + separate);
    }
    if (!isList(field.type)) return own + childComplexity;
    const relative =
      SIZED_BY_ANCESTOR[`${type.name}.${field.name}`] ??
      SIZED_BY_DATA[`${type.name}.${field.name}`] ??
      (type.name.endsWith('Connection') && field.name === 'edges' ? 1 : undefined);
    const size = relative ?? declaredSize(field) ?? assumedListSize;
    if (type.name === 'Graph' && field.name === 'edges') pendingEdges += own + childComplexity;
    return size * (own + childComplexity);
  };
}

/** Heavy operations: from which estimated cost, how many run at a time, and how many may wait how long. */
export interface HeavyLane {
  cost: number;
  concurrency: number;
  /** Heavy operations allowed to wait at once (GRAPHQL_HEAVY_MAX_WAITING; default unbounded). */
  maxWaiting?: number;
  /** Longest wait for a turn in ms (GRAPHQL_HEAVY_MAX_WAIT_MS; default unbounded). */
  maxWaitMs?: number;
  /** `Retry-After` of the 503 answered beyond either bound, in seconds (RETRY_AFTER_SECONDS). */
  retryAfterSeconds?: number;
}

/** What the cost plugin reads of a request's context: the signal that aborts when its client goes away. */
export interface AbortableContext {
  signal?: AbortSignal;
}

/**
 * BAD_USER_INPUT (HTTP 400) for arguments or variables the estimate could not read, with
 * graphql-js's message and, when it names one, the argument (`Argument "text" of non-null type
 * "String!" must not be null.`).
 */
function unreadableArguments(e: GraphQLError): GraphQLError {
  const argument = /^Argument "([^"]+)"/.exec(e.message)?.[1];
  return new GraphQLError(e.message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}), http: { status: 400 } } });
}

/** One error as the client receives it, with an HTTP status (and a Retry-After when given). */
function refusal(status: number, message: string, code: string, retryAfterSeconds?: number): GraphQLResponse {
  const headers = new HeaderMap();
  if (retryAfterSeconds !== undefined) headers.set('retry-after', String(retryAfterSeconds));
  return { http: { status, headers }, body: { kind: 'single', singleResult: { errors: [{ message, extensions: { code } }] } } };
}

/**
 * Apollo plugin refusing operations whose estimated cost exceeds `budget`, and running those
 * whose cost reaches `heavy.cost` at most `heavy.concurrency` at a time (see the module comment).
 * The turn is taken in `responseForOperation`, which Apollo calls plugin by plugin until one
 * answers: placed after the response cache's plugin, a cached answer never waits for a turn.
 * Beyond the queue's bounds a heavy operation gets HTTP 503 with Retry-After and code
 * SERVICE_OVERLOADED; one still waiting when the service stops past its grace
 * (`contextValue.signal` aborts with a ServiceStoppingError) gets HTTP 503 with Retry-After and
 * code SERVICE_STOPPING, having run nothing; one whose client went away leaves the queue (code
 * CLIENT_CLOSED_REQUEST, HTTP 499, read by nobody), or gives its turn back if it runs (turns.ts).
 */
export function costLimitPlugin(budget: number, assumedListSize: number, heavy: HeavyLane = { cost: Infinity, concurrency: 1 }): ApolloServerPlugin {
  const turns = new Turns({
    lane: 'heavy',
    concurrency: heavy.concurrency,
    maxWaiting: heavy.maxWaiting,
    maxWaitMs: heavy.maxWaitMs,
    settings: { maxWaiting: 'GRAPHQL_HEAVY_MAX_WAITING', maxWaitMs: 'GRAPHQL_HEAVY_MAX_WAIT_MS' },
    metrics: { waiting: heavyWaiting, running: heavyRunning, waitSeconds: heavyWaitSeconds },
  });
  const estimates = new WeakMap<DocumentNode, LRUCache<string, number>>();
  return {
    async requestDidStart() {
      let isHeavy = false;
      let release: Release | undefined;
      return {
        async responseForOperation({ contextValue }) {
          if (!isHeavy) return null;
          try {
            release = await turns.take((contextValue as AbortableContext).signal);
            return null;
          } catch (e) {
            // The queue's bounds, or a stop while the operation waited: 503 with Retry-After, nothing ran.
            if (e instanceof OverloadedError || e instanceof ServiceStoppingError) return refusal(503, e.message, e.code, heavy.retryAfterSeconds);
            if (e instanceof ClientGoneError) return refusal(499, 'the client closed the request before it ran', e.code);
            throw e;
          }
        },
        async willSendResponse() {
          release?.();
        },
        async didResolveOperation({ request, document, schema, operationName }) {
          const variables = request.variables ?? {};
          // Apollo keeps one parsed document per query text, so repeated operations are estimated once per variables.
          let known = estimates.get(document);
          if (!known) {
            known = new LRUCache<string, number>({ max: ESTIMATES_PER_DOCUMENT });
            estimates.set(document, known);
          }
          const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
          let cost = known.get(key);
          if (cost === undefined) {
            try {
              // Introspection is counted up to just past the budget: beyond, the answer is refused anyway.
              const estimators = [costEstimator(assumedListSize, schema, { ...documentInputs(document, operationName, variables), cap: budget })];
              cost = getComplexity({
                schema,
                query: document,
                variables,
                operationName: operationName ?? undefined,
                estimators,
                maxQueryNodes: MAX_QUERY_NODES,
              });
            } catch (e) {
              if (!(e instanceof GraphQLError)) throw e;
              // Arguments or variables the estimate cannot read (a null for a non-null argument through a
              // nullable variable with a default, an unknown enum value, a string for an Int) are the
              // request's fault: refused whole before anything runs, never run unestimated.
              if (!/maximum allowed number of nodes/.test(e.message)) throw unreadableArguments(e);
              cost = Infinity;
            }
            if (key.length <= MAX_ESTIMATE_KEY) known.set(key, cost);
          }
          if (cost <= budget) {
            isHeavy = cost >= heavy.cost;
            return;
          }
          const shown = Number.isFinite(cost) ? String(Math.round(cost)) : `over ${MAX_QUERY_NODES} fields`;
          throw new GraphQLError(
            `The query's estimated cost ${shown} exceeds the budget of ${budget} (GRAPHQL_MAX_COST): ask for smaller pages (first, limit, edgeLimit), shallower traversals (depth, maxDepth, maxLength), fewer nested lists or aliases, or split the query`,
            { extensions: { code: 'COST_LIMIT_EXCEEDED', cost: Number.isFinite(cost) ? Math.round(cost) : null, budget, http: { status: 400 } } },
          );
        },
      };
    },
  };
}
