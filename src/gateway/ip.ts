/**
 * IPv4 CIDR matching for resource-policy `aws:SourceIp` conditions (IPv6 compared as plain text).
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-resource-policies-examples.html
 */

export interface IpRule {
  text: string;
  base: number;
  mask: number;
  v4: boolean;
}

export function parseIpv4(s: string): number | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return null;
    const v = Number(p);
    if (v > 255) return null;
    n = n * 256 + v;
  }
  return n;
}

export function parseRule(text: string): IpRule {
  const [addr = '', bits] = text.split('/');
  const ip = parseIpv4(addr);
  if (ip === null) return { text, base: 0, mask: 0, v4: false };
  const b = bits === undefined ? 32 : Number(bits);
  const mask = b <= 0 ? 0 : b >= 32 ? 0xffffffff : (0xffffffff << (32 - b)) >>> 0;
  return { text, base: (ip & mask) >>> 0, mask, v4: true };
}

export function ipMatches(rule: IpRule, ip: string): boolean {
  if (!rule.v4) return rule.text === ip;
  const n = parseIpv4(ip);
  return n !== null && ((n & rule.mask) >>> 0) === rule.base;
}

export function isValidIpOrCidr(s: string): boolean {
  const [addr = '', bits, extra] = s.split('/');
  if (extra !== undefined) return false;
  if (bits !== undefined && !(/^\d{1,2}$/.test(bits) && Number(bits) <= 32)) return false;
  return parseIpv4(addr) !== null || /^[0-9a-fA-F:]+$/.test(addr);
}
