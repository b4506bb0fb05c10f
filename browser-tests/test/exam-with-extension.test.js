import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  Api, authorizeStart, createSession, eventually, invigilatorToken, resolveAlert, supervision,
} from '../lib/api.js';
import { EXTENSION_DIR, EXTENSION_ID, navigationError, screenshot } from '../lib/browser.js';
import {
  enter, fillSomeAnswer, startWithAccessCode, submitAnswer, submitEntry, waitForQuestion,
} from '../lib/candidate.js';
import { startRig } from '../lib/rig.js';

const staffToken = randomUUID();
const candidate = { lastName: 'Lefèvre', firstName: 'Zoé', birthdate: '2008-03-14' };
const { version: EXTENSION_VERSION } = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`));
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

function sessionRuleCount() {
  return browser.serviceWorker.evaluate(() => chrome.declarativeNetRequest.getSessionRules().then((r) => r.length));
}

function allowRuleCount() {
  return browser.serviceWorker.evaluate(() => chrome.declarativeNetRequest.getSessionRules()
    .then((rules) => rules.filter((rule) => rule.action.type === 'allow').length));
}

/** The page tells the extension which domains the question on screen needs, as it does at each question. */
function showQuestionNeeding(exam, allowedDomains) {
  return exam.evaluate((domains) => window.dispatchEvent(
    new CustomEvent('certamen:question', { detail: JSON.stringify({ allowedDomains: domains }) })), allowedDomains);
}

async function aQuestionsAllowedDomainIsReachableWhileItIsShown(exam, elsewhere) {
  await showQuestionNeeding(exam, ['deepl.com']);
  await eventually('the allow rule', async () => await allowRuleCount() === 1);
  assert.equal(await navigationError(elsewhere, 'https://www.deepl.com/'), null);
  assert.equal(await navigationError(elsewhere, 'https://chatgpt.com/'), 'net::ERR_BLOCKED_BY_CLIENT');
  await showQuestionNeeding(exam, []);
  await eventually('the allow rule removed', async () => await allowRuleCount() === 0);
  assert.equal(await navigationError(elsewhere, 'https://www.deepl.com/'), 'net::ERR_BLOCKED_BY_CLIENT');
}

test('a candidate takes a whole exam with answer sites blocked during the exam only', async () => {
  const api = new Api(server.url);
  const session = await createSession(api, staffToken, [candidate]);
  const candidateId = session.candidates[0].id;
  const elsewhere = await browser.context.newPage();

  // Before the exam the extension changes nothing.
  assert.equal(await navigationError(elsewhere, 'https://chatgpt.com/'), null);
  assert.equal(await elsewhere.title(), 'chatgpt.com');
  assert.equal(await navigationError(elsewhere, 'https://deepl.com/'), null);
  assert.equal(await sessionRuleCount(), 0);

  const exam = await browser.context.newPage();
  await enter(exam, server.url, session, candidate);
  await screenshot(exam, 'entry');
  await submitEntry(exam);
  assert.equal(await exam.locator('#waiting-name').innerText(), 'Zoé Lefèvre', 'the pupil sees whose test waits');
  await screenshot(exam, 'waiting');

  const invigilator = await invigilatorToken(api, session);
  await authorizeStart(api, invigilator, session, candidateId);
  await startWithAccessCode(exam, session.accessCode);
  await waitForQuestion(exam, 1);
  await eventually('the blocking rules', async () => await sessionRuleCount() > 0);

  // During the exam the listed sites fail as blocked by the client, and the tab explains why in French.
  assert.equal(await navigationError(elsewhere, 'https://chatgpt.com/'), 'net::ERR_BLOCKED_BY_CLIENT');
  await elsewhere.waitForURL(`chrome-extension://${EXTENSION_ID}/src/blocked.html?site=chatgpt.com`);
  await elsewhere.getByRole('heading', { name: 'Site non autorisé pendant la certification' }).waitFor();
  await screenshot(elsewhere, 'blocked-site');
  assert.equal(await navigationError(elsewhere, 'https://www.deepl.com/translator'), 'net::ERR_BLOCKED_BY_CLIENT');
  await elsewhere.waitForURL(/blocked\.html\?site=www\.deepl\.com/);
  await aQuestionsAllowedDomainIsReachableWhileItIsShown(exam, elsewhere);

  const seen = new Set();
  let reported = false;
  for (let number = 1; number <= 32; number++) {
    const type = await waitForQuestion(exam, number);
    await fillSomeAnswer(exam, type);
    if (!seen.has(type)) {
      seen.add(type);
      await screenshot(exam, `question-${type.toLowerCase()}`);
      if (seen.size === 1) await screenshotOnATablet(exam, 'question-tablet');
    }
    if (!reported && number >= 3) {
      reported = true;
      await reportProblemAndGetItDismissed(api, invigilator, session, candidateId, exam, number);
      await fillSomeAnswer(exam, type);
    }
    if (number === 5) await answerThroughANetworkCut(exam);
    else if (number % 8 === 0) await exam.getByRole('button', { name: 'Je passe' }).click();
    else await submitAnswer(exam);
  }

  await exam.getByRole('heading', { name: 'Le test est terminé' }).waitFor();
  await screenshot(exam, 'end');
  const endText = await exam.locator('#screen-end').innerText();
  assert.doesNotMatch(endText, /score|niveau|point|résultat|réussi/i);

  const line = (await supervision(api, invigilator, session)).candidates.find((c) => c.candidateId === candidateId);
  assert.equal(line.status, 'COMPLETED');
  assert.equal(line.blockedAttempts, 4, 'the heartbeats carried the blocked attempts to the invigilator');

  // After the exam the same sites load again.
  await eventually('the blocking rules removed', async () => await sessionRuleCount() === 0);
  assert.equal(await navigationError(elsewhere, 'https://chatgpt.com/'), null);
  assert.equal(await elsewhere.title(), 'chatgpt.com');
  assert.equal(await navigationError(elsewhere, 'https://www.deepl.com/'), null);
});

async function screenshotOnATablet(page, name) {
  await page.setViewportSize({ width: 810, height: 1080 });
  await screenshot(page, name);
  await page.setViewportSize({ width: 1366, height: 768 });
}

// The server records the answer but its reply is lost: the page retries, and the answer still counts once.
async function answerThroughANetworkCut(exam) {
  let cut = false;
  await exam.route('**/api/me/exam/answers', async (route) => {
    if (cut) return route.continue();
    cut = true;
    await route.fetch();
    return route.abort('connectionreset');
  });
  await submitAnswer(exam);
  await exam.getByText('Connexion perdue, nouvelle tentative').waitFor();
  await screenshot(exam, 'connection-lost');
  await waitForQuestion(exam, 6);
  await exam.unroute('**/api/me/exam/answers');
}

test('the pages run under a strict Content-Security-Policy without a violation', async () => {
  const reply = await fetch(`${server.url}/exam/`);
  assert.match(reply.headers.get('content-security-policy'), /script-src 'self';.*frame-ancestors 'none'/);
  assert.deepEqual(browser.cspViolations, []);
});

async function reportProblemAndGetItDismissed(api, invigilator, session, candidateId, exam, number) {
  await exam.getByRole('button', { name: 'Signaler un problème' }).click();
  await exam.getByLabel('Décrivez le problème (facultatif)').fill('Les propositions 2 et 3 sont identiques.');
  await exam.getByRole('button', { name: 'Envoyer le signalement' }).click();
  await exam.getByRole('heading', { name: 'Test en pause' }).waitFor();
  await screenshot(exam, 'paused-question-alert');
  const alert = await eventually('the question alert in the supervision view', async () => {
    const board = await supervision(api, invigilator, session);
    const line = board.candidates.find((c) => c.candidateId === candidateId);
    return line?.alerts?.find((a) => a.kind === 'QUESTION' && !a.resolvedAt);
  });
  await resolveAlert(api, invigilator, session, candidateId, alert.id, 'dismiss');
  await waitForQuestion(exam, number);
}

test('the check page finds the extension, shows its version and says when it is too old', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/exam/verification`);
  await page.getByRole('heading', { name: 'L’extension est prête' }).waitFor();
  const verdict = await page.locator('#verdict').innerText();
  assert.match(verdict, new RegExp(`Version installée\\s+${EXTENSION_VERSION.replaceAll('.', '\\.')}`));
  assert.match(verdict, /Blocage des sites\s+inactif pour le moment/);
  await screenshot(page, 'verification-ready');

  // A server that requires a newer extension than the one installed.
  await page.route('**/api/extension-requirements', (route) => route.fulfill({
    contentType: 'application/json', body: JSON.stringify({ minimumVersion: '99.0.0' }),
  }));
  await page.getByRole('button', { name: 'Vérifier à nouveau' }).click();
  await page.getByRole('heading', { name: 'L’extension est trop ancienne' }).waitFor();
  assert.match(await page.locator('#verdict').innerText(), /Version minimale demandée\s+99\.0\.0/);
  await screenshot(page, 'verification-outdated');
  await page.close();
});

test('a pupil who closed the tab is told to resume, at which question and with how much time', async () => {
  const api = new Api(server.url);
  const pupil = { lastName: 'Nguyen', firstName: 'Maël', birthdate: '2008-09-30' };
  const session = await createSession(api, staffToken, [pupil]);
  const invigilator = await invigilatorToken(api, session);
  let exam = await browser.context.newPage();
  await enter(exam, server.url, session, pupil);
  await submitEntry(exam);
  await authorizeStart(api, invigilator, session, session.candidates[0].id);
  await startWithAccessCode(exam, session.accessCode);
  for (const number of [1, 2]) {
    await fillSomeAnswer(exam, await waitForQuestion(exam, number));
    await submitAnswer(exam);
  }
  await waitForQuestion(exam, 3);
  await exam.close();

  exam = await browser.context.newPage();
  await enter(exam, server.url, session, pupil);
  await exam.getByRole('button', { name: 'Accéder au test' }).click();
  await exam.getByRole('heading', { name: 'En attente de l’autorisation de reprendre' }).waitFor();
  const waiting = await exam.locator('#screen-waiting').innerText();
  assert.match(waiting, /Maël Nguyen/);
  assert.match(waiting, /vous reprendrez à la question 3 sur 32, avec 1\sheure 4\d\sminutes de temps restant/);
  await screenshot(exam, 'waiting-resume');

  await authorizeStart(api, invigilator, session, session.candidates[0].id);
  await exam.getByRole('heading', { name: 'Votre test peut reprendre' }).waitFor();
  assert.match(await exam.locator('#screen-start').innerText(), /Vous reprendrez à la question 3 sur 32/);
  assert.doesNotMatch(await exam.locator('main').innerText(), /autorisé|Commencer le test/);
  await screenshot(exam, 'resume');
  await startWithAccessCode(exam, session.accessCode);
  await waitForQuestion(exam, 3);
  await exam.close();
});
