import { describe, expect, it } from 'vitest';
import { KEY } from './harness.js';
import { openSim } from './simHelpers.js';

type Sim = Awaited<ReturnType<typeof openSim>>;
const CTRL_S = '\u0013';

/** The Mapping view of cors-429-blocked's GET (request 2), on its integration response template. */
async function onTemplate(): Promise<Sim> {
  const s = await openSim('cors-429-blocked');
  await s.waitFor('request 1/3');
  await s.press(']');
  await s.press('\t');
  await s.press('\t');
  await s.waitFor('Editing route');
  // the route edited follows the request on screen: request 2 is the GET
  await s.waitFor('GET /reports · MOCK');
  while (!/› {3}default template/.test(s.frame())) await s.press('j');
  return s;
}

describe('the built-in template editor (no $VISUAL or $EDITOR)', () => {
  it('opens on enter, edits across lines, and ctrl+s saves and re-runs the request', async () => {
    const s = await onTemplate();
    const open = await s.press(KEY.enter);
    expect(open).toContain('integration response default template (application/json)  line 1/1, column 1');
    expect(open).toContain('1 {"reports": []}');
    // to the end of the line, a new line, a second field; q and ? are text here
    for (let i = 0; i < 15; i++) await s.press(KEY.right);
    await s.press(KEY.enter);
    expect(s.frame()).toContain('line 2/2, column 1');
    await s.press('"q?": 1}');
    // back up: join line 2 onto line 1 and remove the old closing brace
    for (let i = 0; i < 8; i++) await s.press(KEY.left);
    await s.press(KEY.backspace);
    await s.press(KEY.backspace);
    await s.press(', ');
    expect(s.frame()).toContain('1 {"reports": [], "q?": 1}');
    const saved = await s.press(CTRL_S);
    expect(saved).toContain('body {"reports": [], "q?": 1}');
    expect(saved).toMatch(/default template\s+application\/json: \{"reports": \[\], "q\?": 1\}/);
    expect(s.store.getState().session.doc.api.routes[1]!.integration.responses!.default!.responseTemplates!['application/json']).toBe('{"reports": [], "q?": 1}');
    s.unmount();
  });

  it('a paste keeps its line breaks', async () => {
    const s = await onTemplate();
    await s.press(KEY.enter);
    await s.press('\u001b[200~#set($n = 2)\n{"n": $n}\u001b[201~');
    expect(s.frame()).toContain('1 #set($n = 2)');
    expect(s.frame()).toContain('2 {"n": $n}{"reports": []}');
    s.unmount();
  });

  it('esc with changes asks first: n keeps editing, y discards; without changes it just closes', async () => {
    const s = await onTemplate();
    await s.press(KEY.enter);
    await s.press('x');
    const asked = await s.press(KEY.esc);
    expect(asked).toContain('Discard your changes to this template? y discards · n keeps editing');
    const kept = await s.press('n');
    expect(kept).toContain('1 x{"reports": []}');
    await s.press(KEY.esc);
    const gone = await s.press('y');
    expect(gone).toMatch(/default template\s+application\/json: \{"reports": \[\]\}/);
    expect(gone).toContain('body {"reports": []}');
    await s.press(KEY.enter);
    const closed = await s.press(KEY.esc);
    expect(closed).toMatch(/› {3}default template/);
    s.unmount();
  });

  it('a template that does not parse gives what AWS gives, and the trace marks its line', async () => {
    const s = await onTemplate();
    await s.press(KEY.enter);
    await s.press('#if(');
    const saved = await s.press(CTRL_S);
    expect(saved).toContain('500 Internal Server Error InternalServerErrorException at integrationResponse (was 200)');
    await s.press('\u001b[Z');
    await s.press('\u001b[Z');
    const trace = await s.waitFor('integration response · stopped here');
    expect(trace).toContain('✗1 #if({"reports": []}');
    s.unmount();
  });
});

describe('one-line values in the Mapping view', () => {
  it('a long value keeps its end (where typing happens) in view, and stage variables reach the trace', async () => {
    const s = await openSim('stage-variables-backend');
    await s.waitFor('stage-variables-backend');
    await s.press('\t');
    await s.press('\t');
    await s.waitFor('Editing route');
    while (!/› Stage variables/.test(s.frame())) await s.press('j');
    await s.press(KEY.enter);
    await s.press('\u0015'); // ctrl+u clears the field
    expect(s.store.getState().editing?.text).toBe('');
    const long = 'alias=live; a=1; b=2; c=3; d=4; e=5; f=6; g=7; h=8; i=9; j=10; k=11; l=12; m=13; n=14; o=15; last=the-end';
    await s.press(long);
    expect(s.frame()).toContain('last=the-end█');
    await s.press(KEY.enter);
    expect(s.store.getState().session.doc.stage.variables).toMatchObject({ alias: 'live', last: 'the-end' });
    expect(s.frame()).toMatch(/› Stage variables\s+alias=live; a=1/);
    s.unmount();
  });
});
