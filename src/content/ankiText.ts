/** Anki's text format, both ways. Export: one note per line with the header lines Anki reads
 * (https://docs.ankiweb.net/importing/text-files.html: `#separator`, `#html`, `#notetype`,
 * `#deck column`, `#tags column`, `#guid column`; a guid makes a re-import update the note).
 * Import: an Anki "Notes in Plain Text" export becomes a Markdown deck, row errors named by line. */
import type { Card } from './types.js';

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Markdown text as simple HTML for an Anki field: escaped, line breaks kept as <br>. */
export function fieldHtml(markdown: string): string {
  return escapeHtml(markdown.trim()).replace(/\t/g, '    ').replace(/\r?\n/g, '<br>');
}

/** A field as Anki's importer reads it: quoted when it holds a quote (doubled inside). */
function field(s: string): string {
  return s.includes('"') ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Tags as Anki takes them: space-separated, no spaces inside one. */
export function ankiTags(card: Card): string {
  const tags = [`gateprep::${card.deck}`, ...card.tags].map((t) => t.replace(/\s+/g, '_'));
  return [...new Set(tags)].join(' ');
}

export const ANKI_DECK = 'gateprep';

/** The deck a card goes to in Anki: gateprep::<topic>. */
export function ankiDeckName(card: Card): string {
  return `${ANKI_DECK}::${card.topic.replace(/::/g, ':')}`;
}

/** The back of a card: the answer, then its source. */
export function backHtml(card: Card): string {
  const sources = card.sources.map((u) => `<br>Source: ${escapeHtml(u)}`).join('');
  return fieldHtml(card.answer) + (sources ? `<br>${sources}` : '');
}

/** Columns: 1 guid (the card id), 2 front, 3 back, 4 deck, 5 tags. */
export function toAnkiText(cards: readonly Card[]): string {
  const head = ['#separator:tab', '#html:true', '#notetype:Basic', '#deck column:4', '#tags column:5', '#guid column:1'];
  const rows = cards.map((c) => [c.id, fieldHtml(c.question), backHtml(c), ankiDeckName(c), ankiTags(c)].map(field).join('\t'));
  return `${[...head, ...rows].join('\n')}\n`;
}

export interface AnkiRow {
  line: number;
  front: string;
  back: string;
  tags: string[];
}

export interface AnkiParse {
  rows: AnkiRow[];
  errors: Array<{ line: number; message: string }>;
}

const SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', space: ' ', pipe: '|', colon: ':' };

/** Splits one line into fields; a field may be quoted ("a ""b"" c"). */
function splitFields(line: string, sep: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let j = i + 1;
      let value = '';
      for (;;) {
        const q = line.indexOf('"', j);
        if (q < 0) return null;
        value += line.slice(j, q);
        if (line[q + 1] === '"') {
          value += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      out.push(value);
      if (j < line.length && line[j] !== sep) return null;
      i = j + 1;
    } else {
      const next = line.indexOf(sep, i);
      const end = next < 0 ? line.length : next;
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}

/** HTML from an Anki field as plain text: <br> and block ends become line breaks, tags go. */
export function htmlText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(div|p|li)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Reads an Anki text export: header lines, then front, back (and tags where the header says). */
export function parseAnkiText(text: string): AnkiParse {
  let sep = '\t';
  let html = false;
  const meta = new Map<string, number>();
  const rows: AnkiRow[] = [];
  const errors: AnkiParse['errors'] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const header = /^#([a-z ]+):(.*)$/i.exec(raw);
    if (header) {
      const [key, value] = [header[1]!.trim().toLowerCase(), header[2]!.trim()];
      if (key === 'separator') sep = SEPARATORS[value.toLowerCase()] ?? value;
      else if (key === 'html') html = value === 'true';
      else if (key.endsWith(' column')) meta.set(key.slice(0, -' column'.length), Number(value) - 1);
      return;
    }
    if (raw.startsWith('#')) return;
    const fields = splitFields(raw, sep);
    if (!fields) return void errors.push({ line, message: 'a quoted field is not closed' });
    const metaCols = new Set(meta.values());
    const content = fields.filter((_, c) => !metaCols.has(c));
    const [front = '', back = ''] = content.map((f) => (html ? htmlText(f) : f.trim()));
    if (content.length < 2) return void errors.push({ line, message: `needs a front and a back separated by ${sep === '\t' ? 'a tab' : `"${sep}"`}` });
    if (front === '') return void errors.push({ line, message: 'the front (first field) is empty' });
    if (back === '') return void errors.push({ line, message: 'the back (second field) is empty' });
    const tagCol = meta.get('tags');
    const tags = tagCol !== undefined ? (fields[tagCol] ?? '').split(/\s+/).filter(Boolean) : [];
    rows.push({ line, front, back, tags });
  });
  return { rows, errors };
}

/** Rows as a Markdown deck (the format in the README), ready for the deck parser to check. */
export function rowsToDeck(rows: readonly AnkiRow[], topic: string): string {
  // a line that starts like a heading would begin a new card: escape its # (the title drops them)
  const safe = (s: string) => s.replace(/\r/g, '').replace(/^(#+\s)/gm, '\\$1');
  const out = [`---\ntitle: ${topic}\ntopic: ${topic}\n---\n`];
  for (const r of rows) {
    const title = r.front.replace(/\r/g, '').split('\n')[0]!.replace(/^#+\s*/, '').slice(0, 200);
    out.push(`## ${title}\n\n**Question:**\n${safe(r.front)}\n\n**Answer:**\n${safe(r.back)}\n`);
    const tags = r.tags.map((t) => t.replace(/,/g, '_')).filter((t) => /^[\w:.-]+$/.test(t));
    if (tags.length) out.push(`**Tags:** ${tags.join(', ')}\n`);
  }
  return out.join('\n');
}
