/** How generated questions are worded: choices, status texts, stage labels, trace explanations. */
import type { SimulateResult, StageName, TraceEntry } from '../model.js';
import { shuffle, type Rand } from '../random.js';
import type { GeneratedChoice } from './model.js';

export const OUTCOME_WORD: Record<string, string> = { pass: 'pass', stop: 'STOP', skip: 'skip' };

export function traceLines(trace: readonly TraceEntry[]): string[] {
  return trace.map((t) => `- **${t.stage}** ${OUTCOME_WORD[t.outcome]}: ${t.reason}${t.note ? ` (Note: ${t.note})` : ''}`);
}

export function resultLine(r: SimulateResult): string {
  // a MOCK integration has no backend: "the integration" covers it and the proxies alike
  if (r.stoppedAt === null) return `No stage stops it; the integration's answer reaches the client: **${r.response.status}**.`;
  return `API Gateway answers **${r.response.status}**${r.errorType ? ` (${r.errorType})` : ''}, stopped at **${r.stoppedAt}**.`;
}

// ---------------------------------------------------------------- choices

/** Correct first, then distinct distractors (never equal to the correct text), up to `n` in all. */
export function choicesOf(correct: string, distractors: readonly string[], n: number): GeneratedChoice[] {
  const out: GeneratedChoice[] = [{ text: correct, correct: true }];
  const seen = new Set([correct]);
  for (const d of distractors) {
    if (out.length >= n) break;
    if (seen.has(d)) continue;
    seen.add(d);
    out.push({ text: d, correct: false });
  }
  return out;
}

export const STATUS_TEXT: Record<number, string> = {
  200: '200 OK',
  400: '400 Bad Request',
  401: '401 Unauthorized',
  403: '403 Forbidden',
  404: '404 Not Found',
  413: '413 Payload Too Large',
  415: '415 Unsupported Media Type',
  422: '422 Unprocessable Content',
  429: '429 Too Many Requests',
  500: '500 Internal Server Error',
  502: '502 Bad Gateway',
  503: '503 Service Unavailable',
  504: '504 Gateway Timeout',
};
export const statusText = (s: number) => STATUS_TEXT[s] ?? String(s);

/** The status each active stage gives when it stops a request: real codes that apply elsewhere. */
export const STAGE_STATUSES: Partial<Record<StageName, number[]>> = {
  route: [403, 404],
  resourcePolicy: [403],
  auth: [401, 403, 500],
  apiKey: [403],
  throttle: [429],
  quota: [429],
  validation: [400],
  integration: [500, 502, 504],
};

/** Stage choices, each as specific as the others (about 50 characters), so that length gives none away. */
export const STAGE_LABELS: Record<StageName, string> = {
  route: 'route: matching the method and path to a resource',
  resourcePolicy: "resourcePolicy: the API's resource policy statements",
  auth: 'auth: the Lambda authorizer, Cognito or IAM check',
  apiKey: 'apiKey: the API key check against the usage plans',
  throttle: 'throttle: the account, stage and method buckets',
  quota: "quota: the usage plan's daily or monthly quota",
  validation: "validation: the method's request validator",
  cache: 'cache: the stage cache answering from an entry',
  integrationRequest: 'integrationRequest: mapping and the request template',
  integration: 'integration: calling the backend and waiting',
  integrationResponse: 'integrationResponse: the selection pattern matched',
  methodResponse: 'methodResponse: the declared status and headers',
  response: "response: turning the backend's answer into HTTP",
};
export const NOT_STOPPED = 'None: every stage passes, the integration answers';

/** "Requests 1-5: 200 ...; 6-8: 429 ..." with the trace of the first request of each run. */
export function burstExplanation(results: readonly SimulateResult[]): string {
  const lines: string[] = ['The simulator runs the requests in order:'];
  let i = 0;
  while (i < results.length) {
    const a = results[i]!;
    let j = i;
    while (j + 1 < results.length && results[j + 1]!.response.status === a.response.status && results[j + 1]!.stoppedAt === a.stoppedAt) j++;
    const range = i === j ? `Request ${i + 1}` : `Requests ${i + 1}-${j + 1}`;
    const decisive = a.trace.find((t) => t.outcome === 'stop') ?? a.trace.find((t) => t.stage === 'throttle');
    lines.push('', `${range}: **${a.response.status}**${a.stoppedAt ? ` (stopped at ${a.stoppedAt})` : ''}`);
    if (decisive) lines.push(`- **${decisive.stage}** ${OUTCOME_WORD[decisive.outcome]}: ${decisive.reason}`);
    i = j + 1;
  }
  return lines.join('\n');
}

/** `text` words each number the same way ("6 succeed, 4 get 429"), so digits are all that differ. */
export function numberChoices(r: Rand, correct: number, candidates: readonly number[], max: number, n: number, text: (k: number) => string = String): GeneratedChoice[] {
  const pool = new Set<number>();
  for (const c of candidates) if (c >= 0 && c <= max) pool.add(c);
  for (const d of [1, -1, 2, -2, 3, -3, 4, 5]) if (correct + d >= 0 && correct + d <= max) pool.add(correct + d);
  pool.delete(correct);
  const near = [...pool].sort((a, b) => Math.abs(a - correct) - Math.abs(b - correct));
  const named = shuffle(r, candidates.filter((c) => pool.has(c)));
  return choicesOf(text(correct), [...named, ...near].map(text), n);
}
