/** Search: results update on every key, matched words highlighted; enter opens a card, esc goes back.
 * The index is built when the screen first opens; what is typed meanwhile is kept and searched. */
import { Box, Text } from 'ink';
import { useEffect, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { Frame } from '../components/Frame.js';
import { Lines } from '../components/Lines.js';
import { clampIndex } from '../components/SelectList.js';
import { useAppContext } from '../context.js';
import { useScreenKeys } from '../hooks/useScreenKeys.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { markWords, wrap } from '../markdown.js';
import { stem } from '../../content/words.js';

const MAX_RESULTS = 50;

export function Search() {
  const { app, searchIndex, noColor } = useAppContext();
  const { query, index } = useStore(app, (s) => s.search);
  const setSearch = useStore(app, (s) => s.setSearch);
  const go = useStore(app, (s) => s.go);
  const back = useStore(app, (s) => s.back);
  const { columns, rows } = useTerminalSize();
  const { index: built, error } = useSyncExternalStore(searchIndex.subscribe, searchIndex.get);
  useEffect(() => void searchIndex.load(), [searchIndex]);
  const hits = built && query.trim() ? built.search(query, MAX_RESULTS) : [];
  const preparing = !built && !error;
  const selected = clampIndex(index, hits.length);
  const height = Math.max(1, Math.floor((rows - 8) / 2));
  // the footer lists moving and opening only when there is a result to move to or open
  const keys = useScreenKeys(
    {
      ...(hits.length > 0
        ? {
            arrowUp: () => setSearch({ index: clampIndex(selected - 1, hits.length) }),
            arrowDown: () => setSearch({ index: clampIndex(selected + 1, hits.length) }),
            select: () => go({ name: 'card', ids: hits.map((h) => h.card.id), index: selected }),
          }
        : {}),
      // leaving search starts the next one afresh; opening a card and coming back keeps the query
      back: () => {
        setSearch({ query: '', index: 0 });
        back();
      },
    },
    {
      globals: false,
      field: { read: () => app.getState().search.query, write: (text) => setSearch({ query: text, index: 0 }) },
    },
  );
  const start = Math.min(Math.max(0, selected - Math.floor(height / 2)), Math.max(0, hits.length - height));
  return (
    <Frame title="Search" keys={keys} status={built && query.trim() ? `${hits.length}${hits.length === MAX_RESULTS ? '+' : ''} results` : ''}>
      <Box borderStyle="single" paddingX={1}>
        <Text>
          <Text dimColor>/ </Text>
          {query}
          <Text inverse={!noColor}>{noColor ? '_' : ' '}</Text>
        </Text>
      </Box>
      {!query.trim() ? <Text dimColor>Type words from a question, a tag or an answer. Small typos are fine.</Text> : null}
      {error ? <Text>{error}</Text> : null}
      {preparing && query.trim() ? <Text dimColor>Preparing the search index…</Text> : null}
      {built && query.trim() && hits.length === 0 ? <Text>No card matches "{query}".</Text> : null}
      {hits.slice(start, start + height).map((h, i) => {
        const isSel = start + i === selected;
        const stems = new Set(h.stems);
        const title = markWords([{ text: h.card.title, bold: isSel }], (w) => stems.has(stem(w.toLowerCase())));
        // one line per title: a longer one ends in … rather than stopping mid-sentence
        const wrapped = wrap(title, columns - 5, isSel ? '› ' : '  ', 2);
        const line = wrapped.length > 1 ? [...wrapped[0]!, { text: '…' }] : (wrapped[0] ?? []);
        return (
          <Box key={h.card.id} flexDirection="column">
            <Lines lines={[line]} />
            <Text dimColor wrap="truncate-end">
              {'    '}
              {h.card.topic}
            </Text>
          </Box>
        );
      })}
    </Frame>
  );
}
