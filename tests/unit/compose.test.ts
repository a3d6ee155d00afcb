/** docker-compose.yml cannot run here (no Docker engine): check what can be checked. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConfigSchema, loadConfig } from '../../src/config.js';

const compose = parse(readFileSync('docker-compose.yml', 'utf8'));
/** Expands `${VAR:-default}` the way Compose does when VAR is unset. */
const expand = (v: unknown) => String(v).replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 Community with auth, memory settings, a health check and volumes', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(expand(neo4j.environment.NEO4J_AUTH)).toMatch(/^neo4j\/.{8,}$/);
    expect(Object.keys(neo4j.environment)).toEqual(expect.arrayContaining(['NEO4J_server_memory_heap_max__size', 'NEO4J_server_memory_pagecache_size']));
    expect(neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toEqual(['neo4j-data', 'neo4j-logs']);
  });

  it('builds the service from the Dockerfile and waits for a healthy Neo4j', () => {
    const graph = compose.services.graph;
    expect(graph.build).toBe('.');
    expect(graph.depends_on.neo4j.condition).toBe('service_healthy');
    expect(readFileSync('Dockerfile', 'utf8')).toMatch(/^FROM node:20/m);
  });

  it("sets only variables the service's configuration knows, all of them valid", () => {
    const env = Object.fromEntries(Object.entries(compose.services.graph.environment).map(([k, v]) => [k, expand(v)]));
    const known = Object.keys(ConfigSchema.shape);
    for (const key of Object.keys(env)) expect(known).toContain(key);
    const config = loadConfig(env);
    expect(config.NEO4J_URI).toBe('neo4j://neo4j:7687');
    expect(config.NEO4J_PASSWORD).toBe(expand(compose.services.neo4j.environment.NEO4J_AUTH).slice('neo4j/'.length));
    expect(config.HOST).toBe('0.0.0.0');
  });
});
