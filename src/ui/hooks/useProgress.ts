/** The progress store for a screen: opens it if the runner has not yet, and re-renders on every
 * change (the revision). `data` is read from the store at render time, never copied. */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useAppContext } from '../context.js';

export function useProgress() {
  const { progress } = useAppContext();
  const status = useStore(progress, (s) => s.status);
  const error = useStore(progress, (s) => s.error);
  const store = useStore(progress, (s) => s.store);
  const scheduler = useStore(progress, (s) => s.scheduler);
  const revision = useStore(progress, (s) => s.revision);
  const open = useStore(progress, (s) => s.open);
  useEffect(() => {
    if (status === 'idle') void open();
  }, [status, open]);
  return { status, error, store, scheduler, revision };
}
