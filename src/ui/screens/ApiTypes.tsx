/** HTTP and WebSocket APIs in the simulator: a preset list, then the HTTP pipeline, a REST-vs-HTTP comparison or a WebSocket timeline. */
import { Box, Text } from 'ink';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { contentDir } from '../../paths.js';
import { createApiTypesStore, type ApiTypesState } from '../../state/apiTypesStore.js';
import { Frame } from '../components/Frame.js';
import { StatusMessage } from '../components/StatusMessage.js';
import { SelectList } from '../components/SelectList.js';
import { useAppContext, type AppContextValue } from '../context.js';
import type { Handlers } from '../keys.js';
import { useScreenKeys } from '../hooks/useScreenKeys.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { CompareView } from './apitypes/CompareView.js';
import { HttpView } from './apitypes/HttpView.js';
import { WsView } from './apitypes/WsView.js';

const stores = new WeakMap<AppContextValue, { key: string; store: StoreApi<ApiTypesState> }>();

/** One store per app and opening preset: coming back with esc finds the same place. */
export function apiTypesStoreFor(ctx: AppContextValue, preset: string | undefined, scenarioJson?: string, dir = contentDir()): StoreApi<ApiTypesState> {
  const key = scenarioJson !== undefined ? `json:${scenarioJson}` : (preset ?? '');
  const have = stores.get(ctx);
  if (have && have.key === key) return have.store;
  const store = createApiTypesStore({ contentDir: dir, ...(preset !== undefined ? { initial: preset } : {}), ...(scenarioJson !== undefined ? { initialText: scenarioJson } : {}) });
  stores.set(ctx, { key, store });
  return store;
}

const KIND = { HTTP: 'HTTP API', WEBSOCKET: 'WebSocket', COMPARE: 'REST vs HTTP' } as const;

export function ApiTypes({ preset, scenarioJson }: { preset?: string | undefined; scenarioJson?: string | undefined }) {
  const ctx = useAppContext();
  const store = apiTypesStoreFor(ctx, preset, scenarioJson);
  const goBack = useStore(ctx.app, (s) => s.back);
  const view = useStore(store, (s) => s.view);
  const presets = useStore(store, (s) => s.presets);
  const index = useStore(store, (s) => s.index);
  const message = useStore(store, (s) => s.message);
  const { columns, rows } = useTerminalSize();
  const a = () => store.getState();
  const common: Handlers = { back: () => a().back() || goBack() };
  const handlers: Handlers =
    view.kind === 'list'
      ? { up: () => a().move(-1), down: () => a().move(1), select: () => a().open(), ...common }
      : view.kind === 'HTTP'
        ? { stepNext: () => a().step(1), stepBack: () => a().step(-1), runToEnd: () => a().runToEnd(), nextRequest: () => a().request(1), prevRequest: () => a().request(-1), ...common }
        : view.kind === 'COMPARE'
          ? { up: () => a().request(-1), down: () => a().request(1), ...common }
          : {
              arrowUp: () => a().request(-1),
              arrowDown: () => a().request(1),
              wsSend: () => a().ws.send(),
              valuePrev: () => a().ws.template(-1),
              valueNext: () => a().ws.template(1),
              wsPush: () => a().ws.push(),
              wsClient: () => a().ws.nextClient(),
              wsConnect: () => a().ws.connect(),
              wsDisconnect: () => a().ws.disconnect(),
              clockMinute: () => a().ws.advance(60_000),
              clockTenMinutes: () => a().ws.advance(600_000),
              clockHour: () => a().ws.advance(3_600_000),
              ...common,
            };
  const keys = useScreenKeys(handlers);
  const title = view.kind === 'list' ? 'API types' : `${KIND[view.kind]} · ${view.preset.name}`;
  const items = presets.map((p) => ({ key: p.path, label: p.name, detail: KIND[p.kind] }));
  return (
    <Frame title={title} keys={keys} status="REST · HTTP · WebSocket">
      <StatusMessage message={message} />
      {view.kind === 'list' ? (
        <Box flexDirection="column">
          <Text>The same gateway ideas in the other two API types: pick a preset.</Text>
          <Box marginTop={1}>
            <SelectList items={items} index={index} height={Math.max(3, rows - 12)} width={Math.min(columns, 76)} />
          </Box>
          <Box marginTop={1}>
            <Text dimColor wrap="wrap">{presets[index]?.description ?? ''}</Text>
          </Box>
        </Box>
      ) : null}
      {view.kind === 'HTTP' ? <HttpView view={view} /> : null}
      {view.kind === 'COMPARE' ? <CompareView view={view} /> : null}
      {view.kind === 'WEBSOCKET' ? <WsView view={view} /> : null}
    </Frame>
  );
}
