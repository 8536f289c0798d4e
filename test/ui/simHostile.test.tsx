/** The simulator screen opened on a hostile scenario file: names and values appear, escape
 * sequences do not (the file is cleaned once, as it is read). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stageCardIndex } from '../../src/content/stageCards.js';
import { contentDir } from '../../src/paths.js';
import { createSimStore } from '../../src/state/simStore.js';
import { makeContext } from '../../src/ui/run.js';
import { attachSimStore } from '../../src/ui/simStoreFor.js';
import { libraryOf, renderApp } from './harness.js';
import { PRESETS, simDeck } from './simHelpers.js';

const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The simulator screen opened on `doc`, written as NAME.json in a folder of its own. */
async function openFile(name: string, doc: unknown) {
  const dir = mkdtempSync(join(tmpdir(), `gateprep-sim-${name}-`));
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(doc));
  const library = libraryOf(['sim.md', simDeck]);
  const screen = { name: 'sim' as const };
  const ctx = makeContext(library, screen);
  const store = createSimStore({ contentDir: contentDir(), homeDir: dir, cardsFor: stageCardIndex(library.cards), recordPrediction: () => {}, initialPath: file, now: () => 1000 });
  attachSimStore(ctx, store);
  return { app: await renderApp(library, screen, ctx), store };
}

describe('simulator screen, hostile scenario file', () => {
  it('shows the scenario name and header values without their escape sequences', async () => {
    const preset = JSON.parse(readFileSync(join(PRESETS, 'quota-demo.json'), 'utf8')) as { requests: { headers?: Record<string, string> }[] };
    preset.requests[0]!.headers = { 'x-api-key': 'evil\u001b]52;c;aGk=\u0007key\u009b2J' };
    const { app, store } = await openFile('evil', { ...preset, name: 'Quota\u001b[2J\u202e demo\u001b]0;title\u0007' });
    const frame = await app.waitFor((f) => f.includes('Quota demo'));
    expect(frame).not.toMatch(CONTROL);
    expect(store.getState().session.doc.requests[0]!.headers).toEqual({ 'x-api-key': 'evilkey' });
  });
});

describe('simulator screen, a response body made by a template', () => {
  it('shows the body without the escape sequences the template decoded into it', async () => {
    // the file itself is clean ("%1B" is three plain characters); the template's urlDecode makes the ESC
    const scenario = {
      name: 'decoded',
      api: {
        routes: [
          {
            method: 'GET',
            path: '/x',
            methodResponses: { '200': {} },
            integration: {
              type: 'HTTP',
              uri: 'https://backend.example.com/x',
              httpMethod: 'GET',
              status: 200,
              body: '{}',
              responses: { default: { statusCode: '200', responseTemplates: { 'application/json': "before$util.urlDecode('%1B%5B2J%1B%5D0%3Btitle%07')after" } } },
            },
          },
        ],
      },
      requests: [{ method: 'GET', path: '/x' }],
    };
    const { app } = await openFile('decoded', scenario);
    // templates load the template engine first: the file opens once it is ready
    await app.waitFor((f) => /Simulator\s+decoded/.test(f) && f.includes('0 of 13 stages shown'));
    const frame = await app.press('r');
    expect(frame).toContain('body beforeafter');
    expect(frame).not.toMatch(CONTROL);
  });
});
