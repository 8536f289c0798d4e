/** Text output of `gateprep trace` for HTTP and WebSocket API scenarios (REST: trace.ts). */
import type { HttpScenarioResult } from '../gateway/http/scenario.js';
import type { WsResult } from '../gateway/websocket/timeline.js';
import { offsetText } from '../gateway/clock.js';

const show = (v: unknown): string => (v === null || v === undefined ? '-' : String(v));

export function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => rows.reduce((w, row) => Math.max(w, row[i]!.length), h.length));
  return [header, ...rows].map((row) => row.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd());
}

interface Traced {
  trace: Array<{ stage: string; outcome: string; reason: string; data: Record<string, unknown>; note?: string }>;
}

function traceLines(r: Traced): string[] {
  const out: string[] = [];
  for (const t of r.trace) {
    out.push(`  ${t.stage.padEnd(18)} ${t.outcome.padEnd(4)}  ${t.reason}`);
    if (t.note) out.push(`  ${''.padEnd(18)}       note: ${t.note}`);
  }
  return out;
}

export function renderHttpText(name: string, description: string | undefined, results: HttpScenarioResult[]): string {
  const lines = [`Scenario: ${name} (HTTP API)`];
  if (description) lines.push(description);
  lines.push('');
  lines.push(
    ...table(
      ['#', 't', 'method', 'path', 'route', 'status', 'stoppedAt', 'browser'],
      results.map((r) => [String(r.index + 1), offsetText(r.atMs), r.method, r.path, show(r.routeKey), String(r.status), show(r.stoppedAt), r.cors === null ? '-' : r.cors.allowed ? 'allowed' : 'blocked']),
    ),
  );
  const stopped = results.filter((r) => r.stoppedAt !== null);
  lines.push('', stopped.length === 0 ? 'No request was stopped by the gateway.' : `Stopped requests (${stopped.length}):`);
  for (const r of stopped) {
    lines.push('', `#${r.index + 1} at ${offsetText(r.atMs)}  ${r.method} ${r.path}  ->  ${r.status} ${r.body}  stopped at ${r.stoppedAt}`);
    lines.push(...traceLines(r));
  }
  return lines.join('\n') + '\n';
}

export function renderWsText(name: string, description: string | undefined, results: WsResult[]): string {
  const lines = [`Scenario: ${name} (WebSocket API)`];
  if (description) lines.push(description);
  lines.push('');
  lines.push(
    ...table(
      ['#', 't', 'event', 'connection', 'route', 'status', 'stoppedAt', 'to client / closed'],
      results.map((r) => [
        String(r.index + 1),
        offsetText(r.atMs),
        r.event,
        show(r.connection),
        show(r.routeKey),
        show(r.status),
        show(r.stoppedAt),
        r.closed ? `closed ${r.closed.code}: ${r.closed.reason}` : r.toClient.length ? r.toClient.join(' | ').slice(0, 60) : '-',
      ]),
    ),
  );
  lines.push('', 'Timeline:');
  for (const r of results) {
    lines.push('', `#${r.index + 1} at ${offsetText(r.atMs)}  ${r.event}${r.connection ? ` ${r.connection}` : ''}`);
    lines.push(...traceLines(r));
  }
  return lines.join('\n') + '\n';
}
