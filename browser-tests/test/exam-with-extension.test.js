import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  Api, authorizeStart, createSession, eventually, invigilatorToken, resolveAlert, supervision,
} from '../lib/api.js';
import { EXTENSION_ID, navigationError, screenshot } from '../lib/browser.js';
import {
  enter, fillSomeAnswer, startWithAccessCode, submitAnswer, submitEntry, waitForQuestion,
} from '../lib/candidate.js';
import { startRig } from '../lib/rig.js';

const staffToken = randomUUID();
const candidate = { lastName: 'Lefèvre', firstName: 'Zoé', birthdate: '2008-03-14' };
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
