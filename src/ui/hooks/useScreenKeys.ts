/** One input handler per screen: its own commands plus the global ones (? keys, q quit). */
import { useInput, useStdin } from 'ink';
import { useRef } from 'react';
import { useStore } from 'zustand';
import { dispatch, type Handlers } from '../keys.js';
import { useAppContext } from '../context.js';
import { tooSmall, useTerminalSize } from './useTerminalSize.js';

export interface ScreenKeyOptions {
  /** False while a text field has focus, so q and ? can be typed. */
  globals?: boolean;
  active?: boolean;
  /** Receives keys no command matched (text entry). */
  onOther?: (input: string, key: Parameters<Parameters<typeof useInput>[0]>[1]) => void;
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
  const { isRawModeSupported } = useStdin();
  const helpOpen = useStore(app, (s) => s.helpOpen);
  const confirming = useStore(app, (s) => s.confirmingQuit);
  const toggleHelp = useStore(app, (s) => s.toggleHelp);
  const requestQuit = useStore(app, (s) => s.requestQuit);
  const { columns, rows } = useTerminalSize();
  const hidden = tooSmall(columns, rows);
  const globals = options.globals !== false;
  const all: Handlers = { ...handlers, ...(globals ? { help: toggleHelp, quit: requestQuit } : {}) };
  const effective: Handlers = helpOpen ? { back: toggleHelp, help: toggleHelp, quit: requestQuit } : all;
  // The latest handlers, read when a key arrives: Ink re-subscribes useInput only after a
  // render's effects run, so a key that follows a frame quickly would otherwise reach the
  // previous render's handlers (Enter opening the item that was highlighted before).
  const latest = useRef({ effective, helpOpen, hidden, onOther: options.onOther });
  latest.current = { effective, helpOpen, hidden, onOther: options.onOther };
  useInput(
    (input, key) => {
      const now = latest.current;
      // a key can arrive after the window shrank but before Ink detaches this listener
      if (now.hidden) return;
      if (!dispatch(now.effective, input, key) && !now.helpOpen) now.onOther?.(input, key);
    },
    { isActive: (options.active ?? true) && !confirming && !hidden && Boolean(isRawModeSupported) },
  );
  return { active: effective, all };
}
