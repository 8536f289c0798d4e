/** Progress, in tabs that each fit 80x24: Overview (today, states, true retention, leeches, the
 * interview date), Topics (mastery weakest first; enter studies one), Forecast (30 days), Calendar
 * (six months), Quizzes & simulator, and Data (export, import). */
import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { Frame } from '../components/Frame.js';
import { useAppContext } from '../context.js';
import { useListCursor } from '../hooks/useListCursor.js';
import { useProgress } from '../hooks/useProgress.js';
import { useScreenKeys } from '../hooks/useScreenKeys.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import type { Handlers } from '../keys.js';
import { figures, FIGURE_NAMES } from './progress/figures.js';
import { Calendar, Forecast } from './progress/Charts.js';
import { Overview } from './progress/Overview.js';
import { Practice } from './progress/Practice.js';
import { Topics } from './progress/Topics.js';
import { Optimize, type OptimizeState } from './progress/Optimize.js';
import { InterviewDate } from './progress/InterviewDate.js';
import { DATA_ACTIONS, DataPath, DataTab } from './progress/Data.js';
import type { DataAction, DataOutcome } from '../../progress/dataActions.js';

export const PROGRESS_TABS = ['Overview', 'Topics', 'Forecast', 'Calendar', 'Quizzes & simulator', 'Data'] as const;
const DATA_TAB = PROGRESS_TABS.indexOf('Data');

export function Progress() {
  const { app, library, clock, noColor, progress } = useAppContext();
  const back = useStore(app, (s) => s.back);
  const go = useStore(app, (s) => s.go);
  const { status, error, store, revision } = useProgress();
  const touch = useStore(progress, (s) => s.touch);
  const [opt, setOpt] = useState<OptimizeState | null>(null);
  /** A panel of its own over the tabs: the interview date field, or the path of a Data action. */
  const [panel, setPanel] = useState<'date' | DataAction | null>(null);
  /** The last export or import: what it did, or why not (shown on the Data tab). */
  const [outcome, setOutcome] = useState<DataOutcome | null>(null);
  /** What the last action did ("Saved: interview on ..."), under the tabs. */
  const [said, setSaid] = useState<string | null>(null);
  const { columns, rows } = useTerminalSize();
  const tab = useListCursor(PROGRESS_TABS.length, PROGRESS_TABS.length, 0, 'progress:tab');
  const now = clock();
  // title, gap, tab bar, gap, two footer lines (and the line saying what was done)
  const height = Math.max(4, rows - 6 - (said ? 1 : 0));
  const minute = Math.floor(now.getTime() / 60_000);
  // figures as of now (a review made this minute counts), recomputed once the store changes or the minute turns
  const fig = store ? figures(store, `${revision}:${minute}:${library.cards.length}`, library.cards, store.data, now) : null;
  const topics = fig && tab.index === 1 ? fig('topics') : [];
  // the other tabs' figures, computed right after this frame so that switching to them is instant
  useEffect(() => {
    if (!fig) return;
    const t = setTimeout(() => FIGURE_NAMES.forEach((n) => fig(n)), 0);
    return () => clearTimeout(t);
  }, [fig]);
  const cursor = useListCursor(topics.length, Math.max(1, height - 4), 0, 'progress:topics');
  const data = useListCursor(DATA_ACTIONS.length, DATA_ACTIONS.length, 0, 'progress:data');
  const handlers: Handlers = {
    nextView: () => tab.set((tab.index + 1) % PROGRESS_TABS.length),
    prevView: () => tab.set((tab.index + PROGRESS_TABS.length - 1) % PROGRESS_TABS.length),
  };
  const topic = topics[cursor.index];
  const proposal = opt?.phase === 'result' && opt.result.ok ? opt.result.proposal : null;
  if (opt) {
    // the optimizer's panel: y/n on a proposal, esc back to the tabs
    for (const k of Object.keys(handlers)) delete handlers[k as keyof Handlers];
    if (proposal && store) {
      handlers.yes = () => {
        store.setSettings({ fsrsParameters: proposal.fitted.parameters });
        touch();
        setOpt({ phase: 'saved' });
      };
      handlers.no = () => setOpt({ phase: 'kept' });
    }
  } else if (store && tab.index === 1 && topic) {
    Object.assign(handlers, cursor.keys);
    handlers.studyTopic = () => go({ name: 'study', topic: topic.topic });
  } else if (store && tab.index === DATA_TAB) {
    Object.assign(handlers, data.keys);
    handlers.chooseAction = () => setPanel(DATA_ACTIONS[data.index]!.action);
  } else if (store) handlers.studyNow = () => go({ name: 'study' });
  if (store && !opt) {
    const interview = fig?.('interview');
    handlers.interview = () => (interview && interview.days >= 0 ? go({ name: 'study', interview: true }) : setPanel('date'));
    handlers.interviewDate = () => setPanel('date');
    handlers.optimize = () => {
      setOpt({ phase: 'running', reviews: store.data.reviews.length });
      void import('../../study/optimize.js')
        .then((m) => m.optimize(store.data.reviews, store.data.settings.fsrsParameters))
        .then((result) => setOpt({ phase: 'result', result }));
    };
  }
  handlers.back = opt && opt.phase !== 'running' ? () => setOpt(null) : back;
  const keys = useScreenKeys(handlers, { active: panel === null });
  const name = PROGRESS_TABS[tab.index]!;
  const closePanel = (message: string | null) => {
    setPanel(null);
    setSaid(message);
  };
  if (panel === 'date' && store) return <InterviewDate store={store} onDone={closePanel} />;
  if (panel && panel !== 'date' && store) {
    const done = (o: DataOutcome | null) => {
      setPanel(null);
      if (o) setOutcome(o);
      touch(); // an imported backup changed the store
    };
    return <DataPath action={panel} store={store} onDone={done} />;
  }
  return (
    <Frame title="Progress" keys={keys}>
      <Text wrap="truncate-end">
        {PROGRESS_TABS.map((t) => (
          <Text key={t} bold={t === name} inverse={t === name && !noColor}>
            {t === name && noColor ? `[${t}]` : ` ${t} `}
          </Text>
        ))}
      </Text>
      <Box flexDirection="column" marginTop={1} height={height} overflowY="hidden">
        {status === 'error' ? (
          <>
            <Text bold>Progress cannot be saved or read.</Text>
            <Text>{error}</Text>
          </>
        ) : !store || !fig ? (
          <Text>Loading your progress…</Text>
        ) : opt ? (
          <Optimize state={opt} />
        ) : name === 'Overview' ? (
          <Overview fig={fig} data={store.data} width={columns - 2} />
        ) : name === 'Topics' ? (
          <Topics topics={topics} index={cursor.index} height={height} width={columns - 2} />
        ) : name === 'Forecast' ? (
          <Forecast fig={fig} height={height} />
        ) : name === 'Calendar' ? (
          <Calendar fig={fig} />
        ) : name === 'Data' ? (
          <DataTab index={data.index} outcome={outcome} width={columns - 2} />
        ) : (
          <Practice data={store.data} />
        )}
      </Box>
      {said ? <Text wrap="truncate-end">{said}</Text> : null}
    </Frame>
  );
}
