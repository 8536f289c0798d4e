/**
 * Keys are data. Every command a screen handles is named here with its matcher and
 * the label the footer shows; screens pass a map of command -> handler to `useKeys`,
 * and the footer is generated from that same map, so it can never list a key that
 * does nothing or hide one that works.
 */
import type { Key } from 'ink';

export interface Binding {
  /** What the footer and the help overlay show for the key(s). */
  keys: string;
  /** What the command does, in two or three words. */
  label: string;
  match: (input: string, key: Key) => boolean;
}

const ch = (...chars: string[]) => (input: string, key: Key) => !key.ctrl && !key.meta && chars.includes(input);

export const bindings = {
  up: { keys: '↑/k', label: 'up', match: (i, k) => k.upArrow || ch('k')(i, k) },
  down: { keys: '↓/j', label: 'down', match: (i, k) => k.downArrow || ch('j')(i, k) },
  arrowUp: { keys: '↑', label: 'up', match: (_i, k) => k.upArrow },
  arrowDown: { keys: '↓', label: 'down', match: (_i, k) => k.downArrow },
  pageUp: { keys: 'pgup/b', label: 'page up', match: (i, k) => k.pageUp || ch('b')(i, k) },
  pageDown: { keys: 'pgdn/f', label: 'page down', match: (i, k) => k.pageDown || ch('f')(i, k) },
  top: { keys: 'g', label: 'top', match: (i, k) => k.home || ch('g')(i, k) },
  bottom: { keys: 'G', label: 'bottom', match: (i, k) => k.end || ch('G')(i, k) },
  select: { keys: 'enter', label: 'open', match: (i, k) => k.return || i === '\n' },
  reveal: { keys: 'space/enter', label: 'show answer', match: (i, k) => k.return || i === '\n' || i === ' ' },
  next: { keys: 'n/→', label: 'next card', match: (i, k) => k.rightArrow || ch('n')(i, k) },
  prev: { keys: 'p/←', label: 'previous card', match: (i, k) => k.leftArrow || ch('p')(i, k) },
  search: { keys: '/', label: 'search', match: ch('/') },
  back: { keys: 'esc', label: 'back', match: (_i, k) => k.escape },
  help: { keys: '?', label: 'keys', match: ch('?') },
  quit: { keys: 'q', label: 'quit', match: ch('q') },
  yes: { keys: 'y', label: 'yes', match: ch('y', 'Y') },
  // every text field (see input/textField.ts)
  clearField: { keys: 'ctrl+u', label: 'clear', match: (i, k) => k.ctrl && i === 'u' },
  deleteWord: { keys: 'ctrl+w', label: 'delete word', match: (i, k) => (k.ctrl && i === 'w') || (k.meta && k.backspace) },
  no: { keys: 'n/esc', label: 'no', match: (i, k) => k.escape || ch('n', 'N')(i, k) },
  // simulator
  stepNext: { keys: 'n/→', label: 'next stage', match: (i, k) => k.rightArrow || ch('n')(i, k) },
  stepBack: { keys: '←', label: 'stage back', match: (_i, k) => k.leftArrow },
  runToEnd: { keys: 'r', label: 'run to end', match: ch('r') },
  learnMore: { keys: 'enter', label: 'learn more', match: (i, k) => k.return || i === '\n' },
  nextRequest: { keys: ']', label: 'next request', match: ch(']') },
  prevRequest: { keys: '[', label: 'previous request', match: ch('[') },
  sendAgain: { keys: 'a', label: 'send again', match: ch('a') },
  runToStop: { keys: 'R', label: 'next stopped request', match: ch('R') },
  clockSecond: { keys: '1', label: '+1s', match: ch('1') },
  clockMinute: { keys: '2', label: '+1m', match: ch('2') },
  clockHour: { keys: '3', label: '+1h', match: ch('3') },
  clockQuota: { keys: '4', label: 'next quota period', match: ch('4') },
  nextView: { keys: 'tab', label: 'next view', match: (_i, k) => k.tab && !k.shift },
  prevView: { keys: 'shift+tab', label: 'previous view', match: (_i, k) => k.tab && k.shift },
  predict: { keys: 'p', label: 'predict on/off', match: ch('p') },
  save: { keys: 's', label: 'save scenario', match: ch('s') },
  saveAs: { keys: 'enter', label: 'save', match: (i, k) => k.return || i === '\n' },
  valueNext: { keys: '→', label: 'change', match: (_i, k) => k.rightArrow },
  valuePrev: { keys: '←', label: 'change', match: (_i, k) => k.leftArrow },
  edit: { keys: 'enter', label: 'type a value', match: (i, k) => k.return || i === '\n' },
  commitEdit: { keys: 'enter', label: 'apply', match: (i, k) => k.return || i === '\n' },
  cancelEdit: { keys: 'esc', label: 'cancel', match: (_i, k) => k.escape },
  lockPrediction: { keys: 'enter', label: 'lock prediction', match: (i, k) => k.return || i === '\n' },
  runLoad: { keys: 'r', label: 'run load', match: ch('r') },
  loadPreset: { keys: 'enter', label: 'load preset', match: (i, k) => k.return || i === '\n' },
  editTemplate: { keys: 'enter', label: 'edit template', match: (i, k) => k.return || i === '\n' },
  // the built-in multi-line editor
  caretLeft: { keys: '←', label: 'left', match: (_i, k) => k.leftArrow },
  caretRight: { keys: '→', label: 'right', match: (_i, k) => k.rightArrow },
  newline: { keys: 'enter', label: 'new line', match: (i, k) => k.return || i === '\n' },
  joinLine: { keys: 'backspace', label: 'join lines', match: (_i, k) => k.backspace && !k.meta },
  saveText: { keys: 'ctrl+s', label: 'save', match: (i, k) => k.ctrl && i === 's' },
  cancelText: { keys: 'esc', label: 'cancel', match: (_i, k) => k.escape },
  focusDetail: { keys: 'd', label: 'scroll detail', match: ch('d') },
  blurDetail: { keys: 'd/esc', label: 'stages', match: (i, k) => k.escape || ch('d')(i, k) },
  // HTTP and WebSocket APIs
  wsConnect: { keys: 'c', label: 'connect', match: ch('c') },
  wsDisconnect: { keys: 'x', label: 'disconnect', match: ch('x') },
  wsSend: { keys: 'm', label: 'send message', match: ch('m') },
  wsPush: { keys: 'p', label: 'push (@connections)', match: ch('p') },
  wsClient: { keys: 'w', label: 'next client', match: ch('w') },
  clockTenMinutes: { keys: 't', label: '+10m', match: ch('t') },
  // quiz
  choiceA: { keys: 'a', label: 'choose', match: ch('a') },
  choiceB: { keys: 'b', label: 'choose', match: ch('b') },
  choiceC: { keys: 'c', label: 'choose', match: ch('c') },
  choiceD: { keys: 'd', label: 'choose', match: ch('d') },
  choiceE: { keys: 'e', label: 'choose', match: ch('e') },
  checkAnswer: { keys: 'enter', label: 'check answer', match: (i, k) => k.return || i === '\n' },
  proceed: { keys: 'enter', label: 'continue', match: (i, k) => k.return || i === '\n' },
  start: { keys: 'enter', label: 'start', match: (i, k) => k.return || i === '\n' },
  nextQuestion: { keys: 'n/→', label: 'next question', match: (i, k) => k.rightArrow || ch('n')(i, k) },
  prevQuestion: { keys: 'p/←', label: 'previous question', match: (i, k) => k.leftArrow || ch('p')(i, k) },
  flag: { keys: 'f', label: 'flag', match: ch('f') },
  list: { keys: 'l', label: 'question list', match: ch('l') },
  submit: { keys: 's', label: 'submit', match: ch('s') },
  toggle: { keys: 'space', label: 'toggle', match: (i) => i === ' ' },
  decrease: { keys: '←/h', label: 'less', match: (i, k) => k.leftArrow || ch('h')(i, k) },
  increase: { keys: '→/l', label: 'more', match: (i, k) => k.rightArrow || ch('l')(i, k) },
  retake: { keys: 'r', label: 'retake missed', match: ch('r') },
  endQuiz: { keys: 'x', label: 'end quiz', match: ch('x') },
  openSim: { keys: 'o', label: 'open in simulator', match: ch('o') },
  // progress
  studyNow: { keys: 'enter', label: 'study', match: (i, k) => k.return || i === '\n' },
  optimize: { keys: 'o', label: 'optimize FSRS', match: ch('o') },
  studyTopic: { keys: 'enter', label: 'study this topic', match: (i, k) => k.return || i === '\n' },
  interview: { keys: 'i', label: 'interview prep', match: ch('i') },
  interviewDate: { keys: 'd', label: 'interview date', match: ch('d') },
  usualSession: { keys: 'i', label: 'usual session', match: ch('i') },
  chooseAction: { keys: 'enter', label: 'choose', match: (i, k) => k.return || i === '\n' },
  exportHere: { keys: 'enter', label: 'export', match: (i, k) => k.return || i === '\n' },
  importThis: { keys: 'enter', label: 'import', match: (i, k) => k.return || i === '\n' },
  // flashcards
  rate1: { keys: '1', label: 'again', match: ch('1') },
  rate2: { keys: '2', label: 'hard', match: ch('2') },
  rate3: { keys: '3', label: 'good', match: ch('3') },
  rate4: { keys: '4', label: 'easy', match: ch('4') },
  undo: { keys: 'u', label: 'undo', match: ch('u') },
  filterMenu: { keys: 'f', label: 'filter', match: ch('f') },
  cram: { keys: 'c', label: 'cram on/off', match: ch('c') },
  leechList: { keys: 'l', label: 'leeches', match: ch('l') },
  studySettings: { keys: 's', label: 'settings', match: ch('s') },
  unmarkLeech: { keys: 'x', label: 'unmark leech', match: ch('x') },
} satisfies Record<string, Binding>;

export type CommandName = keyof typeof bindings;
export type Handlers = Partial<Record<CommandName, () => void>>;

/** Runs the first handler whose binding matches; returns whether one did. */
export function dispatch(handlers: Handlers, input: string, key: Key): boolean {
  for (const name of Object.keys(handlers) as CommandName[]) {
    if (bindings[name].match(input, key)) {
      handlers[name]!();
      return true;
    }
  }
  return false;
}

/** Pairs shown as one hint when a screen handles both (the footer has 80 columns). */
const PAIRS: Array<[CommandName, CommandName, string, string]> = [
  ['up', 'down', '↑↓/kj', 'move'],
  ['arrowUp', 'arrowDown', '↑↓', 'move'],
  ['pageUp', 'pageDown', 'pgup/pgdn', 'page'],
  ['top', 'bottom', 'g/G', 'top/end'],
  ['next', 'prev', 'n/p', 'next/prev card'],
  ['stepNext', 'stepBack', 'n/→ ←', 'step'],
  ['nextRequest', 'prevRequest', '[ ]', 'request'],
  ['clockSecond', 'clockMinute', '1/2', '+1s/+1m'],
  ['clockHour', 'clockQuota', '3/4', '+1h/next quota'],
  ['nextView', 'prevView', 'tab/⇧tab', 'view'],
  ['valueNext', 'valuePrev', '←→', 'change'],
  ['caretLeft', 'caretRight', '←→', 'move'],
  ['nextQuestion', 'prevQuestion', 'n/p', 'next/prev question'],
  ['decrease', 'increase', '←→/hl', 'change'],
];

/** Runs of commands shown as one hint ("a/b/c/d choose"): the keys of those present, one label. */
const GROUPS: Array<[CommandName[], string]> = [
  [['choiceA', 'choiceB', 'choiceC', 'choiceD', 'choiceE'], 'choose'],
  [['rate1', 'rate2', 'rate3', 'rate4'], 'rate'],
];

/** The hints for a set of handlers, in the order given, pairs folded into one. */
export function hintsFor(handlers: Handlers): Array<{ keys: string; label: string }> {
  const names = Object.keys(handlers) as CommandName[];
  const out: Array<{ keys: string; label: string }> = [];
  const done = new Set<CommandName>();
  for (const name of names) {
    if (done.has(name)) continue;
    const group = GROUPS.find(([members]) => members.includes(name));
    if (group) {
      const present = group[0].filter((n) => n in handlers);
      present.forEach((n) => done.add(n));
      out.push({ keys: present.map((n) => bindings[n].keys).join('/'), label: group[1] });
      continue;
    }
    const pair = PAIRS.find(([a, b]) => (a === name || b === name) && a in handlers && b in handlers);
    if (pair) {
      done.add(pair[0]).add(pair[1]);
      out.push({ keys: pair[2], label: pair[3] });
    } else {
      done.add(name);
      out.push({ keys: bindings[name].keys, label: bindings[name].label });
    }
  }
  return out;
}
