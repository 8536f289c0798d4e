/**
 * The app's one reader of keys. Ink hands over stdin in chunks; the provider feeds them to the
 * hub (split into keypresses, applied one at a time) and components listen with `useKeypress`
 * instead of Ink's useInput, which would see a whole chunk as one input.
 */
import { useStdin, useStdout } from 'ink';
import { createContext, useContext, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createHub, type Hub, type Press } from './hub.js';
import { burstDrawer, renderNow } from './renderNow.js';

const KeypressContext = createContext<Hub | undefined>(undefined);

export function KeypressProvider({ children, intercept }: { children: ReactNode; intercept?: (press: Press) => boolean }) {
  const { internal_eventEmitter: emitter, setRawMode, isRawModeSupported } = useStdin();
  const { stdout } = useStdout();
  const interceptRef = useRef(intercept);
  interceptRef.current = intercept;
  const [hub] = useState(() => {
    const burst = burstDrawer(stdout);
    return createHub({ intercept: (p) => interceptRef.current?.(p) ?? false, run: renderNow, ...(burst ? { burst } : {}) });
  });
  useEffect(() => {
    if (!isRawModeSupported) return;
    setRawMode(true);
    emitter.on('input', hub.feed);
    return () => {
      emitter.off('input', hub.feed);
      setRawMode(false);
    };
  }, [emitter, setRawMode, isRawModeSupported, hub]);
  return <KeypressContext.Provider value={hub}>{children}</KeypressContext.Provider>;
}

function useHub(): Hub {
  const hub = useContext(KeypressContext);
  if (!hub) throw new Error('useKeypress needs a <KeypressProvider> above it');
  return hub;
}

/**
 * Calls `handle` for each keypress while `active`. Both are read when the key arrives (the
 * latest render's), and the listener is registered during commit, so a key that follows a
 * state change at once reaches the handler of the state it changed to.
 */
export function useKeypress(handle: (press: Press) => void, options: { active?: boolean } = {}): void {
  const hub = useHub();
  const latest = useRef({ handle, active: options.active ?? true });
  latest.current = { handle, active: options.active ?? true };
  useLayoutEffect(() => hub.listen({ handle: (p) => latest.current.handle(p), active: () => latest.current.active }), [hub]);
}

/** Rendered while a screen loads: keys typed meanwhile wait and then reach the loaded screen. */
export function HoldKeys({ children }: { children?: ReactNode }) {
  const hub = useHub();
  useLayoutEffect(() => hub.hold(), [hub]);
  return <>{children}</>;
}
