/** Anki's text format in detail: the back of a note, the deck name, and how an export's rows are read. */
import { describe, expect, it } from 'vitest';
import { ankiDeckName, backHtml, parseAnkiText, rowsToDeck } from '../../src/content/ankiText.js';
import { parseDeck } from '../../src/content/parse.js';
import type { Card } from '../../src/content/types.js';

const card = (over: Partial<Card> = {}): Card => ({
  id: 'd#q', deck: 'd', topic: 'Caching', title: 'Q', question: 'Q?', answer: 'A.', tags: [], sources: [], choices: [], file: 'd.md', line: 1, ...over,
});

describe('the back of an Anki note and its deck', () => {
  it('is the answer alone when the card cites no source', () => {
    expect(backHtml(card({ answer: '  A & <b>  ' }))).toBe('A &amp; &lt;b&gt;');
  });

  it('lists every source on its own line after a blank one, HTML-escaped', () => {
    expect(backHtml(card({ sources: ['https://a.example/x?a=1&b=2', 'https://b.example/y'] }))).toBe(
      'A.<br><br>Source: https://a.example/x?a=1&amp;b=2<br>Source: https://b.example/y',
    );
  });

  it('goes to gateprep::<topic>, a "::" in the topic flattened so it makes no sub-deck', () => {
    expect(ankiDeckName(card({ topic: 'REST::Caching::TTL' }))).toBe('gateprep::REST:Caching:TTL');
    expect(ankiDeckName(card())).toBe('gateprep::Caching');
  });
});

describe('parseAnkiText', () => {
  it('reads tab-separated plain-text rows, CRLF or LF, skipping blank lines and # comments, with each row\'s line', () => {
    const text = 'Front one\tBack <b>one</b>  \r\n\r\n# a comment\nFront two\t Back two\n';
    expect(parseAnkiText(text)).toEqual({
      rows: [
        { line: 1, front: 'Front one', back: 'Back <b>one</b>', tags: [] },
        { line: 4, front: 'Front two', back: 'Back two', tags: [] },
      ],
      errors: [],
    });
  });

  it('drops a byte-order mark at the start only, skips lines of spaces, and reads a "#x:" inside a row as text', () => {
    expect(parseAnkiText('\uFEFFFront\tBack\n   \t  \n  \nWhat is #tag: here?\tA\uFEFFB')).toEqual({
      rows: [
        { line: 1, front: 'Front', back: 'Back', tags: [] },
        { line: 4, front: 'What is #tag: here?', back: 'A\uFEFFB', tags: [] },
      ],
      errors: [],
    });
    expect(parseAnkiText('A\uFEFFB\tC').rows).toEqual([{ line: 1, front: 'A\uFEFFB', back: 'C', tags: [] }]);
  });

  it('takes the separator by name or as written, and names it in the error for a row with one field', () => {
    expect(parseAnkiText('#separator:Semicolon\na;b\nonly').errors).toEqual([{ line: 3, message: 'needs a front and a back separated by ";"' }]);
    expect(parseAnkiText('#separator:Pipe\na|b').rows).toEqual([{ line: 2, front: 'a', back: 'b', tags: [] }]);
    expect(parseAnkiText('#separator:@\na@b').rows).toEqual([{ line: 2, front: 'a', back: 'b', tags: [] }]);
    expect(parseAnkiText('only a front').errors).toEqual([{ line: 1, message: 'needs a front and a back separated by a tab' }]);
  });

  it('reads quoted fields with doubled quotes and separators inside', () => {
    expect(parseAnkiText('"say ""hi""\tthere"\t"b ""q"""\n""""\tx').rows).toEqual([
      { line: 1, front: 'say "hi"\tthere', back: 'b "q"', tags: [] },
      { line: 2, front: '"', back: 'x', tags: [] },
    ]);
  });

  it('reports a quoted field left open, and one with text after its closing quote', () => {
    expect(parseAnkiText('"open\tb\n"a"x\tb').errors).toEqual([
      { line: 1, message: 'a quoted field is not closed' },
      { line: 2, message: 'a quoted field is not closed' },
    ]);
  });

  it('reports an empty front or back', () => {
    expect(parseAnkiText(' \tb\na\t \nc\t\n"d"\t""').errors).toEqual([
      { line: 1, message: 'the front (first field) is empty' },
      { line: 2, message: 'the back (second field) is empty' },
      { line: 3, message: 'the back (second field) is empty' },
      { line: 4, message: 'the back (second field) is empty' },
    ]);
  });

  it('reads HTML fields only when the header says so, and takes tags and other columns from the header', () => {
    const text = '#html:true\n#guid column:1\n#tags column:4\nid1\t<div>Front</div>\tA&nbsp;&lt;b&gt; &quot;x&quot; &#39;y&#39; &amp;amp;<br/><br><br>end\t  api   stage \nid2\tF\tB';
    expect(parseAnkiText(text)).toEqual({
      rows: [
        { line: 4, front: 'Front', back: 'A <b> "x" \'y\' &amp;\n\nend', tags: ['api', 'stage'] },
        { line: 5, front: 'F', back: 'B', tags: [] },
      ],
      errors: [],
    });
    expect(parseAnkiText('#html:false\n<b>F</b>\t<i>B</i>').rows).toEqual([{ line: 2, front: '<b>F</b>', back: '<i>B</i>', tags: [] }]);
  });
});

describe('rowsToDeck', () => {
  it('writes a deck the parser reads back, a heading-like line escaped and only tag-shaped tags kept', () => {
    const md = rowsToDeck([{ line: 1, front: '## Not a heading\nsecond', back: 'B\r\n# also not', tags: ['a,b', 'ok:1', 'no spaces?'] }], 'Mine');
    const deck = parseDeck(md, 'mine.md');
    expect(deck.errors).toEqual([]);
    expect(deck.cards.map((c) => [c.title, c.question, c.answer, c.tags])).toEqual([['Not a heading', '\\## Not a heading\nsecond', 'B\n\\# also not', ['a_b', 'ok:1']]]);
  });
});
