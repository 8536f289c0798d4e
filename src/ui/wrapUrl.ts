/**
 * A URL too long for the line is broken after a `/` (else after `-`, `.`, `_`, `?`, `&`, `=` or
 * `#`), never cut with "…": every character is shown, so it can be read and copied whole.
 */
const PREFERRED = '/';
const FALLBACK = '-._?&=#';

export function wrapUrl(url: string, width: number): string[] {
  const max = Math.max(10, width);
  const out: string[] = [];
  let rest = url;
  while (rest.length > max) {
    const head = rest.slice(0, max);
    let cut = head.lastIndexOf(PREFERRED) + 1;
    // a break too near the start wastes the line: try the other boundaries
    if (cut < max / 2) cut = Math.max(cut, ...[...FALLBACK].map((c) => head.lastIndexOf(c) + 1));
    if (cut <= 0) cut = max;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out;
}
