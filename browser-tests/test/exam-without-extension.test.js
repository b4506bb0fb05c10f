import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Api, authorizeStart, createSession, invigilatorToken } from '../lib/api.js';
import { screenshot } from '../lib/browser.js';
import { candidateToken, enter, submitEntry } from '../lib/candidate.js';
import { startRig } from '../lib/rig.js';

const staffToken = randomUUID();
const candidate = { lastName: 'Martin', firstName: 'Noah', birthdate: '2007-11-02' };
let server;
let browser;
let rig;

before(async () => {
  rig = await startRig({ staffToken, withExtension: false, serverArgs: ['--min-extension-version', '1.0.0'] });
  ({ server, browser } = rig);
});

after(async () => {
  await rig?.stop();
});

test('without the extension the page blocks the start and so does the server', async () => {
  const api = new Api(server.url);
  const session = await createSession(api, staffToken, [candidate]);
  const page = await browser.context.newPage();
  await enter(page, server.url, session, candidate);
  await submitEntry(page);
  await authorizeStart(api, await invigilatorToken(api, session), session, session.candidates[0].id);

  const missing = page.getByRole('heading', { name: 'Extension Certamen non détectée' });
  await missing.waitFor();
  assert.equal(await page.getByRole('link', { name: /installer l’extension/ }).count(), 1);
  assert.equal(await page.getByLabel('Code d’accès').isVisible(), false);
  await screenshot(page, 'extension-missing');

  await page.getByRole('button', { name: 'Vérifier à nouveau' }).click();
  await page.getByRole('heading', { name: 'Vérification de l’extension Certamen…' }).waitFor({ state: 'detached' })
    .catch(() => {});
  await missing.waitFor();

  // Imitating the page cannot start the exam: the server itself wants a recent enough extension.
  const token = await candidateToken(page);
  const withoutExtension = await api.call('POST', '/api/me/exam/start', {
    token, body: { accessCode: session.accessCode, extensionVersion: null },
  });
  assert.equal(withoutExtension.status >= 400 && withoutExtension.status < 500, true);
  assert.equal(withoutExtension.body.code, 'EXTENSION_REQUIRED');
  const outdated = await api.call('POST', '/api/me/exam/start', {
    token, body: { accessCode: session.accessCode, extensionVersion: '0.9.0' },
  });
  assert.equal(outdated.body.code, 'EXTENSION_OUTDATED');
  const state = await api.ok('GET', '/api/me/exam', { token });
  assert.equal(state.status, 'AUTHORIZED');
});
