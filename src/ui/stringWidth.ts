/**
 * The string-width Ink and its helpers measure with (scripts/inkPatches.mjs wraps each copy of
 * `string-width` in the bundle with this fast path: Ink's own and wrap-ansi's older one).
 * The real one handles any non-ASCII string through grapheme segmentation and a \p{RGI_Emoji}
 * regex, whose first use compiles it: about 50 ms, on the first frame, for Home's "·" and "›".
 * A string made only of the one-column characters below (each its own grapheme, none an emoji, a
 * mark or a format character) is as wide as it is long; everything else goes to the real one.
 * test/ui/stringWidth.test.ts checks every character of the set against the real function.
 */
type StringWidth = (input: string, options?: { ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean }) => number;

export const NARROW_SET = '\\u0020-\\u007E\\u00A0-\\u00AC\\u00AE-\\u00FF\\u2010-\\u2027\\u2030-\\u205E\\u2190-\\u2193\\u21E7\\u2260\\u2500-\\u25FC\\u2691\\u2713\\u2717';
const NARROW = new RegExp(`^[${NARROW_SET}]*$`);

/** Whether `input` is measured here, without the real string-width. */
export const isNarrow = (input: string): boolean => NARROW.test(input);

/** `real`, answering the strings of the set itself. */
export function withFastPath(real: StringWidth): StringWidth {
  return (input, options) =>
    // ambiguous characters (·, …, ←) are one column unless the caller asks for two
    typeof input === 'string' && options?.ambiguousIsNarrow !== false && isNarrow(input) ? input.length : real(input, options);
}
