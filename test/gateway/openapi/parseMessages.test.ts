/** Reading a definition's text: the messages and lines of syntax errors, and the line of a JSON path. */
import { expect, it } from 'vitest';
import { parseDefinitionText } from '../../../src/gateway/openapi/parse.js';

async function lines(text: string, ...paths: (string | number)[][]): Promise<(number | null)[]> {
  const r = await parseDefinitionText(text);
  if (!r.ok) throw new Error(r.message);
  return paths.map((p) => r.parsed.lineOf(p));
}

it('a YAML syntax error: its first line, without yaml\'s own "at line, column", and the line', async () => {
  expect(await parseDefinitionText('openapi: 3.0.1\npaths:\n  /x:\n    get: [unclosed\n')).toEqual({
    ok: false, line: 5, message: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
  });
});

it('a YAML key twice in one map: the line of the second', async () => {
  expect(await parseDefinitionText('a: 1\nb:\n  c: 2\n  c: 3\n')).toEqual({ ok: false, line: 4, message: 'map keys must be unique: "c" appears twice' });
});

it('YAML: the line of a path, or of the nearest part of it the file has', async () => {
  expect(await lines('a: 1\nb:\n  c:\n    - 2\n    - 3\n', ['b', 'c', 1], ['b', 'c', 7, 'x'], ['b', 'nope'], [])).toEqual([5, 4, 3, 1]);
});

it('JSON: lines are found the same way, on first use', async () => {
  expect(await lines('{\n "a": {\n  "b": [\n   1,\n   2\n  ]\n }\n}\n', ['a', 'b', 1], ['a', 'zzz'], [])).toEqual([5, 2, 1]);
});
