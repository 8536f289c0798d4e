/** The study screen: a session over a deck/topic filter (or all cards), in study or cram mode.
 * Its parts: the cards, the filter chooser, the leech list and the settings. */
import { Text } from 'ink';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { Frame } from '../../components/Frame.js';
import { useAppContext } from '../../context.js';
import { useProgress } from '../../hooks/useProgress.js';
import { useScreenKeys } from '../../hooks/useScreenKeys.js';
import { createStudySession } from '../../../state/studySession.js';
import type { StudyProps } from './filters.js';
import { FilterChooser } from './FilterChooser.js';
import { LeechList } from './LeechList.js';
import { StudyCards } from './StudyCards.js';
import { StudySettings } from './StudySettings.js';

export function Study(props: StudyProps) {
  const { progress, clock } = useAppContext();
  const cram = props.cram === true;
  const [session] = useState(() => createStudySession({ progress, clock, cram }));
  const view = useStore(session, (s) => s.view);
  const { status, error } = useProgress();
  const refresh = useStore(progress, (s) => s.refresh);
  // a new session starts from what is on disk (another gateprep may have studied meanwhile)
  useEffect(() => {
    if (status === 'ready') refresh();
  }, [status, refresh]);
  if (status !== 'ready') return <NotReady error={status === 'error' ? error : null} />;
  switch (view) {
    case 'cards':
      return <StudyCards {...props} session={session} />;
    case 'filter':
      return <FilterChooser {...props} session={session} />;
    case 'leeches':
      return <LeechList onBack={() => session.getState().setView('cards')} />;
    case 'settings':
      return <StudySettings onBack={() => session.getState().setView('cards')} />;
  }
}

function NotReady({ error }: { error: string | null }) {
  const { app } = useAppContext();
  const back = useStore(app, (s) => s.back);
  const keys = useScreenKeys({ back });
  return (
    <Frame title="Study" keys={keys}>
      {error ? (
        <>
          <Text bold>Progress cannot be saved, so studying is not available.</Text>
          <Text>{error}</Text>
        </>
      ) : (
        <Text>Loading your progress…</Text>
      )}
    </Frame>
  );
}
