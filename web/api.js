// The pages' GraphQL calls to this service's /graphql (POST, application/json).

/** A GraphQL error answer, with the server's messages. */
export class GraphQLRequestError extends Error {
  constructor(message, errors = []) {
    super(message);
    this.errors = errors;
  }
}

/** POSTs one operation (with extra `headers`, e.g. an API key); resolves with `data`, rejects with a GraphQLRequestError on any error. */
export async function gql(query, variables = {}, headers = {}) {
  let res;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
  } catch (err) {
    throw new GraphQLRequestError(`The service did not answer: ${err.message}`);
  }
  let body;
  try {
    body = await res.json();
  } catch {
    throw new GraphQLRequestError(`The service answered HTTP ${res.status} without JSON`);
  }
  if (body.errors?.length) throw new GraphQLRequestError(body.errors.map((e) => e.message).join('; '), body.errors);
  if (!res.ok) throw new GraphQLRequestError(`HTTP ${res.status}`);
  return body.data;
}

const ENTITY = 'id label name';
const SOURCES = 'sources { id name publisher sourceType url doi publishedDate }';
const PROPS = `properties {
  role status sharePct sharePctBound year basis itemId rank period estimated note key
  quantity { value unit bound } money { amount currency bound }
  validity { from fromPrecision fromText to toPrecision toText }
}`;
const HOP = `id relationship direction explanation from { ${ENTITY} } to { ${ENTITY} } ${PROPS} ${SOURCES}`;
const CHAIN = `length relevance terminal { ${ENTITY} } hops { ${HOP} }`;

/** Entities matching `text`, best first. */
export async function searchEntities(text, first = 8) {
  const data = await gql(
    `query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) { score match matchedName entity { ${ENTITY} description } } }`,
    { text, first },
  );
  return data.search;
}

/** Metals and products, by name, for the metal filter. */
export async function listMaterials() {
  const data = await gql(`query Materials {
    metals(first: 100, orderBy: { field: NAME }) { edges { node { id name } } }
    products(first: 100, orderBy: { field: NAME }) { edges { node { id name } } } }`);
  return { metals: data.metals.edges.map((e) => e.node), products: data.products.edges.map((e) => e.node) };
}

/** What `entityId` depends on (Query.dependencyChains). */
export async function dependencyChains(entityId, metalId, maxDepth, first = 50) {
  const data = await gql(
    `query Chains($id: ID!, $metal: ID, $depth: Int, $first: Int) {
    dependencyChains(entityId: $id, metalId: $metal, maxDepth: $depth, first: $first) {
      entity { ${ENTITY} } metal { ${ENTITY} } totalChains truncated chains { ${CHAIN} } } }`,
    { id: entityId, metal: metalId || null, depth: maxDepth, first },
  );
  return data.dependencyChains;
}

/** Who depends on `entityId` (Query.exposure). */
export async function exposure(entityId, metalId, maxDepth, first = 30) {
  const data = await gql(
    `query Exposure($id: ID!, $metal: ID, $depth: Int, $first: Int) {
    exposure(entityId: $id, metalId: $metal, maxDepth: $depth, first: $first) {
      entity { ${ENTITY} } metal { ${ENTITY} } totalDependents truncated
      dependents { distance relevance chainCount dependent { ${ENTITY} } chains { ${CHAIN} } } } }`,
    { id: entityId, metal: metalId || null, depth: maxDepth, first },
  );
  return data.exposure;
}

/** An entity and its surroundings (Query.neighbourhood): at most `limit` entities and `edgeLimit` relationships drawn. */
export async function neighbourhood(entityId, depth = 1, limit = 60, edgeLimit = 300) {
  const data = await gql(
    `query Neighbourhood($id: ID!, $depth: Int, $limit: Int, $edgeLimit: Int) {
    neighbourhood(entityId: $id, depth: $depth, limit: $limit, edgeLimit: $edgeLimit) {
      center { ${ENTITY} } nodeCount truncated edgeCount edgesTruncated nodes { ${ENTITY} }
      edges { id source target type label quantity { value unit bound } sharePct ${PROPS} ${SOURCES} } } }`,
    { id: entityId, depth, limit, edgeLimit },
  );
  return data.neighbourhood;
}

const SMALL_OBJECTS = {
  Quantity: 'value unit bound',
  Money: 'amount currency bound',
  Validity: 'from fromPrecision fromText to toPrecision toText',
};
const SKIP = new Set(['id', 'label', 'name', 'description', 'aliases', 'sources', 'relations', '__typename']);
const typeCache = new Map();

function namedType(t) {
  while (t.ofType) t = t.ofType;
  return t;
}

/** The selection of a type's plain fields (scalars, enums, quantities, money, validity), from introspection. */
async function plainFields(typeName) {
  if (!typeCache.has(typeName)) {
    typeCache.set(
      typeName,
      gql(
        `query Fields($name: String!) { __type(name: $name) { fields {
      name args { type { kind } defaultValue } type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }`,
        { name: typeName },
      ).then((d) => {
        const out = [];
        for (const f of d.__type?.fields ?? []) {
          if (SKIP.has(f.name) || f.args.some((a) => a.type.kind === 'NON_NULL' && a.defaultValue == null)) continue;
          const t = namedType(f.type);
          if (t.kind === 'SCALAR' || t.kind === 'ENUM') out.push(f.name);
          else if (SMALL_OBJECTS[t.name]) out.push(`${f.name} { ${SMALL_OBJECTS[t.name]} }`);
        }
        return out.join(' ');
      }),
    );
  }
  return typeCache.get(typeName);
}

/** One entity with its plain properties (`properties`, by field name) and its sources. */
export async function entityDetails(id) {
  const head = await gql(`query Kind($id: ID!) { node(id: $id) { __typename } }`, { id });
  const typeName = head.node.__typename;
  const fields = await plainFields(typeName);
  const data = await gql(
    `query Details($id: ID!) { node(id: $id) { __typename ... on Entity { ${ENTITY} aliases description ${SOURCES} }
    ... on ${typeName} { ${fields || '__typename'} } } }`,
    { id },
  );
  const { __typename, id: _id, label, name, aliases, description, sources, ...properties } = data.node;
  return { typeName: __typename, id: data.node.id, label, name, aliases, description, sources, properties };
}

/** An entity's id, label and name (Query.node). */
export async function entitySummary(id) {
  const data = await gql(`query Summary($id: ID!) { node(id: $id) { ... on Entity { ${ENTITY} } } }`, { id });
  return data.node;
}
