/** The bytes a terminal sends for the keys tests press (shared by screen and pty tests). */
export const KEY = {
  enter: '\r',
  esc: '\u001b',
  up: '\u001b[A',
  down: '\u001b[B',
  right: '\u001b[C',
  left: '\u001b[D',
  backspace: '\u007f',
  tab: '\t',
  space: ' ',
  'ctrl-c': '\u0003',
  'ctrl-u': '\u0015',
} as const;
