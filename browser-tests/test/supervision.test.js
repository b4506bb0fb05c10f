import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Api, createSession, eventually } from '../lib/api.js';
import { launchBrowser, screenshot } from '../lib/browser.js';
import { startExamServer } from '../lib/exam-server.js';
import { ApiCandidate, loginInvigilator, row, twentyCandidates } from '../lib/invigilator.js';

const staffToken = randomUUID();
let server;
let browser;

before(async () => {
  server = await startExamServer({ staffToken });
  browser = await launchBrowser({ withExtension: false, fakeSitesPort: 9 });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('an invigilator supervises 20 candidates live, handles alerts, ends a test and finalises', async () => {
  const api = new Api(server.url);
  const session = await createSession(api, staffToken, twentyCandidates());
  const candidates = session.candidates.map((identity) => new ApiCandidate(api, session,
    { lastName: identity.lastName, firstName: identity.firstName, birthdate: identity.birthdate }));
  const page = await browser.context.newPage();
  await loginInvigilator(page, server.url, session);
  await page.getByText('En direct').waitFor();
  await page.locator('#supervision tbody tr').nth(19).waitFor();

  // They enter: every row asks for the invigilator, without a reload.
  await Promise.all(candidates.map((candidate) => candidate.enter()));
  await page.getByText('20 candidat(s) ont besoin de vous.').waitFor();
  assert.equal(await page.locator('#supervision tbody tr.needs-invigilator').count(), 20);
  const scroll = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, viewport: innerHeight }));
  assert.ok(scroll.height <= scroll.viewport, `20 candidates fit in 1366×768 (${scroll.height} px)`);
  await screenshot(page, 'supervision-waiting');

  for (const candidate of candidates) {
    await row(page, candidate.identity.lastName).getByRole('button', { name: 'Autoriser le début' }).click();
  }
  await page.getByText('Aucune action en attente.').waitFor();
  await Promise.all(candidates.map((candidate) => candidate.start()));
  await eventually('20 candidates in progress', async () =>
    (await page.locator('.counts li[data-status="IN_PROGRESS"]').textContent()).startsWith('20'));

  // Progress moves without reloading.
  await Promise.all(candidates.map(async (candidate) => {
    await candidate.answer();
    await candidate.answer();
  }));
  await eventually('progress 2 / 32 everywhere', async () =>
    (await page.locator('#supervision td.progress').allTextContents()).every((text) => text === '2 / 32'));
  const heartbeats = setInterval(() => candidates.forEach((candidate) => candidate.heartbeat().catch(() => {})), 3000);
  try {
    // A question alert comes first, with a cue; validating it asks for confirmation.
    const [asking, disconnected, leaving] = [candidates[7], candidates[12], candidates[15]];
    await asking.raiseQuestionAlert('L’image ne s’affiche pas');
    const askingRow = row(page, asking.identity.lastName);
    await askingRow.getByText('Signalement Q3 : L’image ne s’affiche pas').waitFor();
    assert.equal(await askingRow.getByRole('cell').first().textContent(), 'en pause — signalement');
    assert.match(await page.locator('#supervision tbody tr').first().textContent(), new RegExp(asking.identity.lastName));
    await screenshot(page, 'supervision-question-alert');
    await askingRow.getByRole('button', { name: 'Valider' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Valider et remplacer la question' }).click();
    await eventually('the question alert resolved', async () => (await asking.status()) === 'IN_PROGRESS');
    await askingRow.getByText('en cours').waitFor();

    await disconnected.raiseExtensionAlert();
    const disconnectedRow = row(page, disconnected.identity.lastName);
    await disconnectedRow.getByText('en pause — extension').waitFor();
    await disconnectedRow.getByRole('button', { name: 'Extension revenue' }).click();
    await disconnectedRow.getByText('en cours').waitFor();

    // Ending a test needs a reason and a confirmation.
    const leavingRow = row(page, leaving.identity.lastName);
    await leavingRow.getByRole('button', { name: /Terminer le test de/ }).click();
    await page.getByLabel('Motif (il figurera au procès-verbal)').fill('Malaise, le candidat quitte la salle');
    await page.getByRole('dialog').getByRole('button', { name: 'Terminer le test' }).click();
    await leavingRow.getByText('terminé par le surveillant').waitFor();

    // The event log has server times.
    await row(page, asking.identity.lastName)
      .getByRole('button', { name: `${asking.identity.lastName} ${asking.identity.firstName}`, exact: true }).click();
    const log = page.getByRole('dialog', { name: /Journal de/ });
    await log.getByText('Signalement validé (question remplacée)').waitFor();
    assert.ok(await log.locator('time').count() >= 5);
    await screenshot(page, 'supervision-event-log');
    await log.getByRole('button', { name: 'Fermer' }).click();
    await screenshot(page, 'supervision');
  } finally {
    clearInterval(heartbeats);
  }

  // An alert nobody resolves: the finalisation refuses it until it is reported as an incident.
  const silent = candidates[3];
  await silent.raiseExtensionAlert();
  await row(page, silent.identity.lastName).getByText('en pause — extension').waitFor();

  // Finalisation: missing abort reasons and the open alert are reported, then the session is finalised.
  await page.getByRole('button', { name: 'Finaliser la session' }).click();
  const form = page.getByRole('dialog', { name: /Finaliser la session/ });
  await form.getByRole('button', { name: 'Ajouter un incident' }).click();
  await form.getByLabel('Candidat concerné').selectOption({ label: `${candidates[15].identity.lastName} ${candidates[15].identity.firstName}` });
  await form.getByLabel('Catégorie').selectOption('LATE_OR_LEAVING');
  await form.getByLabel('Description').fill('Malaise à la question 3, départ accompagné.');
  await form.getByLabel('Commentaire (facultatif)').fill('Session sans autre incident.');
  await form.getByLabel('Un incident a eu lieu pendant la session').check();
  await form.getByRole('button', { name: 'Finaliser la session' }).click();
  const refusal = form.getByRole('alert');
  await refusal.getByText(/La session n’est pas finalisée/).waitFor();
  const missing = await refusal.locator('li').allTextContents();
  assert.equal(missing.length, 21, missing.join('\n'));
  assert.match(missing[0], /^Motif d’abandon manquant pour .+ : son test n’est pas terminé\.$/);
  assert.ok(missing.includes(`L’alerte « extension inactive » de ${silent.identity.firstName} ${silent.identity.lastName}`
    + ' n’a pas été traitée : résolvez-la, ou signalez-la comme incident pour ce candidat.'), missing.join('\n'));
  await screenshot(page, 'finalisation-refused');
  const reasons = form.getByLabel(/Motif d’abandon/);
  for (let i = 0; i < await reasons.count(); i++) await reasons.nth(i).selectOption('technical');
  await form.getByRole('button', { name: 'Ajouter un incident' }).click();
  await form.getByLabel('Candidat concerné').last().selectOption({ label: `${silent.identity.lastName} ${silent.identity.firstName}` });
  await form.getByLabel('Catégorie').last().selectOption('NON_BLOCKING_TECHNICAL_ISSUE');
  await form.getByLabel('Description').last().fill('L’extension ne répondait plus, test arrêté.');
  await form.getByRole('button', { name: 'Finaliser la session' }).click();
  await page.getByRole('dialog').getByRole('heading', { name: 'Session finalisée' }).waitFor();
  await screenshot(page, 'finalisation-done');
  await page.close();
});
