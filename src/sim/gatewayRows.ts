/**
 * Gateway response rows of the Mapping view: status, headers and template of DEFAULT_4XX,
 * DEFAULT_5XX and of every type customised, and a row to customise another type.
 */
import { GATEWAY_RESPONSE_TYPES } from '../gateway/gatewayResponses.js';
import type { Doc } from './session.js';
import { prefixed, short, template, text, unprefixed, type MappingRow } from './rowParts.js';

type GatewayType = (typeof GATEWAY_RESPONSE_TYPES)[number];

/** Gateway responses: a type's own entry, else DEFAULT_4XX/5XX, else AWS's default; templates are plain substitution.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-gatewayResponse-definition.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html */
const gatewayOf = (d: Doc, type: GatewayType) => d.api.gatewayResponses?.[type];

function setGateway(d: Doc, type: GatewayType, patch: (e: NonNullable<ReturnType<typeof gatewayOf>>) => void): void {
  const all = { ...(d.api.gatewayResponses ?? {}) };
  const e = { ...(all[type] ?? {}) };
  patch(e);
  if (Object.keys(e).length === 0 && type.startsWith('DEFAULT_')) delete all[type];
  else all[type] = e;
  if (Object.keys(all).length) d.api.gatewayResponses = all;
  else delete d.api.gatewayResponses;
}

export function gatewayRows(d: Doc): MappingRow[] {
  const shown = GATEWAY_RESPONSE_TYPES.filter((t) => t === 'DEFAULT_4XX' || t === 'DEFAULT_5XX' || d.api.gatewayResponses?.[t] !== undefined);
  const rows: MappingRow[] = [];
  for (const type of shown) {
    const name = short(type, 14);
    rows.push(
      text(`gw:${type}:status`, `${name} status`, (x) => String(gatewayOf(x, type)?.statusCode ?? "— (the type's own)"), (x) => String(gatewayOf(x, type)?.statusCode ?? ''), (x, _c, t) =>
        setGateway(x, type, (e) => {
          if (t.trim() === '') delete e.statusCode;
          else e.statusCode = /^\d+$/.test(t.trim()) ? Number(t.trim()) : t.trim();
        }),
      ),
      text(`gw:${type}:headers`, `${name} headers`, (x) => prefixed(gatewayOf(x, type)?.responseParameters, 'gatewayresponse.header.') || '— (none)', (x) => prefixed(gatewayOf(x, type)?.responseParameters, 'gatewayresponse.header.'), (x, _c, t) => {
        const p = unprefixed(t, 'gatewayresponse.header.');
        if (typeof p === 'string') return p;
        setGateway(x, type, (e) => {
          if (Object.keys(p).length) e.responseParameters = p;
          else delete e.responseParameters;
        });
      }),
      template(`gw:${type}:template`, `${name} template`, `gateway response ${type} template`, (x) => gatewayOf(x, type)?.responseTemplates, (x, _c, m) => setGateway(x, type, (e) => void (m ? (e.responseTemplates = m) : delete e.responseTemplates)), 'application/json'),
    );
  }
  rows.push(
    text('addGatewayResponse', 'Customise response', () => 'enter: type a response type, e.g. THROTTLED', () => '', (x, _c, t) => {
      const type = t.trim().toUpperCase() as GatewayType;
      if (!GATEWAY_RESPONSE_TYPES.includes(type)) return `"${t}" is not a gateway response type (THROTTLED, UNAUTHORIZED, ACCESS_DENIED, …)`;
      // starts from AWS's default body for every type (gateway-reference.md §11.6, recorded by LocalStack)
      setGateway(x, type, (e) => void (e.responseTemplates ??= { 'application/json': '{"message":$context.error.messageString}' }));
    }),
  );
  return rows;
}

