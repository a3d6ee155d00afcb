/** The GraphQL SDL: every `.graphql` file under `schema/`, in file-name order. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gql } from 'graphql-tag';
import { fromPackageRoot } from '../../paths.js';

const dir = fromPackageRoot('schema');

export const sdl = readdirSync(dir)
  .filter((f) => f.endsWith('.graphql'))
  .sort()
  .map((f) => readFileSync(path.join(dir, f), 'utf8'))
  .join('\n');

export const typeDefs = gql(sdl);
