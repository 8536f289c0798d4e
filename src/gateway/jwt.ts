/**
 * JSON Web Tokens as the simulator needs them: decode header and claims of a compact JWT
 * (header.payload.signature, base64url), and build one from claims for scenario files.
 * Signatures are not computed: a token "is signed" by a key id (`kid`) that the authorizer's
 * issuer publishes or not (see http/auth.ts). Plain JS (atob/btoa, TextEncoder), no Node APIs.
 */

export interface DecodedJwt {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
}

function b64urlDecode(s: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) return null;
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4);
  try {
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function b64urlEncode(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Decodes a compact JWT; null when it is not three base64url parts holding JSON objects. */
export function decodeJwt(token: string): DecodedJwt | null {
  if (token.length > 16_384) return null;
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const h = b64urlDecode(parts[0]!);
  const p = b64urlDecode(parts[1]!);
  if (h === null || p === null) return null;
  try {
    const header: unknown = JSON.parse(h);
    const claims: unknown = JSON.parse(p);
    return isObject(header) && isObject(claims) ? { header, claims } : null;
  } catch {
    return null;
  }
}

/** Builds a compact JWT with an RS256 header naming `kid`; the signature part is a fixed stand-in. */
export function encodeJwt(claims: Record<string, unknown>, kid: string): string {
  return `${b64urlEncode(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }))}.${b64urlEncode(JSON.stringify(claims))}.c2ltdWxhdGVk`;
}
