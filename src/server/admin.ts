/**
 * Administrative HTTP endpoints. `POST /admin/load?name=<name>`: the JSON body is one dataset
 * (`sources`, `nodes`, `relationships`), validated and loaded like `kg load` does; needs an API
 * key with role editor. The key is checked before the body is read. Answers 200 with the
 * load summary, 400 BAD_USER_INPUT with `issues` for an invalid dataset (nothing written) or
 * with `parameter` for a query parameter other than `name`,
 * 401/403 without the role, 413 for a body over the limit, 503 when Neo4j is unavailable or the
 * service stops before the load is done (SERVICE_STOPPING: the load rolls back whole), 504 when a
 * transaction outlives its timeout. A client that goes away before the answer ends the load the
 * same way: nothing of it is written.
 */
import express, { type Router } from 'express';
import { MAX_REPORTED_ISSUES } from '../graphql/mutations/mutations.js';
import { LoadValidationError, loadDatasets } from '../load/index.js';
import { textIssue, trimText } from '../model/text.js';
import type { Db } from '../neo4j/db.js';
import { httpRequireRole, type KeyRing } from './auth.js';
import { httpError } from './errors.js';
import { refuseDeepNesting } from './nesting.js';
import { onlyParameters } from './query-params.js';
import { requestSignal } from './turns.js';

export interface AdminOptions {
  db: Db;
  keys: KeyRing;
  /** Largest dataset body in bytes. */
  maxBodyBytes: number;
  /** Aborts (with a ServiceStoppingError) when the service stops and a load is still running after the grace period. */
  stopping?: AbortSignal;
}

const NAME_MAX = 200;

/** The `/admin` router. */
export function adminRouter({ db, keys, maxBodyBytes, stopping }: AdminOptions): Router {
  const router = express.Router();
  router.post(
    '/load',
    httpRequireRole(keys, 'editor'),
    onlyParameters(['name'], 'POST /admin/load'),
    express.json({ limit: maxBodyBytes }),
    refuseDeepNesting(),
    async (req, res, next) => {
      const name = typeof req.query.name === 'string' ? trimText(req.query.name) : 'POST /admin/load';
      if (name.length === 0 || name.length > NAME_MAX) {
        return httpError(res, 400, 'BAD_USER_INPUT', `the name parameter must have 1–${NAME_MAX} characters`);
      }
      const control = textIssue(name, 'line');
      if (control) return httpError(res, 400, 'BAD_USER_INPUT', `the name parameter ${control}`);
      if (!req.is('application/json')) {
        return httpError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'send the dataset as JSON with Content-Type: application/json');
      }
      try {
        const [result] = await loadDatasets(db.abortable(requestSignal(res, stopping)), [{ name, content: req.body }]);
        res.json({ name: result.name, summary: result.summary });
      } catch (e) {
        if (!(e instanceof LoadValidationError)) return next(e);
        httpError(res, 400, 'BAD_USER_INPUT', `the dataset is invalid (${e.issues.length} problem(s)); nothing was written`, {
          issues: e.issues.slice(0, MAX_REPORTED_ISSUES),
        });
      }
    },
  );
  return router;
}
