/**
 * The screens that bring the simulator engine, zod, the quiz builder or the scheduler with
 * them load when first opened, not before the first frame (their code is about half the
 * bundle). `preloadScreens()` loads them all (tests call it so a screen never suspends).
 */
import { use, type ComponentType } from 'react';

interface LazyScreen<P> {
  (props: P): React.ReactNode;
  preload: () => Promise<void>;
}

function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let Loaded: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  const preload = () =>
    (loading ??= load().then((c) => {
      Loaded = c;
    }));
  const Screen = (props: P) => {
    if (!Loaded) use(preload()); // suspends until loaded; <Suspense> in App shows a line meanwhile
    const C = Loaded!;
    return <C {...props} />;
  };
  return Object.assign(Screen, { preload });
}

export const Simulator = lazyScreen(() => import('./screens/Simulator.js').then((m) => m.Simulator));
export const Quiz = lazyScreen(() => import('./screens/Quiz.js').then((m) => m.Quiz));
export const Study = lazyScreen(() => import('./screens/study/Study.js').then((m) => m.Study));
export const ApiTypes = lazyScreen(() => import('./screens/ApiTypes.js').then((m) => m.ApiTypes));
export const Progress = lazyScreen(() => import('./screens/Progress.js').then((m) => m.Progress));

export function preloadScreens(): Promise<unknown> {
  return Promise.all([Simulator.preload(), Quiz.preload(), Study.preload(), Progress.preload(), ApiTypes.preload()]);
}
