/** One input handler per screen: its own commands plus the global ones (? keys, q quit). */
import { useStore } from 'zustand';
import { dispatch, type Handlers } from '../keys.js';
import { useAppContext } from '../context.js';
import { useKeypress } from '../input/KeypressContext.js';
import { deleteWord, editText, pasteText, type TextField } from '../input/textField.js';
import { tooSmall, useTerminalSize } from './useTerminalSize.js';

export interface ScreenKeyOptions {
  /** False while a text field has focus, so q and ? can be typed. */
  globals?: boolean;
  active?: boolean;
  /** The focused text field: keys no command matched edit it, and a paste goes into it. */
  field?: TextField;
  /** Where a paste goes instead of the field's one line (a multi-line editor keeps its line breaks). */
  paste?: (text: string) => void;
}

export interface ScreenKeys {
  /** The handlers in effect now: the footer lists exactly these. */
  active: Handlers;
  /** The screen's full set with the globals, for the help overlay. */
  all: Handlers;
}

/** Handles the screen's keys; hand the result to <Frame keys=...>. */
export function useScreenKeys(handlers: Handlers, options: ScreenKeyOptions = {}): ScreenKeys {
  const { app } = useAppContext();
  const helpOpen = useStore(app, (s) => s.helpOpen);
  const confirming = useStore(app, (s) => s.confirmingQuit);
  const toggleHelp = useStore(app, (s) => s.toggleHelp);
  const requestQuit = useStore(app, (s) => s.requestQuit);
  const { columns, rows } = useTerminalSize();
  const hidden = tooSmall(columns, rows);
  const globals = options.globals !== false;
  const field = options.field;
  const fieldKeys: Handlers = field ? { clearField: () => field.write(''), deleteWord: () => field.write(deleteWord(field.read())) } : {};
  const all: Handlers = { ...handlers, ...fieldKeys, ...(globals ? { help: toggleHelp, quit: requestQuit } : {}) };
  const effective: Handlers = helpOpen ? { back: toggleHelp, help: toggleHelp, quit: requestQuit } : all;
  // Each keypress reaches the handlers of the latest render: the one before it has already
  // been rendered (see input/hub.ts), so `jjj` moves three rows, never one.
  useKeypress(
    (press) => {
      if (press.paste !== undefined) {
        // a paste is text: into the field, or nowhere (never a burst of commands)
        if (helpOpen) return;
        if (options.paste) options.paste(press.paste);
        else if (field) field.write(pasteText(field.read(), press.paste));
        return;
      }
      if (dispatch(effective, press.input, press.key) || !field || helpOpen) return;
      const next = editText(field.read(), press.input, press.key);
      if (next !== undefined) field.write(next);
    },
    { active: (options.active ?? true) && !confirming && !hidden },
  );
  return { active: effective, all };
}
