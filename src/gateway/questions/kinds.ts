/** The four kinds of question: status, stopping stage, how many of a burst pass, when the next passes. */
import { cloneState, createState, makeRequest, type GatewayState, type StageName } from '../model.js';
import { simulate } from '../pipeline.js';
import type { Scenario } from '../scenario.js';
import { mulberry32 as rng, pick, shuffle } from '../random.js';
import { SIM_TOPIC, type GeneratedQuestion } from './model.js';
import { buildLimits, buildSingle, parse, runAll, toRequestJson, type Json } from './scenarios.js';
import { OUTCOMES, outcomeOf, outcomeText, type AuthKind } from './outcomes.js';
import { STAGE_LABELS, NOT_STOPPED, burstExplanation, choicesOf, numberChoices, resultLine, traceLines } from './wording.js';

function singleRun(seed: number) {
  const r = rng(seed);
  const { built, request, describe } = buildSingle(r);
  const json = { ...built.json, requests: [toRequestJson(request, { atMs: 0 })] };
  const sc = parse(json);
  const result = simulate(sc.config, sc.requests[0]!.request, createState(), 0, { trace: true });
  return { r, built, describe, json, result };
}

export function statusQuestion(seed: number): GeneratedQuestion {
  const { r, built, describe, json, result } = singleRun(seed);
  const route = (built.json.api as { routes: Array<{ authorization?: AuthKind }> }).routes[0]!;
  const auth = route.authorization ?? 'NONE';
  const right = outcomeOf(result, auth);
  const others = OUTCOMES.filter((x) => x !== right && (x.auth === undefined || x.auth === auth));
  // outcomes of the stages this setup turns on first: the plausible mistakes
  const near = shuffle(r, others.filter((x) => x.stage !== null && built.active.includes(x.stage)));
  const far = shuffle(r, others.filter((x) => !near.includes(x)));
  const distractors = [...near.slice(0, 2), ...far, ...near.slice(2)].map(outcomeText);
  const prompt = [
    ...built.config.map((l) => `- ${l}`),
    '',
    `The client sends ${describe}.`,
    '',
    '**What status does the client get, and from which stage?**',
  ].join('\n');
  return {
    id: `sim:status:${seed}`,
    kind: 'status',
    seed,
    topic: SIM_TOPIC,
    title: 'What status does the client get, and from which stage?',
    prompt,
    choices: choicesOf(outcomeText(right), distractors, 4),
    explanation: ['The simulator runs the request stage by stage:', '', ...traceLines(result.trace), '', resultLine(result)].join('\n'),
    scenarioJson: JSON.stringify(json, null, 2),
    sources: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html'],
  };
}

export function stageQuestion(seed: number): GeneratedQuestion {
  const { r, built, describe, json, result } = singleRun(seed);
  const label = (s: StageName | null) => (s === null ? NOT_STOPPED : STAGE_LABELS[s]);
  const correct = label(result.stoppedAt);
  const others: string[] = shuffle(r, built.active.filter((s) => s !== result.stoppedAt)).map(label);
  const extra = shuffle(r, ['route', 'auth', 'apiKey', 'throttle', 'validation', 'integration'] as StageName[]).map(label);
  const distractors = [...others, ...(result.stoppedAt === null ? [] : [NOT_STOPPED]), ...extra];
  const prompt = [
    ...built.config.map((l) => `- ${l}`),
    '',
    `The client sends ${describe}.`,
    '',
    '**Which stage stops it?**',
  ].join('\n');
  return {
    id: `sim:stage:${seed}`,
    kind: 'stage',
    seed,
    topic: SIM_TOPIC,
    title: 'Which stage stops the request?',
    prompt,
    choices: choicesOf(correct, shuffle(r, distractors.slice(0, 3)).concat(distractors.slice(3)), 4),
    explanation: ['The simulator runs the request stage by stage:', '', ...traceLines(result.trace), '', resultLine(result)].join('\n'),
    scenarioJson: JSON.stringify(json, null, 2),
    sources: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html'],
  };
}

export function burstQuestion(seed: number): GeneratedQuestion {
  const r = rng(seed);
  const lim = buildLimits(r, true);
  const n = pick(r, [10, 12, 15, 20]);
  const json = { ...lim.json, requests: [{ ...lim.request, atMs: 0, repeat: n }] };
  const { results } = runAll(json);
  const ok = results.filter((x) => x.response.status === 200).length;
  const prompt = [...lim.config.map((l) => `- ${l}`), '', `A client sends **${n} requests at t=0** (all at the same instant).`, '', `**How many of these ${n} requests succeed?**`].join('\n');
  return {
    id: `sim:burst:${seed}`,
    kind: 'burst',
    seed,
    topic: SIM_TOPIC,
    title: `How many of ${n} requests at t=0 succeed?`,
    prompt,
    choices: numberChoices(r, ok, [n, ...lim.numbers, Math.max(...lim.bursts), lim.bursts.reduce((a, b) => a + b, 0)], n, 4, (k) => `${k} succeed, ${n - k} get 429 Too Many Requests`),
    explanation: burstExplanation(results),
    scenarioJson: JSON.stringify(json, null, 2),
    sources: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html'],
  };
}

/** The first instant (ms, at or after `fromMs`) at which one more request passes, found by running the engine. */
export function nextPassMs(scenario: Scenario, state: GatewayState, fromMs: number, limitMs = 3_600_000): number | null {
  const req = scenario.requests[scenario.requests.length - 1]!.request;
  const passes = (t: number) => simulate(scenario.config, makeRequest(req), cloneState(state), t, { trace: false }).response.status === 200;
  if (passes(fromMs)) return fromMs;
  if (!passes(fromMs + limitMs)) return null;
  let lo = fromMs; // fails
  let hi = fromMs + limitMs; // passes
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (passes(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Always three decimals ("0.200 s", "1.000 s"): a computed answer is not the one with more digits. */
export const formatSeconds = (ms: number): string => `${(Math.round(ms) / 1000).toFixed(3)} s`;

export function nextPassQuestion(seed: number): GeneratedQuestion {
  const r = rng(seed);
  const lim = buildLimits(r, false);
  const n = Math.max(...lim.bursts) + pick(r, [1, 2, 3]);
  const json = { ...lim.json, requests: [{ ...lim.request, atMs: 0, repeat: n }] };
  const { sc, state, results } = runAll(json);
  const ms = nextPassMs(sc, state, 0);
  if (ms === null) throw new Error('generated limits never refill');
  const correct = formatSeconds(ms);
  const candidates = new Set<number>();
  for (const rate of lim.rates) candidates.add(1000 / rate);
  for (let i = 0; i < lim.rates.length; i++) candidates.add((lim.bursts[i]! * 1000) / lim.rates[i]!);
  for (const x of [0, 1000, 500, 2000, 60_000]) candidates.add(x);
  const distractors = shuffle(r, [...candidates].map(formatSeconds));
  const prompt = [
    ...lim.config.map((l) => `- ${l}`),
    '',
    `A client sends **${n} requests at t=0**; the last ones get 429. It then waits.`,
    '',
    '**After how many seconds will its next request pass?**',
  ].join('\n');
  const last = results[results.length - 1]!;
  const explanation = [
    burstExplanation(results),
    '',
    `Buckets refill continuously at their rate. Trying the request again at later instants, the first that passes is t = ${correct}.`,
    ...(last.stoppedAt ? [] : ['']),
  ].join('\n');
  return {
    id: `sim:next-pass:${seed}`,
    kind: 'next-pass',
    seed,
    topic: SIM_TOPIC,
    title: 'After how many seconds will the next request pass?',
    prompt,
    choices: choicesOf(correct, distractors, 4),
    explanation: explanation.trimEnd(),
    scenarioJson: JSON.stringify({ ...json, requests: [...(json.requests as Json[]), { ...lim.request, atMs: ms }] }, null, 2),
    sources: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html'],
  };
}
