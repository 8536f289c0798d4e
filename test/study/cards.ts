/** Small Card[] builders for study tests. */
import type { Card } from '../../src/content/types.js';

export function card(deck: string, slug: string, topic = deck, question = `What is ${slug}?`): Card {
  return { id: `${deck}#${slug}`, deck, topic, title: slug, question, answer: `${slug} is...`, tags: [], sources: [], choices: [], file: `${deck}.md`, line: 1 };
}

export function deck(name: string, n: number, topic = name): Card[] {
  return Array.from({ length: n }, (_, i) => card(name, `c${i}`, topic));
}
