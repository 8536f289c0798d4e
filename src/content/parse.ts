/**
 * Deck parser: Markdown in the seed's format (see DESIGN.md, "Deck format") to cards.
 * It never throws: anything wrong becomes a DeckError naming the file and line, and
 * every card that is fine still loads.
 */
import { readFrontMatter } from './frontMatter.js';
import { sanitize, looksBinary } from './sanitize.js';
import { cardSchema, frontMatterSchema } from './schema.js';
import { deckIdFromFile, slugify, stripNumbering } from './slug.js';
import type { Card, Choice, Deck, DeckError } from './types.js';

export const MAX_DECK_BYTES = 20 * 1024 * 1024;

type SectionName = 'question' | 'answer' | 'tags' | 'aliases' | 'replaces' | 'difficulty' | 'source' | 'choices' | 'explanation';
interface Section { line: number; /** line number of lines[0] */ first: number; lines: string[] }
interface RawCard { title: string; line: number; preamble: string[]; sections: Partial<Record<SectionName, Section>> }

const MARKER = /^\*\*(question|answer|tags|aliases|replaces|difficulty|sources?|choices|explanation):\*\*\s?(.*)$/i;
const FENCE = /^\s*(```|~~~)/;
const CHOICE = /^\s*[-*+]\s+\[([ xX])\]\s+(.*)$/;

/** How messages name a card whose heading has no text (or only escape sequences). */
const UNTITLED = '(a heading with no text)';

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** The title of a `## ` card heading (a closing run of `#` after a space dropped, as CommonMark
 * does), or null when the line is not one. A scan, not /^##\s+(.*?)\s*#*\s*$/: that regex
 * backtracks quadratically, and a heading of 150,000 `#` took 23 s. */
export function headingTitle(line: string): string | null {
  if (!line.startsWith('##') || !isSpace(line[2])) return null;
  let start = 3;
  while (isSpace(line[start])) start++;
  let end = line.length;
  while (end > start && isSpace(line[end - 1])) end--;
  let hashes = end;
  while (hashes > start && line[hashes - 1] === '#') hashes--;
  if (hashes === start) return '';
  if (hashes < end && isSpace(line[hashes - 1])) {
    end = hashes;
    while (end > start && isSpace(line[end - 1])) end--;
  }
  return line.slice(start, end);
}

export function parseDeck(input: string, file: string): Deck {
  const id = deckIdFromFile(file);
  const deck: Deck = { id, file, title: id, topic: id, tags: [], cards: [], errors: [] };
  try {
    parseInto(deck, input);
  } catch (e) {
    deck.errors.push({ file, line: 1, message: `the parser failed unexpectedly: ${(e as Error).message}` });
  }
  return deck;
}

function parseInto(deck: Deck, input: string): void {
  const { file } = deck;
  // Messages quote the deck: sanitized here, once, for every place that shows them.
  const err = (line: number, message: string): void => void deck.errors.push({ file, line, message: sanitize(message) });
  if (input.length > MAX_DECK_BYTES) return err(1, `the file is larger than ${MAX_DECK_BYTES / 1024 / 1024} MB; split it into smaller decks`);
  if (looksBinary(input)) return err(1, 'this is not a text deck: the file holds binary data');
  const lines = input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);

  const fm = readFrontMatter(lines, file);
  for (const e of fm.errors) err(e.line, e.message);
  if (typeof fm.values.tags === 'string') fm.values.tags = fm.values.tags.split(',').map((t) => t.trim()).filter(Boolean);
  const meta = frontMatterSchema.safeParse(fm.values);
  if (!meta.success) {
    for (const issue of meta.error.issues) {
      const key = String(issue.path[0] ?? (issue as { keys?: string[] }).keys?.[0] ?? '');
      err(fm.lines[key] ?? 1, `front matter${key ? ` "${key}"` : ''}: ${issue.message}`);
    }
  }
  const front = meta.success ? meta.data : {};

  const raws: RawCard[] = [];
  let h1: string | undefined;
  let card: RawCard | undefined;
  let section: Section | undefined;
  let fenced = false;
  for (let i = fm.end; i < lines.length; i++) {
    const line = lines[i]!;
    const lineNo = i + 1;
    if (FENCE.test(line)) fenced = !fenced;
    else if (!fenced) {
      const title = headingTitle(line);
      if (title !== null) {
        card = { title, line: lineNo, preamble: [], sections: {} };
        raws.push(card);
        section = undefined;
        continue;
      }
      if (!card && h1 === undefined && /^#\s+/.test(line)) h1 = line.replace(/^#\s+/, '').trim();
      const marker = card ? MARKER.exec(line) : null;
      if (card && marker) {
        const name = marker[1]!.toLowerCase().replace(/^sources$/, 'source') as SectionName;
        if (card.sections[name]) err(lineNo, `"**${marker[1]}:**" appears twice in card "${sanitize(stripNumbering(card.title)) || UNTITLED}"`);
        section = { line: lineNo, first: marker[2] ? lineNo : lineNo + 1, lines: marker[2] ? [marker[2]] : [] };
        card.sections[name] = section;
        continue;
      }
    }
    if (section) section.lines.push(line);
    else if (card) card.preamble.push(line);
  }

  const deckTags = (front.tags ?? []).map((t) => sanitize(t).toLowerCase());
  deck.title = sanitize(front.title ?? h1 ?? deck.id);
  deck.topic = sanitize(front.topic ?? front.title ?? h1 ?? deck.id);
  deck.tags = deckTags;

  const seen = new Map<string, number>();
  for (const raw of raws) {
    const built = buildCard(raw, deck, deckTags, err);
    if (!built) continue;
    const first = seen.get(built.id);
    if (first !== undefined) {
      err(raw.line, `duplicate title "${built.title}": a card with the same title is at line ${first}`);
      continue;
    }
    seen.set(built.id, raw.line);
    deck.cards.push(built);
  }
  if (raws.length === 0 && deck.errors.length === 0) err(1, 'no cards found: each card starts with a "## " heading');
}

const text = (s: Section | undefined): string => (s ? sanitize(s.lines.join('\n')).trim() : '');
/** A comma-separated field ("a, b c, d"), each item trimmed, lower-cased, unique. */
const list = (s: Section | undefined): string[] => [...new Set(text(s).split(',').map((t) => t.replace(/\s+/g, ' ').trim().toLowerCase()).filter(Boolean))];

function buildCard(raw: RawCard, deck: Deck, deckTags: string[], err: (line: number, message: string) => void): Card | undefined {
  const { sections: s } = raw;
  const title = sanitize(stripNumbering(raw.title));
  const failures: Array<[number, string]> = [];
  const choices = parseChoices(s.choices, failures);
  const difficulty = text(s.difficulty).toLowerCase();
  const candidate = {
    id: `${deck.id}#${slugify(title)}`,
    deck: deck.id,
    topic: deck.topic,
    title,
    question: text(s.question) || sanitize(raw.preamble.join('\n')).trim() || title,
    answer: text(s.answer),
    tags: [...new Set([...deckTags, ...list(s.tags)])],
    ...(s.aliases ? { aliases: list(s.aliases) } : {}),
    ...(s.replaces ? { replaces: [...new Set(text(s.replaces).split(',').map((t) => t.trim()).filter(Boolean))] } : {}),
    ...(difficulty ? { difficulty } : {}),
    sources: text(s.source).split(/[\s,]+/).filter(Boolean),
    choices,
    ...(text(s.explanation) ? { explanation: text(s.explanation) } : {}),
    file: deck.file,
    line: raw.line,
  };
  const result = cardSchema.safeParse(candidate);
  if (!result.success) {
    const reported = new Set<string>();
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '');
      const where = s[(field === 'sources' ? 'source' : field) as SectionName]?.line ?? raw.line;
      const message = `${field ? `${field}: ` : ''}${issue.message}`;
      if (!reported.has(message)) failures.push([where, message]);
      reported.add(message);
    }
  }
  if (failures.length > 0) {
    for (const [line, message] of failures) err(line, `card "${title || UNTITLED}": ${message}`);
    return undefined;
  }
  return result.data as Card;
}

function parseChoices(section: Section | undefined, failures: Array<[number, string]>): Choice[] {
  if (!section) return [];
  const choices: Choice[] = [];
  section.lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const m = CHOICE.exec(line);
    const last = choices[choices.length - 1];
    if (m) choices.push({ text: sanitize(m[2]!).trim(), correct: m[1] !== ' ' });
    else if (last && /^\s{2,}\S/.test(line)) last.text += ` ${sanitize(line).trim()}`;
    else failures.push([section.first + i, `a choice must look like "- [x] text" or "- [ ] text", not "${sanitize(line).trim().slice(0, 50)}"`]);
  });
  if (choices.length === 0) failures.push([section.line, '**Choices:** has no "- [x]" / "- [ ]" items']);
  return choices;
}
