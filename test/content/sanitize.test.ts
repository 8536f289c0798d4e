/** The one sanitizer everything from a file passes through before it is printed. */
import { describe, expect, it } from 'vitest';
import { jsonForTerminal, looksBinary, sanitize, sanitizeDeep } from '../../src/content/sanitize.js';

const ESC = '\u001b';

describe('sanitize removes what a terminal would act on and keeps the text', () => {
  it.each([
    ['plain text with a newline', 'API Gateway\ncaches GET', 'API Gateway\ncaches GET'],
    ['a colour (CSI)', `${ESC}[1;31mred${ESC}[0m text`, 'red text'],
    ['a cursor move with intermediates', `a${ESC}[2 qb`, 'ab'],
    ['a CSI with private parameters', `a${ESC}[?25lb`, 'ab'],
    ['an OSC 8 link ended by ST', `${ESC}]8;;https://evil${ESC}\\link${ESC}]8;;${ESC}\\`, 'link'],
    ['a window title ended by BEL', `${ESC}]0;pwned\u0007title`, 'title'],
    ['an unterminated OSC', `ok${ESC}]52;c;AAAA`, 'ok'],
    ['a DCS string', `a${ESC}Pq#0;2;0;0;0${ESC}\\b`, 'ab'],
    ['an APC string', `a${ESC}_payload${ESC}\\b`, 'ab'],
    ['an SOS and a PM string', `a${ESC}Xsos${ESC}\\b${ESC}^pm${ESC}\\c`, 'abc'],
    ['a two-byte escape (RIS)', `a${ESC}cb`, 'ab'],
    ['a charset escape with an intermediate', `a${ESC}(0b`, 'ab'],
    ['an 8-bit CSI', 'a\u009b31mb', 'ab'],
    ['an 8-bit OSC ended by ST', 'a\u009d0;title\u009cb', 'ab'],
    ['an 8-bit OSC ended by BEL', 'a\u009d0;title\u0007b', 'ab'],
    ['C0 controls, DEL and C1 controls', 'a\u0000\u0001\u0008\u000b\u000c\r\u001f\u007f\u0085\u009fb', 'ab'],
    ['bidi overrides and isolates', 'a\u202a\u202b\u202c\u202d\u202eb\u2066\u2067\u2068\u2069c', 'abc'],
    ['a tab, as two spaces', 'a\tb', 'a  b'],
    ['text just outside the ranges', 'a\u2029\u202f\u2065\u206a ~b', 'a\u2029\u202f\u2065\u206a ~b'],
  ])('%s', (_what, input, output) => {
    expect(sanitize(input)).toBe(output);
  });

  it('returns plain text unchanged', () => {
    const text = 'GET /pets?limit=10 → 200 ✓ «cached»';
    expect(sanitize(text)).toBe(text);
  });
});

describe('sanitizeDeep', () => {
  it('cleans every string and key of parsed JSON, arrays and nesting included, and leaves other values', () => {
    const dirty = { [`na${ESC}[31mme`]: `v${ESC}]0;x\u0007al`, list: ['a\u0000b', 3, null, true, { deep: '\u009b1mz' }], n: 7, nil: null };
    expect(sanitizeDeep(dirty)).toEqual({ name: 'val', list: ['ab', 3, null, true, { deep: 'z' }], n: 7, nil: null });
  });

  it('a "__proto__" key stays a plain key, not the prototype', () => {
    const out = sanitizeDeep(JSON.parse('{"__proto__": {"polluted": "yes"}}')) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });
});

describe('jsonForTerminal', () => {
  it('writes DEL, C1 controls, line separators and bidi controls as \\u escapes; the parse is unchanged', () => {
    const value = { s: 'a\u007fb\u009bc\u2028d\u2029e\u202ef\u2066g', t: 'plain é' };
    const text = jsonForTerminal(value);
    expect(text).toBe('{\n  "s": "a\\u007fb\\u009bc\\u2028d\\u2029e\\u202ef\\u2066g",\n  "t": "plain é"\n}');
    expect(JSON.parse(text)).toEqual(value);
    expect(jsonForTerminal([1], 0)).toBe('[1]');
  });
});

describe('looksBinary', () => {
  it('a NUL anywhere means binary, even past the sampled start', () => {
    expect(looksBinary(`${'x'.repeat(10_000)}\u0000`)).toBe(true);
  });

  it('more than 10% odd characters in the first 8 KiB means binary; tab, newline, CR and ESC are not odd', () => {
    expect(looksBinary('')).toBe(false);
    expect(looksBinary('\t\n\r\u001b'.repeat(100))).toBe(false);
    expect(looksBinary(`${'\u0001'.repeat(10)}${'a'.repeat(90)}`)).toBe(false); // exactly 10%
    expect(looksBinary(`${'\u0001'.repeat(11)}${'a'.repeat(89)}`)).toBe(true);
    expect(looksBinary(`${'\ufffd'.repeat(11)}${'a'.repeat(89)}`)).toBe(true); // replacement characters: undecodable bytes
    expect(looksBinary(`${'\u001f'.repeat(11)}${'\u0020'.repeat(89)}`)).toBe(true);
    expect(looksBinary(`${'a'.repeat(8192)}${'\u0001'.repeat(8192)}`)).toBe(false); // only the first 8 KiB count
  });
});
