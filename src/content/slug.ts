/** Card ids are `<deck>#<slug of title>`; the slug ignores the `N.` numbering so renumbering keeps ids. */
import { sanitize } from './sanitize.js';

export function stripNumbering(title: string): string {
  return title.replace(/^\s*\d+\s*[.)]\s*/, '').trim();
}

export function slugify(title: string): string {
  const slug = stripNumbering(title)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return (slug.slice(0, 100).replace(/-+$/, '') || 'untitled');
}

export function deckIdFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  // A file name may carry escape sequences too; the id is shown and stored, so it is cleaned.
  return sanitize(base.replace(/\.md$/i, ''));
}
