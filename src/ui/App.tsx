/** The screen router: a switch on the screen held in the app store, plus the size gate and quit dialog. */
import { Box, Text } from 'ink';
import { Suspense, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useAppContext } from './context.js';
import { bindings } from './keys.js';
import { HoldKeys, useKeypress } from './input/KeypressContext.js';
import { MIN_COLUMNS, MIN_ROWS, tooSmall, useTerminalSize } from './hooks/useTerminalSize.js';
import { Home } from './screens/Home.js';
import { Library } from './screens/Library.js';
import { Topic } from './screens/Topic.js';
import { CardView } from './screens/CardView.js';
import { Search } from './screens/Search.js';
import { ApiTypes, Progress, Quiz, Simulator, Study } from './lazyScreens.js';

/** Longer than a frame at maxFps 120, so the blank frame is written before the whole one. */
const REDRAW_GAP_MS = 30;

export function App() {
  const { columns, rows } = useTerminalSize();
  const small = tooSmall(columns, rows);
  const { app } = useAppContext();
  const confirming = useStore(app, (s) => s.confirmingQuit);
  const redrawing = useStore(app, (s) => s.redrawing);
  // After fg: the blank frame is committed now; the whole one follows a frame later (longer than a
  // frame at maxFps 120), counted from this commit so a busy machine cannot merge the two.
  useEffect(() => {
    if (!redrawing) return;
    const t = setTimeout(() => app.setState({ redrawing: false }), REDRAW_GAP_MS);
    return () => clearTimeout(t);
  }, [redrawing, app]);
  // The screen stays mounted (hidden) while the window is too small or the quit dialog asks:
  // unmounting it would lose its place (a revealed answer, the study session, a list cursor).
  return (
    <Box display={redrawing ? 'none' : 'flex'} flexDirection="column">
      {small ? <TooSmall columns={columns} rows={rows} /> : null}
      <Box display={small || confirming ? 'none' : 'flex'} flexDirection="column">
        <Suspense
          fallback={
            <HoldKeys>
              <Text>Loading…</Text>
            </HoldKeys>
          }
        >
          <CurrentScreen />
        </Suspense>
      </Box>
      <QuitDialog />
    </Box>
  );
}

/**
 * Shown instead of the app below 80x24. It also keeps an input listener: with none,
 * Ink releases stdin and Node, having nothing left to wait for, would simply exit.
 */
function TooSmall({ columns, rows }: { columns: number; rows: number }) {
  const { app } = useAppContext();
  const requestQuit = useStore(app, (s) => s.requestQuit);
  const [ignored, setIgnored] = useState(0);
  useKeypress(({ input, key }) => {
    if (bindings.quit.match(input, key)) requestQuit();
    else setIgnored((n) => n + 1);
  });
  return (
    <Box flexDirection="column">
      <Text>
        gateprep needs a window of at least {MIN_COLUMNS}x{MIN_ROWS}; this one is {columns}x{rows}. Please enlarge it (q quits).
      </Text>
      {ignored > 0 ? (
        <Text dimColor>
          {ignored} key{ignored === 1 ? '' : 's'} ignored: the screen under this takes keys again once the window is large enough.
        </Text>
      ) : null}
    </Box>
  );
}

function CurrentScreen() {
  const { app } = useAppContext();
  const screen = useStore(app, (s) => s.screen);
  switch (screen.name) {
    case 'home':
      return <Home />;
    case 'library':
      return <Library />;
    case 'topic':
      return <Topic topic={screen.topic} />;
    case 'card':
      return <CardView key={`${screen.ids[screen.index]}`} ids={screen.ids} index={screen.index} />;
    case 'search':
      return <Search />;
    case 'sim':
      return <Simulator scenario={screen.scenario} scenarioJson={screen.scenarioJson} notice={screen.notice} importDefaults={screen.importDefaults} />;
    case 'quiz':
      return <Quiz />;
    case 'study':
      // a new filter or mode starts a fresh session
      return (
        <Study
          key={`${screen.deck ?? ''}|${screen.topic ?? ''}|${screen.cram ? 'cram' : ''}|${screen.interview ? 'interview' : ''}`}
          deck={screen.deck}
          topic={screen.topic}
          cram={screen.cram}
          interview={screen.interview}
        />
      );
    case 'progress':
      return <Progress />;
    case 'apis':
      return <ApiTypes preset={screen.preset} scenarioJson={screen.scenarioJson} />;
  }
}

function QuitDialog() {
  const { app } = useAppContext();
  const confirming = useStore(app, (s) => s.confirmingQuit);
  const atStake = useStore(app, (s) => s.atStake);
  const confirmQuit = useStore(app, (s) => s.confirmQuit);
  useKeypress(
    ({ input, key }) => {
      if (bindings.yes.match(input, key)) confirmQuit(true);
      else if (bindings.no.match(input, key)) confirmQuit(false);
    },
    { active: confirming },
  );
  if (!confirming) return null;
  return (
    <Box borderStyle="round" paddingX={1} flexDirection="column">
      <Text bold>Quit gateprep?</Text>
      {atStake.map((line) => (
        <Text key={line}>{line}</Text>
      ))}
      <Text dimColor>ctrl+c again also quits.</Text>
      <Text>
        <Text bold>y</Text> quit · <Text bold>n/esc</Text> stay
      </Text>
    </Box>
  );
}
