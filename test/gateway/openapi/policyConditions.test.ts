/** x-amazon-apigateway-policy: which Condition shapes the import reads, and which it reports. */
import { expect, it } from 'vitest';
import { importPolicy } from '../../../src/gateway/openapi/policy.js';
import { Reports } from '../../../src/gateway/openapi/reports.js';

type Obj = Record<string, unknown>;
const CONDITION_WHY = 'only aws:SourceIp with IpAddress (Allow or Deny) and aws:SourceVpce (Allow with StringEquals, Deny with StringNotEquals) are modelled';

function read(Statement: unknown) {
  const out = new Reports();
  const policy = importPolicy({ Version: '2012-10-17', Statement }, ['x-amazon-apigateway-policy'], out);
  return { policy, errors: out.errors.map((e) => e.path), ignored: out.ignored.map((r) => [r.path, r.why]) };
}
const st = (Effect: string, Condition: unknown): Obj => ({ Effect, Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*', Condition });
const none = { allowSourceIps: [], denySourceIps: [], allowVpces: [] };

it.each([
  ['two operators', { IpAddress: { 'aws:SourceIp': '192.0.2.1' }, NotIpAddress: { 'aws:SourceIp': '192.0.2.2' } }],
  ['two keys under one operator', { IpAddress: { 'aws:SourceIp': '192.0.2.1', 'aws:VpcSourceIp': '10.0.0.1' } }],
  ['an operator whose value is not an object', { IpAddress: '192.0.2.1' }],
  ['values that are not strings', { IpAddress: { 'aws:SourceIp': [1] } }],
  ['a condition that is not an object', 'aws:SourceIp'],
])('%s: reported at the Condition, nothing applied', (_, condition) => {
  expect(read([st('Allow', condition)])).toEqual({ policy: none, errors: [], ignored: [['x-amazon-apigateway-policy.Statement[0].Condition', CONDITION_WHY]] });
});

it('condition keys are matched whatever their case (IAM condition key names are case-insensitive)', () => {
  expect(read([st('Deny', { IpAddress: { 'AWS:SOURCEIP': ['192.0.2.1', '192.0.2.2'] } }), st('Allow', { StringEquals: { 'Aws:SourceVpce': 'vpce-1' } })])).toEqual({
    policy: { allowSourceIps: [], denySourceIps: ['192.0.2.1', '192.0.2.2'], allowVpces: ['vpce-1'] },
    errors: [],
    ignored: [],
  });
});

it('a single Statement object (not a list) is read, and named without an index', () => {
  expect(read(st('Allow', { NotIpAddress: { 'aws:SourceIp': '192.0.2.1' } }))).toEqual({ policy: none, errors: [], ignored: [['x-amazon-apigateway-policy.Statement.Condition', CONDITION_WHY]] });
});
