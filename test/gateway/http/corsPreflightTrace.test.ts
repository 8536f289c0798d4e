/** How the HTTP API CORS stage explains a preflight it answers (http-api-cors.html). */
import { describe, expect, it } from 'vitest';
import { runHttp } from './helpers.js';

const cors = { allowOrigins: ['https://app.example.com'], allowMethods: ['GET', 'PUT'], allowHeaders: ['x-h'], maxAge: 30 };
const preflight = (origin: string) => ({ method: 'OPTIONS', path: '/r', headers: { origin, 'access-control-request-method': 'PUT' } });
const corsOf = (r: { trace: Array<{ stage: string; outcome: string; reason: string; data: unknown; note?: string }> }) => {
  const { stage: _s, cards: _c, ...e } = r.trace.find((t) => t.stage === 'cors')! as Record<string, unknown>;
  return e;
};
const headers = { 'access-control-allow-origin': 'https://app.example.com', 'access-control-allow-methods': 'GET,PUT', 'access-control-allow-headers': 'x-h', 'access-control-max-age': '30' };

describe('the CORS stage trace', () => {
  it('an allowed preflight with no route that catches it', () => {
    const [r] = runHttp({ api: { cors, routes: [{ routeKey: 'PUT /r', integration: { type: 'HTTP_PROXY' } }] }, requests: [preflight('https://app.example.com')] });
    expect([r!.status, r!.headers, r!.message]).toEqual([204, { 'apigw-requestid': 'req-1', ...headers }, null]);
    expect(corsOf(r!)).toEqual({ outcome: 'stop', reason: "preflight from https://app.example.com answered by API Gateway's CORS configuration: 204 with the allowed methods and headers", data: { allowOrigins: cors.allowOrigins, headers } });
  });

  it('a preflight from an origin not allowed gets 204 without CORS headers, with a note', () => {
    const [r] = runHttp({ api: { cors, routes: [{ routeKey: 'PUT /r', integration: { type: 'HTTP_PROXY' } }] }, requests: [preflight('https://evil.example.com')] });
    expect([r!.status, r!.headers]).toEqual([204, { 'apigw-requestid': 'req-1' }]);
    expect(corsOf(r!)).toEqual({
      outcome: 'stop',
      reason: 'preflight from https://evil.example.com, an origin not in allowOrigins: 204 without CORS headers, so the browser blocks it',
      data: { allowOrigins: cors.allowOrigins, headers: {} },
      note: 'The answer for an origin that is not allowed is not documented; the simulator sends 204 without CORS headers.',
    });
  });

  it('a preflight caught by a route with authorization is answered once that authorization passes', () => {
    const [r] = runHttp({
      api: { cors, routes: [{ routeKey: 'ANY /{proxy+}', authorization: 'AWS_IAM', integration: { type: 'HTTP_PROXY' } }] },
      requests: [{ ...preflight('https://app.example.com'), iam: 'signed-allowed' }],
    });
    expect(corsOf(r!).reason).toBe("preflight from https://app.example.com answered by API Gateway's CORS configuration after route ANY /{proxy+}'s authorization passed: 204 with the allowed methods and headers");
  });

  it('a preflight to an OPTIONS route is answered at the gateway, with a note', () => {
    const [r] = runHttp({ api: { cors, routes: [{ routeKey: 'OPTIONS /r', integration: { type: 'HTTP_PROXY' } }] }, requests: [preflight('https://app.example.com')] });
    expect([r!.integrationCalled, corsOf(r!).note]).toEqual([false, "Whether an OPTIONS route's integration is also called when CORS is configured is not documented; the simulator answers at the gateway."]);
  });

  it('without a CORS configuration, or for a request that is not a preflight, the stage is skipped', () => {
    const api = (c?: object) => ({ ...(c ? { cors: c } : {}), routes: [{ routeKey: 'ANY /r', integration: { type: 'HTTP_PROXY' } }] });
    const plain = runHttp({ api: api(), requests: [preflight('https://app.example.com')] });
    const get = runHttp({ api: api(cors), requests: [{ method: 'GET', path: '/r', headers: { origin: 'https://app.example.com' } }] });
    expect([corsOf(plain[0]!), plain[0]!.status, corsOf(get[0]!)]).toEqual([
      { outcome: 'skip', reason: 'no CORS configuration: OPTIONS goes to the routes like any method and API Gateway adds no CORS headers', data: {} },
      200,
      { outcome: 'skip', reason: 'not a preflight: the configured CORS headers are added to the response', data: {} },
    ]);
  });
});
