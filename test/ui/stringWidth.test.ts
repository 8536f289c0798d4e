/** The fast string width equals string-width on every string it answers itself, and hands on the rest. */
import fc from 'fast-check';
import realStringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { isNarrow, NARROW_SET, withFastPath } from '../../src/ui/stringWidth.js';

const stringWidth = withFastPath(realStringWidth);

const ranges = [...NARROW_SET.matchAll(/\\u([0-9A-F]{4})(?:-\\u([0-9A-F]{4}))?/g)].map((m) => [parseInt(m[1]!, 16), parseInt(m[2] ?? m[1]!, 16)] as const);
const narrow = ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCharCode(a + i)));

describe('the fast string width', () => {
  it('gives string-width\'s answer, one column, for each character it answers itself', () => {
    expect(narrow.length).toBeGreaterThan(400);
    const wrong = narrow.filter((c) => realStringWidth(c) !== 1);
    expect(wrong.map((c) => c.codePointAt(0)!.toString(16))).toEqual([]);
  });

  it('equals string-width on any mix of those characters and others (emoji, marks, wide, ANSI)', () => {
    const others = ['⏱', '⏱️', '✔', '👍🏽', 'e\u0301', '日本', '\u00AD', '\u200B', '\u001B[1mbold\u001B[22m', '\t', '\u2028', '\uFE0F', '↔️'];
    const piece = fc.oneof(fc.constantFrom(...narrow), fc.constantFrom(...others), fc.string({ unit: 'grapheme', maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(stringWidth(s)).toBe(realStringWidth(s));
        expect(stringWidth(s, { ambiguousIsNarrow: false })).toBe(realStringWidth(s, { ambiguousIsNarrow: false }));
      }),
      { numRuns: 2000 },
    );
  });

  it('measures the app\'s own glyphs itself (Home\'s first frame needs no emoji regex)', () => {
    for (const line of ['3 due now · 17 new today', '› Library', 'loading…', '↑↓/kj move  enter open', '▁▂▃▄▅▆▇█ ░▒▓ ✓ ✗ ⚑ ‹ 5 › – • × ≠ ⇧ ◐ ▲ ● ○ └│─']) {
      expect(isNarrow(line)).toBe(true);
      expect(stringWidth(line)).toBe(realStringWidth(line));
    }
    expect(isNarrow('⏱ 12:00')).toBe(false);
  });
});
