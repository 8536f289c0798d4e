/** The simulator notes an imported definition's defaults on the stages they affect, only while the setup still uses them. */
import { describe, expect, it } from 'vitest';
import { importApi } from '../../src/gateway/openapi/importApi.js';
import { scenarioSchema } from '../../src/gateway/schema.js';
import { newSession, runCurrent } from '../../src/sim/session.js';
import { withImportNotes } from '../../src/sim/importNotes.js';

const definition = JSON.stringify({
  openapi: '3.0.1',
  info: { title: 'T' },
  paths: { '/x': { get: { 'x-amazon-apigateway-integration': { type: 'http', uri: 'https://example.com/x' } } } },
});

describe('import notes in the simulator', () => {
  it('throttle and integration stages carry the defaults; setting a stage throttle or a backend status silences each', async () => {
    const r = await importApi({ file: 'API.json', text: definition }, null, null);
    if (!r.ok) throw new Error('import failed');
    const doc = scenarioSchema.parse(r.scenario);
    const note = (d: typeof doc, stage: string) => withImportNotes(runCurrent(newSession(d, { name: 'T', home: false })), r.defaults, d).trace.find((t) => t.stage === stage)?.note;
    expect(note(doc, 'throttle')).toBe(r.defaults.stage);
    expect(note(doc, 'integration')).toBe('no side file (API.gateprep.json), so no backend for GET /x: the backend answers 200 with an empty body at once (set methods["GET /x"].backend).');
    const edited = structuredClone(doc);
    edited.stage.throttle = { rateLimit: 5, burstLimit: 5 };
    edited.api.routes[0]!.integration.status = 201;
    expect(note(edited, 'throttle')).toBeUndefined();
    expect(note(edited, 'integration')).toBeUndefined();
  });
});
