/** Structured JSON logs (pino). Secrets such as passwords and API keys are redacted. */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'critical-minerals-graph' },
    redact: ['req.headers.authorization', 'req.headers["x-api-key"]', '*.password', 'password'],
  });
}
