/** IPv4 addresses and CIDR blocks of resource-policy aws:SourceIp conditions: what parses, what matches. */
import { describe, expect, it } from 'vitest';
import { ipMatches, isValidIpOrCidr, parseIpv4, parseRule } from '../../src/gateway/ip.js';

describe('parseIpv4', () => {
  it('four decimal parts of 0 to 255, as one number', () => {
    expect(parseIpv4('0.0.0.0')).toBe(0);
    expect(parseIpv4('198.51.100.10')).toBe(((198 * 256 + 51) * 256 + 100) * 256 + 10);
    expect(parseIpv4('255.255.255.255')).toBe(0xffffffff);
    expect(parseIpv4('1.2.3.4')).toBe(0x01020304);
  });
  it('anything else is not an IPv4 address', () => {
    expect(['1.2.3', '1.2.3.4.5', '1.2.3.256', '1.2.3.-1', '1.2.3.1234', '1.2.3.a', '1.2..4', ' 1.2.3.4', '1.2.3.4 ', '::1'].map(parseIpv4)).toEqual(Array(10).fill(null));
  });
});

describe('parseRule and ipMatches', () => {
  it('a CIDR block matches the addresses under its mask', () => {
    expect(parseRule('10.1.2.3/8')).toEqual({ text: '10.1.2.3/8', base: 0x0a000000, mask: 0xff000000, v4: true });
    expect(parseRule('10.1.2.3')).toEqual({ text: '10.1.2.3', base: 0x0a010203, mask: 0xffffffff, v4: true });
    expect(parseRule('10.1.2.3/0')).toEqual({ text: '10.1.2.3/0', base: 0, mask: 0, v4: true });
    const r = parseRule('192.0.2.0/24');
    expect(['192.0.2.0', '192.0.2.255', '192.0.3.0', '192.0.1.255', 'nope'].map((ip) => ipMatches(r, ip))).toEqual([true, true, false, false, false]);
  });
  it('an IPv6 rule is compared as text', () => {
    const r = parseRule('2001:db8::1');
    expect(r).toEqual({ text: '2001:db8::1', base: 0, mask: 0, v4: false });
    expect([ipMatches(r, '2001:db8::1'), ipMatches(r, '2001:db8::2')]).toEqual([true, false]);
  });
});

describe('isValidIpOrCidr', () => {
  it('an address, or an address with a prefix of 0 to 32 bits; IPv6 text', () => {
    expect(['1.2.3.4', '1.2.3.4/0', '1.2.3.4/32', '1.2.3.4/9', '2001:db8::/32', '::1'].map(isValidIpOrCidr)).toEqual([true, true, true, true, true, true]);
  });
  it('a prefix over 32, not two digits, a second slash, or not an address: refused', () => {
    expect(['1.2.3.4/33', '1.2.3.4/', '1.2.3.4/123', '1.2.3.4/1/2', '1.2.3.4/x', 'host.example', '1.2.3.256', ''].map(isValidIpOrCidr)).toEqual(Array(8).fill(false));
  });
});
