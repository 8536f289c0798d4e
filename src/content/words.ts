/** Word handling shared by the search index and the highlighter. */

const STOP = new Set(
  'a an the of in on to is are be and or for with what which how do does did you your it its this that can when why there as by at from i we my me our should without'.split(' '),
);

/** Words that make a query a comparison ("rest vs http", "difference between x and y"): they say
 * how to read the other words, and match too many cards to be search terms themselves. */
const COMPARISON = new Set('vs versus v compare compared comparing comparison difference differences different differ between'.split(' '));

/** Lower-case word tokens of a text ("stage:throttle" gives "stage", "throttle"). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

export function isStopWord(word: string): boolean {
  return STOP.has(word);
}

export function isComparisonWord(word: string): boolean {
  return COMPARISON.has(word);
}

/** A light stemmer: enough to make cache/caching/cached and plan/plans meet. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  const before = w;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  // mapping/map, logged/log, setting/set; not bill, pass, buzz
  if (w !== before && w.length > 3 && w[w.length - 1] === w[w.length - 2] && !'lsz'.includes(w[w.length - 1]!)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Edit distance where swapping two neighbouring letters counts as one edit, like dropping,
 * doubling or changing one (optimal string alignment); gives up (max + 1) once it must exceed max. */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, before[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[b.length]!;
}
