import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Api, createSession, eventually } from '../lib/api.js';
import { screenshot } from '../lib/browser.js';
import { ApiCandidate, loginInvigilator, row, twentyCandidates } from '../lib/invigilator.js';
import { rigForTests } from '../lib/rig.js';

const staffToken = randomUUID();
const rig = rigForTests({ staffToken, withExtension: false });

test('an invigilator supervises 20 candidates live, handles alerts, ends a test and finalises', async () => {
  const api = new Api(rig.server.url);
  const session = await createSession(api, staffToken, twentyCandidates());
  const candidates = session.candidates.map((identity) => new ApiCandidate(api, session,
    { lastName: identity.lastName, firstName: identity.firstName, birthdate: identity.birthdate }));
  const page = await rig.browser.context.newPage();
  await loginInvigilator(page, rig.server.url, session);
  await page.getByText('En direct').waitFor();
  await page.locator('#supervision tbody tr').nth(19).waitFor();

  // Nineteen enter: their rows ask for the invigilator, without a reload; the twentieth never comes.
  const absent = candidates.pop();
  await Promise.all(candidates.map((candidate) => candidate.enter()));
  await page.getByText('19 personnes ont besoin de vous.').waitFor();
  assert.equal(await page.locator('#supervision tbody tr.needs-invigilator').count(), 19);
  const scroll = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, viewport: innerHeight }));
  assert.ok(scroll.height <= scroll.viewport, `20 candidates fit in 1366×768 (${scroll.height} px)`);
  await screenshot(page, 'supervision-waiting');

  for (const candidate of candidates) {
    await row(page, candidate.identity.lastName).getByRole('button', { name: 'Autoriser le début' }).click();
  }
  await page.getByText('Aucune action en attente.').waitFor();
  // The one who never came is marked absent, after a confirmation.
  await row(page, absent.identity.lastName).getByRole('button', { name: /Noter l’absence de/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Noter l’absence' }).click();
  await row(page, absent.identity.lastName).getByText('absent·e').waitFor();
  await Promise.all(candidates.map((candidate) => candidate.start()));
  await eventually('19 candidates in progress', async () =>
    (await page.locator('.counts li[data-status="IN_PROGRESS"]').textContent()).startsWith('19'));

  // Progress moves without reloading.
  await Promise.all(candidates.map(async (candidate) => {
    await candidate.answer();
    await candidate.answer();
  }));
  await eventually('progress 2 / 32 for everyone present', async () =>
    (await page.locator('#supervision td.progress').allTextContents()).filter((text) => text === '2 / 32').length === 19);
  const heartbeats = setInterval(() => candidates.forEach((candidate) => candidate.heartbeat().catch(() => {})), 3000);
  try {
    // The extension's state: its version, blocked sites (highlighted when the count grows), blocking switched off.
    const [asking, disconnected, leaving, unblocked, resuming] = [candidates[7], candidates[12], candidates[15], candidates[4], candidates[9]];
    await asking.heartbeat();
    asking.blockedAttempts = 3;
    unblocked.blockingActive = false;
    await Promise.all([asking.heartbeat(), unblocked.heartbeat()]);
    await row(page, asking.identity.lastName).locator('td.extension .blocked.grew').getByText('3 sites bloqués').waitFor();
    await row(page, unblocked.identity.lastName).getByText('⚠ blocage inactif').waitFor();
    assert.match(await row(page, asking.identity.lastName).locator('td.extension').textContent(), /^v1\.0\.0/);

    // A question alert comes first, with a cue; validating it asks for confirmation. Columns keep their widths.
    const widths = () => page.locator('#supervision thead th').evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().width)));
    const before = await widths();
    await asking.raiseQuestionAlert('L’image ne s’affiche pas');
    const askingRow = row(page, asking.identity.lastName);
    await askingRow.getByText('Signalement Q3 : L’image ne s’affiche pas').waitFor();
    assert.equal(await askingRow.getByRole('cell').first().textContent(), 'en pause — signalement');
    assert.match(await page.locator('#supervision tbody tr').first().textContent(), new RegExp(asking.identity.lastName));
    const after = await widths();
    assert.ok(after.every((width, i) => Math.abs(width - before[i]) <= 2), `column widths ${before} became ${after}`);
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
    await leavingRow.getByText('interrompu', { exact: true }).waitFor();
    // A finished test shows no time left and no growing « vu il y a ».
    assert.equal(await leavingRow.locator('td.remaining').textContent(), '—');
    assert.equal(await leavingRow.locator('td.seen').textContent(), '—');

    // A candidate who comes back waits for the resume: its button stands apart from the red « Terminer ».
    await resuming.enter();
    const resumingRow = row(page, resuming.identity.lastName);
    const resume = resumingRow.getByRole('button', { name: 'Autoriser la reprise' });
    await resume.waitFor();
    // Rows are rebuilt on every update: measure both buttons of one rendering.
    const [resumeBox, endBox] = await eventually('both buttons measured', async () => {
      const boxes = [await resume.boundingBox(), await resumingRow.getByRole('button', { name: /Terminer le test de/ }).boundingBox()];
      return boxes.every(Boolean) && boxes;
    });
    const apart = endBox.y >= resumeBox.y + resumeBox.height || endBox.x - (resumeBox.x + resumeBox.width);
    assert.ok(apart === true || apart >= 6, `« Autoriser la reprise » and « Terminer » are ${apart} px apart`);

    // The event log has server times.
    await row(page, asking.identity.lastName)
      .getByRole('button', { name: `${asking.identity.lastName} ${asking.identity.firstName}`, exact: true }).click();
    const log = page.getByRole('dialog', { name: /Journal de/ });
    await log.getByText('Signalement validé (question remplacée)').waitFor();
    await log.getByText('Nouvelle tentative d’accès bloquée par l’extension — total : 3').waitFor();
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

  // Finalisation: the reason given when ending a test is prefilled; missing abort reasons and the open alert are
  // reported, then the session is finalised.
  await page.getByRole('button', { name: 'Finaliser la session' }).click();
  const form = page.getByRole('dialog', { name: /Finaliser la session/ });
  assert.equal(await form.getByLabel('Personne concernée').inputValue(), candidates[15].id);
  assert.equal(await form.getByLabel('Description').inputValue(), 'Test interrompu par la surveillance : Malaise, le candidat quitte la salle');
  await form.getByText('Motif donné à l’arrêt : Malaise, le candidat quitte la salle').waitFor();
  await form.getByLabel('Commentaire (facultatif)').fill('Session sans autre incident.');
  await form.getByRole('button', { name: 'Finaliser la session' }).click();
  const refusal = form.getByRole('alert');
  await refusal.getByText(/La session n’est pas finalisée/).waitFor();
  const missing = await refusal.locator('li').allTextContents();
  assert.equal(missing.length, 20, missing.join('\n'));
  assert.match(missing[0], /^Motif d’abandon manquant pour .+ : son test s’est arrêté avant la dernière question\.$/);
  assert.ok(missing.includes(`L’alerte « extension inactive » de ${silent.identity.firstName} ${silent.identity.lastName}`
    + ' n’a pas été traitée : résolvez-la, ou signalez-la comme incident pour ce candidat.'), missing.join('\n'));
  assert.ok(await form.getByLabel('Un incident a eu lieu pendant la session').isChecked());
  await screenshot(page, 'finalisation-refused');
  const reasons = form.getByLabel(/Motif d’abandon/);
  for (let i = 0; i < await reasons.count(); i++) await reasons.nth(i).selectOption('technical');
  await form.getByRole('button', { name: 'Ajouter un incident' }).click();
  await form.getByLabel('Personne concernée').last().selectOption({ label: `${silent.identity.lastName} ${silent.identity.firstName}` });
  await form.getByLabel('Catégorie').last().selectOption('NON_BLOCKING_TECHNICAL_ISSUE');
  await form.getByLabel('Description').last().fill('L’extension ne répondait plus, test arrêté.');
  await form.getByRole('button', { name: 'Finaliser la session' }).click();
  await page.getByRole('dialog').getByRole('heading', { name: 'Session finalisée' }).waitFor();
  await screenshot(page, 'finalisation-done');
  await page.getByRole('dialog').getByRole('button', { name: 'Fermer' }).click();

  // Once finalised the page is a read-only record: no « En direct », no « Finaliser », no actions.
  await page.locator('#connection').getByText('Session finalisée').waitFor();
  assert.equal(await page.getByText('En direct').count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Finaliser la session' }).count(), 0);
  assert.equal(await page.locator('#supervision td.actions button').count(), 0);
  assert.equal(await row(page, absent.identity.lastName).locator('td.status').textContent(), 'absent·e');
  await screenshot(page, 'supervision-finalised');
  await page.close();
  assert.deepEqual(rig.browser.cspViolations, []);
});
