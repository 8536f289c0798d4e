/**
 * Stage 2, resource policy, before any authorizer runs.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-authorization-flow.html
 * Explicit denies are evaluated before a Lambda authorizer is invoked (IAM and Cognito authenticate
 * first, so their explicit deny is applied in the auth stage); with authorization NONE the
 * policy itself must explicitly allow; with IAM or a Lambda authorizer a silent policy defers
 * to the authorizer (Table A). Private APIs: https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-private-apis.html
 */
import { methodArn, type Ctx } from '../context.js';
import { ipMatches, parseRule, type IpRule } from '../ip.js';
import type { ResourcePolicyConfig } from '../model.js';
import { RESPONSE_TYPES } from '../responses.js';

interface CompiledPolicy {
  allow: IpRule[];
  deny: IpRule[];
  vpces: Set<string>;
}
const compiled = new WeakMap<ResourcePolicyConfig, CompiledPolicy>();

function compilePolicy(p: ResourcePolicyConfig): CompiledPolicy {
  let cp = compiled.get(p);
  if (!cp) {
    cp = { allow: p.allowSourceIps.map(parseRule), deny: p.denySourceIps.map(parseRule), vpces: new Set(p.allowVpces) };
    compiled.set(p, cp);
  }
  return cp;
}

const UNREACHABLE = Object.freeze({ status: 403, headers: Object.freeze({}), body: '' });

export function denyMessage(c: Ctx, who: string, explicit: boolean): string {
  return `User: ${who} is not authorized to perform: execute-api:Invoke on resource: ${methodArn(c)}${explicit ? ' with an explicit deny' : ''}`;
}

export function resourcePolicyStage(c: Ctx): boolean {
  const api = c.api.cfg.api;
  const req = c.req;
  const isPrivate = api.endpointType === 'PRIVATE';
  if (isPrivate && !req.vpce) {
    if (c.trace)
      c.add(
        'resourcePolicy',
        'stop',
        'private API called from outside a VPC: in AWS its DNS name does not resolve, so there is no HTTP response at all; ' +
          'the simulator shows 403 only as a stand-in (the documentation gives no status for this)',
        { endpointType: 'PRIVATE', vpce: null },
      );
    return c.stopWith('resourcePolicy', UNREACHABLE, null, null);
  }
  const policy = api.resourcePolicy;
  if (!policy) {
    if (isPrivate) {
      // A private API without a resource policy rejects every call.
      if (c.trace)
        c.add('resourcePolicy', 'stop', 'private API has no resource policy: nothing grants the VPC endpoint, so every call is denied', {
          vpce: req.vpce,
        });
      return c.stop('resourcePolicy', RESPONSE_TYPES.ACCESS_DENIED, denyMessage(c, 'anonymous', false), 'Message');
    }
    if (c.trace) c.add('resourcePolicy', 'skip', 'the API has no resource policy');
    return true;
  }
  const p = compilePolicy(policy);
  const authz = c.route!.cfg.authorization;
  const denied = p.deny.find((r) => ipMatches(r, req.sourceIp));
  const vpceAllow = req.vpce !== undefined && p.vpces.has(req.vpce);
  if (denied && (authz === 'AWS_IAM' || authz === 'COGNITO_USER_POOLS') && (!isPrivate || vpceAllow)) {
    // Only the Lambda-authorizer flow checks explicit denies before authorization ("pre-auth").
    // IAM: "After authenticating the user with the IAM service, the policies ... are evaluated together";
    // Cognito: "API Gateway first attempts to authenticate the caller through Amazon Cognito ... If
    // authentication is successful, the resource policy is evaluated".
    // https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-authorization-flow.html
    c.policyDenied = denied.text;
    if (c.trace)
      c.add(
        'resourcePolicy',
        'pass',
        `explicit Deny matches (source IP ${req.sourceIp} in ${denied.text}), but with ${authz === 'AWS_IAM' ? 'IAM' : 'Cognito'} ` +
          'the caller is authenticated first: the deny is applied in the auth stage',
        { sourceIp: req.sourceIp, deniedBy: denied.text },
      );
    return true;
  }
  if (denied) {
    if (c.trace)
      c.add('resourcePolicy', 'stop', `explicit Deny: source IP ${req.sourceIp} matches ${denied.text}; checked before any authorizer runs`, {
        sourceIp: req.sourceIp,
        deniedBy: denied.text,
      });
    return c.stop('resourcePolicy', RESPONSE_TYPES.ACCESS_DENIED, denyMessage(c, 'anonymous', true), 'Message');
  }
  const ipAllow = p.allow.find((r) => ipMatches(r, req.sourceIp));
  c.policyAllowed = ipAllow !== undefined || vpceAllow;
  const data = { sourceIp: req.sourceIp, vpce: req.vpce ?? null, allowedBy: ipAllow?.text ?? (vpceAllow ? req.vpce : null) };
  if (isPrivate && !vpceAllow) {
    if (c.trace)
      c.add('resourcePolicy', 'stop', `private API: the policy does not allow VPC endpoint ${req.vpce} (aws:SourceVpce)`, data);
    return c.stop('resourcePolicy', RESPONSE_TYPES.ACCESS_DENIED, denyMessage(c, 'anonymous', false), 'Message');
  }
  if (c.policyAllowed) {
    if (c.trace) c.add('resourcePolicy', 'pass', `explicit Allow matches (${data.allowedBy})`, data);
    return true;
  }
  if (authz === 'NONE') {
    if (c.trace)
      c.add('resourcePolicy', 'stop', 'no Allow statement matches and the method has no authorizer: implicit deny', data);
    return c.stop('resourcePolicy', RESPONSE_TYPES.ACCESS_DENIED, denyMessage(c, 'anonymous', false), 'Message');
  }
  if (c.trace)
    c.add(
      'resourcePolicy',
      'pass',
      authz === 'COGNITO_USER_POOLS'
        ? 'no Allow statement matches; Cognito authenticates first, then a silent policy denies (applied after the token check)'
        : `no statement matches: the policy is silent, so the ${authz === 'AWS_IAM' ? 'IAM' : 'authorizer'} result decides`,
      data,
    );
  return true;
}
