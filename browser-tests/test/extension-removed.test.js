import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  Api, authorizeStart, createSession, eventually, invigilatorToken, resolveAlert, supervision,
} from '../lib/api.js';
import { screenshot } from '../lib/browser.js';
import {
  answerWithKeyboard, candidateToken, enterWithKeyboard, startWithAccessCode, waitForQuestion,
} from '../lib/candidate.js';
import { startRig } from '../lib/rig.js';

const staffToken = randomUUID();
const candidate = { lastName: 'Nguyen', firstName: 'Léa', birthdate: '2008-06-30' };
let server;
let browser;
let rig;

before(async () => {
  rig = await startRig({ staffToken, withExtension: true });
  ({ server, browser } = rig);
});

after(async () => {
  await rig?.stop();
});

test('removing the extension mid-exam raises an alert that holds answers until the invigilator clears it', async () => {
  const api = new Api(server.url);
  const session = await createSession(api, staffToken, [candidate]);
  const candidateId = session.candidates[0].id;
  const exam = await browser.context.newPage();
  await enterWithKeyboard(exam, server.url, session, candidate);
  const invigilator = await invigilatorToken(api, session);
  await authorizeStart(api, invigilator, session, candidateId);
  await startWithAccessCode(exam, session.accessCode);
  for (const number of [1, 2]) await answerWithKeyboard(exam, await waitForQuestion(exam, number));
  await waitForQuestion(exam, 3);
  const token = await candidateToken(exam);
  const { question } = await api.ok('GET', '/api/me/exam', { token });

  // The extension uninstalls itself, as a candidate removing it would: its content script falls silent.
  // (Deferred so that the evaluation returns before the worker goes away with the extension.)
  await browser.serviceWorker.evaluate(() => { setTimeout(() => chrome.management.uninstallSelf(), 100); });
  await exam.getByRole('heading', { name: 'Test en pause' }).waitFor();
  assert.match(await exam.locator('#paused-message').innerText(), /extension Certamen ne répond plus/);
  await screenshot(exam, 'paused-extension-alert');

  const alert = await eventually('the extension alert in the supervision view', async () => {
    const board = await supervision(api, invigilator, session);
    const line = board.candidates.find((c) => c.candidateId === candidateId);
    return line?.alerts?.find((a) => a.kind === 'EXTENSION' && !a.resolvedAt);
  });

  // The question on screen cannot be answered while the alert is open, even by calling the API directly.
  const refused = await api.call('POST', '/api/me/exam/answers', { token, body: { questionId: question.id, skipped: true } });
  assert.equal(refused.status, 409);
  assert.equal((await api.ok('GET', '/api/me/exam', { token })).status, 'PAUSED_EXTENSION_ALERT');

  // The page would raise a new alert at once without its extension: the candidate's tab is closed first.
  await exam.close();
  await resolveAlert(api, invigilator, session, candidateId, alert.id, 'extension-back');
  const accepted = await api.ok('POST', '/api/me/exam/answers', { token, body: { questionId: question.id, skipped: true } });
  assert.equal(accepted.questionIndex, 4);
  assert.notEqual(accepted.question.id, question.id);
});
