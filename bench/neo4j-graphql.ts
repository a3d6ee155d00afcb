/**
 * The peer: an @neo4j/graphql server over the same database, for the queries it can express
 * with its generated API (an entity by id, and a two-level nested selection). Read-only type
 * definitions for the part of the model those queries touch; served by Apollo Server through
 * Express like our service, without our limits, logging or API keys.
 */
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import type { Driver } from 'neo4j-driver';

/** Type definitions: Company → OPERATES → Facility → LOCATED_IN → Country, read-only. */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Company @node @mutation(operations: []) {
    id: ID!
    name: String!
    aliases: [String!]
    description: String
    status: String
    operates: [Facility!]! @relationship(type: "OPERATES", direction: OUT)
    headquarteredIn: [Country!]! @relationship(type: "HEADQUARTERED_IN", direction: OUT)
  }
  type Facility @node @mutation(operations: []) {
    id: ID!
    name: String!
    facilityType: String
    status: String
    locatedIn: [Country!]! @relationship(type: "LOCATED_IN", direction: OUT)
  }
  type Country @node @mutation(operations: []) {
    id: ID!
    name: String!
    isoCode: String
  }
`;

/** The peer's operations for the shared queries (variables: `id`, a company id). */
export const PEER_QUERIES = {
  lookup: `query($id: ID!) { companies(where: { id: { eq: $id } }) { id name aliases description } }`,
  nested: `query($id: ID!) { companies(where: { id: { eq: $id } }) { id name operates { id name locatedIn { id name } } } }`,
};

export interface RunningPeer {
  url: string;
  stop(): Promise<void>;
}

/** Starts the @neo4j/graphql server on host:port (0 = a free port) over `driver`. */
export async function startPeer(driver: Driver, host: string, port: number): Promise<RunningPeer> {
  const neoSchema = new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver });
  const schema = await neoSchema.getSchema();
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({ schema, introspection: false });
  await apollo.start();
  app.use('/graphql', express.json({ limit: '256kb' }), expressMiddleware(apollo, { context: async () => ({ sessionConfig: { database: 'neo4j' } }) }));
  await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
  const addr = httpServer.address() as { port: number };
  return {
    url: `http://${host}:${addr.port}`,
    async stop() {
      await apollo.stop();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
