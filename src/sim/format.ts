/** Text helpers for the simulator screen: stage labels, trace numbers as lines, sparklines. */
import { offsetText } from '../gateway/clock.js';
import type { SimulateResult, StageName } from '../gateway/model.js';

export const STAGE_LABELS: Record<StageName, string> = {
  route: 'route',
  resourcePolicy: 'resource policy',
  auth: 'auth',
  apiKey: 'API key',
  throttle: 'throttle',
  quota: 'quota',
  validation: 'validation',
  cache: 'cache',
  integrationRequest: 'integration request',
  integration: 'integration',
  integrationResponse: 'integration response',
  methodResponse: 'method response',
  response: 'response',
};

export const STAGE_SHORT: Record<StageName, string> = {
  route: 'route',
  resourcePolicy: 'policy',
  auth: 'auth',
  apiKey: 'key',
  throttle: 'throttle',
  quota: 'quota',
  validation: 'valid',
  cache: 'cache',
  integrationRequest: 'int-req',
  integration: 'integ',
  integrationResponse: 'int-resp',
  methodResponse: 'meth-resp',
  response: 'resp',
};

const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function statusText(status: number): string {
  return `${status} ${REASONS[status] ?? ''}`.trim();
}

/** Where a response that no stage stopped came from: a cache hit never reached the integration. */
export function servedFrom(r: Pick<SimulateResult, 'cache'>): string {
  return r.cache === 'HIT' ? 'from the cache' : 'from the integration';
}

function scalar(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** A stage's numbers, one fact per line: arrays of objects become one line per item; an
 * instant (a key ending in AtMs) reads as an offset from the scenario's start. */
export function dataLines(data: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(data)) {
    if (k.endsWith('AtMs') && typeof v === 'number') {
      out.push(`${k.slice(0, -2)}: ${offsetText(v)}`);
      continue;
    }
    if (Array.isArray(v) && v.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x))) {
      for (const item of v as Record<string, unknown>[]) {
        const { level, ...rest } = item;
        out.push(`${level !== undefined ? `${scalar(level)}: ` : `${k}: `}${Object.entries(rest).map(([a, b]) => `${a} ${scalar(b)}`).join(', ')}`);
      }
    } else if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      out.push(`${k}: ${Object.entries(v as Record<string, unknown>).map(([a, b]) => `${a}=${scalar(b)}`).join(', ') || '{}'}`);
    } else out.push(`${k}: ${Array.isArray(v) ? v.map(scalar).join(', ') || '[]' : scalar(v)}`);
  }
  return out;
}

const BARS = ' ▁▂▃▄▅▆▇█';

/** Sums a per-second series into at most `width` bins. */
export function bin(series: number[], width: number): number[] {
  if (series.length <= width) return series;
  const per = Math.ceil(series.length / width);
  const out: number[] = [];
  for (let i = 0; i < series.length; i += per) out.push(series.slice(i, i + per).reduce((a, b) => a + b, 0));
  return out;
}

/** One character per value, scaled to `max` (0 shows as a blank, any non-zero at least ▁). */
export function sparkline(values: number[], max: number): string {
  return values
    .map((v) => (v <= 0 || max <= 0 ? BARS[0]! : BARS[Math.max(1, Math.round((v / max) * (BARS.length - 1)))]!))
    .join('');
}

/** The time under a sparkline of `width` characters over `seconds`: "t+0 s" left, the end right. */
export function timeAxis(seconds: number, width: number): string {
  const end = `t+${seconds} s`;
  for (const start of ['t+0 s', 't+0']) if (width >= start.length + 1 + end.length) return `${start}${end.padStart(width - start.length)}`;
  return end.padStart(width);
}

/** Word-wraps plain text to `width` columns. */
export function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(' ')) {
      if (line && line.length + 1 + word.length > width) {
        out.push(line);
        line = '';
      }
      let w = word;
      while (w.length > width) {
        out.push(w.slice(0, width));
        w = w.slice(width);
      }
      line = line ? `${line} ${w}` : w;
    }
    out.push(line);
  }
  return out;
}
