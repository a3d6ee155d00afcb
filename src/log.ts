/**
 * Logs (pino). On a terminal outside production they are human-readable lines (pino-pretty);
 * in production and whenever stdout is not a terminal (piped, collected), one JSON object per
 * line. `LOG_FORMAT=json|pretty` overrides the choice. Secrets such as passwords and API keys
 * are redacted in both.
 */
import { type DestinationStream, type Logger, pino } from 'pino';
import { PinoPretty } from 'pino-pretty';

export type { Logger };

export type LogFormat = 'json' | 'pretty';

/** `auto` → pretty when stdout is a terminal and the service is not in production, JSON otherwise. */
export function chooseLogFormat(setting: LogFormat | 'auto', production: boolean, isTTY: boolean): LogFormat {
  if (setting !== 'auto') return setting;
  return isTTY && !production ? 'pretty' : 'json';
}

export interface LoggerOptions {
  /** Default: JSON. */
  format?: LogFormat;
  /** Where lines go (default stdout). */
  destination?: DestinationStream;
  /** Colours in pretty lines (default: when stdout is a terminal). */
  colorize?: boolean;
}

/**
 * Pretty lines show the time, level and message; an HTTP request's log shows its method, path,
 * status and time instead of the request and response objects, and start-up lines leave out
 * the `startup` details their message already says (JSON keeps both).
 */
function prettyStream(opts: LoggerOptions): DestinationStream {
  return PinoPretty({
    colorize: opts.colorize ?? process.stdout.isTTY === true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,service,req,res,responseTime,startup',
    messageFormat: '{msg}{if req.method} {req.method} {req.url}{end}{if res.statusCode} → {res.statusCode} in {responseTime} ms{end}',
    destination: opts.destination ?? 1,
    sync: true,
  });
}

export function createLogger(level: string, opts: LoggerOptions = {}): Logger {
  const options = {
    level,
    base: { service: 'critical-minerals-graph' },
    redact: ['req.headers.authorization', 'req.headers["x-api-key"]', '*.password', 'password'],
  };
  if (opts.format === 'pretty') return pino(options, prettyStream(opts));
  return opts.destination ? pino(options, opts.destination) : pino(options);
}
