/** The cards of a session: question first, space reveals, 1-4 rate (each showing its interval),
 * u undoes; then "done for today" with when the next card is due. */
import { Box, Text } from 'ink';
import type { StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { Frame } from '../../components/Frame.js';
import { Lines } from '../../components/Lines.js';
import { useAppContext } from '../../context.js';
import { useProgress } from '../../hooks/useProgress.js';
import { useScreenKeys } from '../../hooks/useScreenKeys.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';
import { cardLines } from '../../cardLines.js';
import type { Handlers } from '../../keys.js';
import { buildQueue, type QueueItem } from '../../../study/flashcards.js';
import { daysUntil, interviewQueue } from '../../../study/interview.js';
import type { StudySessionState } from '../../../state/studySession.js';
import type { GradeNum } from '../../../progress/schema.js';
import { sameIntervals } from '../../../study/interval.js';
import { filterLabel, filterOf, pickFilter, type StudyProps } from './filters.js';
import { Buttons, CardHeader, DoneForToday, InterviewDone } from './StudyParts.js';

export function StudyCards(props: StudyProps & { session: StoreApi<StudySessionState> }) {
  const { session } = props;
  const cram = props.cram === true;
  const { app, library, clock } = useAppContext();
  const back = useStore(app, (s) => s.back);
  const replace = useStore(app, (s) => s.replace);
  const hasNotice = useStore(app, (s) => s.notices.length > 0);
  const { store, scheduler } = useProgress();
  const seen = useStore(session, (s) => s.seen);
  const pinned = useStore(session, (s) => s.pinned);
  const again = useStore(session, (s) => s.again);
  const revealedId = useStore(session, (s) => s.revealed);
  const offset = useStore(session, (s) => s.offset);
  const message = useStore(session, (s) => s.message);
  const canUndo = useStore(session, (s) => s.answered.length > 0);
  const { columns, rows } = useTerminalSize();
  const now = clock();
  const date = store!.data.settings.interviewDate;
  const day = date && daysUntil(date, now) >= 0 ? date : null;
  const interview = props.interview === true && !cram && day !== null ? interviewQueue({ cards: library.cards, progress: store!.data, now, day, filter: filterOf(props) }) : null;
  const queue = interview ?? buildQueue({ cards: library.cards, progress: store!.data, now, filter: filterOf(props), mode: cram ? 'cram' : 'study', skip: seen });
  const items = pinFirst(cram ? againLast(queue.items, again) : queue.items, pinned);
  const head = items[0];
  const revealed = head !== undefined && revealedId === head.card.id;
  const outcomes = head && scheduler && !cram ? scheduler.outcomes(head.card.id, head.state, now) : null;
  const same = revealed && outcomes ? sameIntervals(outcomes) : null;
  const width = columns - 2;
  const lines = head ? cardLines(head.card, width, revealed) : [];
  // title, gap, card header, more-line, buttons (and why two match), message, two footer lines (and a notice)
  const height = Math.max(3, rows - 9 - (hasNotice ? 1 : 0) - (same ? 1 : 0));
  const maxOffset = Math.max(0, lines.length - height);
  const { reveal, rate, undo, scroll, setView } = session.getState();

  const handlers: Handlers = {};
  if (head && !revealed) handlers.reveal = () => reveal(head.card.id);
  if (head && revealed) {
    const rateWith = (g: GradeNum) => () => rate(head, g);
    Object.assign(handlers, { rate1: rateWith(1), rate2: rateWith(2), rate3: rateWith(3), rate4: rateWith(4) });
  }
  if (maxOffset > 0 && head) Object.assign(handlers, { up: () => scroll(-1, maxOffset, head.card.id), down: () => scroll(1, maxOffset, head.card.id) });
  if (canUndo) handlers.undo = undo;
  handlers.filterMenu = () => setView('filter');
  handlers.cram = () => replace({ name: 'study', ...pickFilter(props), cram: !cram });
  if (interview) handlers.usualSession = () => replace({ name: 'study', ...pickFilter(props) });
  else if (day !== null) handlers.interview = () => replace({ name: 'study', ...pickFilter(props), interview: true });
  handlers.leechList = () => setView('leeches');
  handlers.studySettings = () => setView('settings');
  handlers.back = back;
  const keys = useScreenKeys(handlers);

  const title = `${cram ? 'Cram' : interview ? `Interview ${day}` : 'Study'} · ${filterLabel(props)}`;
  // counted from the cards this session shows, so the header agrees with the card on screen
  const count = (k: QueueItem['kind']) => items.filter((i) => i.kind === k).length;
  const status = cram ? `CRAM · ${items.length} left · schedules unchanged` : `new ${count('new')} · learning ${count('learning')} · review ${count('review')}`;
  const more = lines.length - offset - height;
  return (
    <Frame title={title} keys={keys} status={status} help={RATING_HELP}>
      {head ? (
        <Box flexDirection="column" paddingX={1}>
          <CardHeader item={head} leech={store!.data.leeches[head.card.id]?.lapses ?? null} {...(interview ? { now } : {})} />
          <Box height={height} flexDirection="column">
            <Lines lines={lines.slice(offset, offset + height)} />
          </Box>
          <Text dimColor>{more > 0 ? `↓ ${more} more line${more === 1 ? '' : 's'}` : ' '}</Text>
          <Buttons revealed={revealed} outcomes={outcomes} />
          {same ? <Text dimColor wrap="truncate-end">{same}</Text> : null}
        </Box>
      ) : (
        interview ? <InterviewDone queue={interview} day={day!} now={now} /> : <DoneForToday queue={queue} now={now} cram={cram} seen={seen.size} />
      )}
      {message ? <Text wrap="truncate-end">{message}</Text> : null}
    </Frame>
  );
}

const RATING_HELP = [
  'Once the answer shows, rate how well you recalled it:',
  '1 Again  you forgot: the card comes back in minutes (a lapse)',
  '2 Hard   you recalled it with real effort: a shorter wait than Good',
  '3 Good   you recalled it: the normal wait for your desired retention',
  '4 Easy   it was effortless: a longer wait',
  'Each button shows the wait it sets; that wait is what is saved.',
];

/** Cram: cards rated Again come after the others, in the order they were rated. */
function againLast(items: QueueItem[], again: readonly string[]): QueueItem[] {
  if (again.length === 0) return items;
  const rest = items.filter((i) => !again.includes(i.card.id));
  const back = again.map((id) => items.find((i) => i.card.id === id)).filter((i): i is QueueItem => i !== undefined);
  return [...rest, ...back];
}

/** The card on screen (or brought back by undo) comes first. */
function pinFirst(items: QueueItem[], pinned: string | null): QueueItem[] {
  const i = pinned ? items.findIndex((it) => it.card.id === pinned) : -1;
  return i <= 0 ? items : [items[i]!, ...items.slice(0, i), ...items.slice(i + 1)];
}
