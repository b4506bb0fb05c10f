import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Api, authorizeStart, createSession, invigilatorToken } from '../lib/api.js';
import { screenshot } from '../lib/browser.js';
import { candidateToken, enter, submitEntry } from '../lib/candidate.js';
import { startRig } from '../lib/rig.js';

const { refusalMessage } = await import(new URL('../../exam-server/src/main/resources/webroot/exam/refusals.js', import.meta.url));
const DEMO_BANK = JSON.parse(readFileSync(new URL('../../engine/src/main/resources/banks/demo-bank.json', import.meta.url)));
/** A maximised browser on a 1366×768 screen shows about 650 pixels of the page under its bars and the taskbar. */
const LAPTOP_PAGE = { width: 1366, height: 650 };
const PHONE = { width: 390, height: 844 };

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

test('the check page says the extension is missing and what to do', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/exam/verification`);
  await page.getByRole('heading', { name: 'Extension non détectée' }).waitFor();
  const verdict = await page.locator('#verdict').innerText();
  assert.match(verdict, /n’est pas installée dans ce navigateur, ou elle est désactivée/);
  assert.match(verdict, /Version installée\s+aucune/);
  assert.match(verdict, /Version minimale demandée\s+1\.0\.0/);
  assert.equal(await page.getByRole('link', { name: 'comment installer l’extension' }).count(), 1);
  await screenshot(page, 'verification-missing');
  await page.close();
});

test('the entry button shows without scrolling on a laptop, and the page fits a phone', async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize(LAPTOP_PAGE);
  await page.goto(`${server.url}/exam/`);
  const button = page.getByRole('button', { name: 'Accéder au test' });
  await button.waitFor();
  const box = await button.boundingBox();
  assert.ok(box.y + box.height <= LAPTOP_PAGE.height, `the button ends at ${box.y + box.height} px`);

  await page.setViewportSize(PHONE);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `no sideways scrolling on a phone (${width} px)`);
  await button.scrollIntoViewIfNeeded();
  await screenshot(page, 'entry-phone');
  await page.close();
});

test('a pupil who comes to a closed session reads what to do, never a code', async () => {
  const api = new Api(server.url);
  const pupil = { lastName: 'Petit', firstName: 'Inès', birthdate: '2008-06-21' };
  const session = await createSession(api, staffToken, [pupil]);
  await api.ok('POST', `/api/sessions/${session.id}/finalization`, {
    token: staffToken, body: { hasIncident: false, hasJoiningIssue: false, incidents: [], abortReasons: {} },
  });
  const page = await browser.context.newPage();
  await enter(page, server.url, session, pupil);
  await page.getByRole('button', { name: 'Accéder au test' }).click();
  const error = page.locator('#entry-error');
  await error.filter({ hasText: /./ }).waitFor();
  assert.equal(await error.innerText(), refusalMessage('SESSION_FINALIZED'));
  assert.doesNotMatch(await page.locator('main').innerText(), /[A-Z]{3,}_[A-Z]{3,}/);
  await page.close();
});

test('a question\'s code keeps its indentation in a monospace block that screen readers can reach', async () => {
  const item = DEMO_BANK.items.find((candidate) => candidate.id === 'rec-3.4-boucles-6');
  const state = {
    status: 'IN_PROGRESS', questionIndex: 7, questionCount: 32, remainingSeconds: 5400, started: true,
    question: { id: 'q7', type: item.type, instruction: item.instruction, code: item.code, proposals: item.proposals,
      allowedDomains: [] },
  };
  const page = await browser.context.newPage();
  // The server's side is covered by ExamRoutesTest; here the page gets the demo item as the server sends it.
  await page.route('**/api/me/**', (route) => route.fulfill({
    contentType: 'application/json', body: JSON.stringify(route.request().url().endsWith('/alerts') ? { exam: state } : state),
  }));
  await page.addInitScript(() => sessionStorage.setItem('certamen.candidateToken', 'token-of-the-test'));
  await page.goto(`${server.url}/exam/`);
  await page.getByRole('heading', { name: 'Question 7 / 32' }).waitFor();

  const block = page.getByRole('region', { name: 'Code de la question' });
  // innerText applies the page's CSS: collapsed spaces would be missing from it.
  assert.equal(await block.innerText(), item.code);
  assert.match(await block.innerText(), /\n {4}for j in range\(4\):\n {8}c = c \+ 1\n/);
  const style = await block.evaluate((element) => getComputedStyle(element));
  assert.equal(style.whiteSpace, 'pre');
  assert.match(style.fontFamily, /mono/i);
  assert.equal((await page.locator('legend.instruction').innerText()).replaceAll('\u00a0', ' '), item.instruction);
  await screenshot(page, 'question-code');
  await page.close();
});
