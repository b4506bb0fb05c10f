import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Api, createSession, invigilatorToken, authorizeStart } from '../lib/api.js';
import { ApiCandidate } from '../lib/invigilator.js';
import { screenshot } from '../lib/browser.js';
import { rigForTests } from '../lib/rig.js';

const staffToken = randomUUID();
const adminPassword = 'phrase de passe pour la console';
const processorPassword = 'une autre phrase de passe longue';
const rig = rigForTests({ staffToken, withExtension: false });

/** A session whose candidates answered every question, finalised with the given report. */
async function finalisedSession(api, identities, report) {
  const session = await createSession(api, staffToken, identities);
  const token = await invigilatorToken(api, session);
  const candidates = [];
  for (const identity of identities) {
    const candidate = new ApiCandidate(api, session, identity);
    await candidate.enter();
    await authorizeStart(api, token, session, candidate.id);
    await candidate.start();
    while (await candidate.status() === 'IN_PROGRESS') await candidate.answer();
    candidates.push(candidate);
  }
  await api.ok('POST', `/api/sessions/${session.id}/finalization`, { token, body: report(candidates) });
  return { session, candidates, token };
}

async function logIn(page, email, password) {
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { name: 'Sessions à publier' }).waitFor();
}

test('an admin invites a processor, who reviews, decides and publishes; anyone checks a certificate', async () => {
  const api = new Api(rig.server.url);
  const suffix = randomUUID().slice(0, 8);
  const adminEmail = `admin-${suffix}@certamen.example`;
  const processorEmail = `traitement-${suffix}@certamen.example`;

  // The bootstrap token creates the first admin, who chooses a password with the invitation.
  const adminInvitation = await api.ok('POST', '/api/staff-members', {
    token: staffToken, body: { email: adminEmail, role: 'admin' },
  });
  await api.ok('POST', '/api/staff-invitations/acceptance', {
    body: { token: adminInvitation.link.split('#invitation=')[1], password: adminPassword },
  });

  // A session with an incident on a question and a fraud report, and two clean ones.
  const incident = await finalisedSession(api, [
    { lastName: 'Lefèvre', firstName: 'Zoé', birthdate: '2011-05-04' },
    { lastName: 'Moreau', firstName: 'Hugo', birthdate: '2011-02-10' },
  ], ([zoe, hugo]) => ({
    hasIncident: true,
    incidents: [
      { candidateId: zoe.id, category: 'IN_QUESTION', questionNumber: 3, description: 'L’image de la question ne s’affichait pas.' },
      { candidateId: hugo.id, category: 'FRAUD', description: 'Téléphone utilisé pendant l’épreuve.' },
    ],
  }));
  const clean = [];
  for (const lastName of ['Garcia', 'Simon']) {
    clean.push(await finalisedSession(api, [{ lastName, firstName: 'Inès', birthdate: '2011-09-12' }], () => ({ hasIncident: false })));
  }

  // The admin logs in and invites a processor.
  const page = await rig.browser.context.newPage();
  await page.goto(`${rig.server.url}/staff/`);
  await logIn(page, adminEmail, adminPassword);
  await page.getByRole('link', { name: 'Équipe' }).click();
  await page.getByRole('heading', { name: 'Équipe' }).waitFor();
  await page.getByLabel('Adresse électronique').fill(processorEmail);
  await page.getByRole('button', { name: 'Inviter' }).click();
  const link = await page.getByLabel('Lien d’invitation').inputValue();
  assert.match(link, /\/staff\/#invitation=/);
  await page.getByRole('cell', { name: processorEmail }).waitFor();
  await screenshot(page, 'staff-members');

  // The admin creates a centre, whose administrator plans a session; the centres page lists it.
  await page.getByRole('link', { name: 'Centres' }).click();
  await page.getByRole('heading', { name: 'Centres' }).waitFor();
  const centreName = `Collège Camus ${suffix}`;
  const centreAdmin = `direction-${suffix}@college.example`;
  await page.getByLabel('Nom du centre').fill(centreName);
  await page.getByLabel(/^Adresse électronique de l’administrateur/).fill(centreAdmin);
  await page.getByRole('button', { name: 'Créer le centre' }).click();
  const centreLink = await page.getByLabel('Lien d’invitation').inputValue();
  await api.ok('POST', '/api/centre-invitations/acceptance', {
    body: { token: centreLink.split('#invitation=')[1], password: 'mot-de-passe-du-centre' },
  });
  const centreLogin = await api.ok('POST', '/api/centre-sessions', {
    body: { email: centreAdmin, password: 'mot-de-passe-du-centre' },
  });
  const planned = await api.ok('POST', `/api/centres/${centreLogin.centreId}/sessions`, {
    token: centreLogin.token,
    body: { address: '1 rue de la Paix, Lyon', room: 'B12', examiner: 'Mme Martin', date: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10), time: '14:00' },
  });
  const centreRow = page.getByRole('row', { name: new RegExp(centreName) });
  await centreRow.getByRole('cell', { name: centreAdmin }).waitFor();
  await page.getByRole('button', { name: `Voir les sessions de ${centreName}` }).click();
  const sessionRow = page.getByRole('row', { name: new RegExp(planned.id) });
  assert.match(await sessionRow.textContent(), /B12/);
  assert.match(await sessionRow.textContent(), /à venir/);
  await screenshot(page, 'staff-centres');

  // The admin loads the directory of schools; a bad line is reported with its number and column.
  await page.getByLabel('Fichier CSV de l’annuaire').setInputFiles({
    name: 'annuaire.csv', mimeType: 'text/csv',
    buffer: Buffer.from('UAI;Nom;Courriel officiel;Type\r\n0750654D;Lycée Condorcet;ce.0750654d@ac-paris.fr;school\r\n'
      + '0750654E;Lycée faux;ce@ac-paris.fr;school\r\n'),
  });
  await page.getByRole('button', { name: 'Charger l’annuaire' }).click();
  await page.getByText('1 établissement chargé, 1 ligne refusée.').waitFor();
  await page.getByText(/^Ligne 3 \(UAI\)/).waitFor();
  await page.getByRole('button', { name: 'Se déconnecter' }).click();

  // The processor chooses a password (a common one is refused) and logs in.
  await page.goto(link);
  await page.getByLabel('Mot de passe', { exact: true }).fill('motdepasse123');
  await page.getByLabel('Confirmez le mot de passe').fill('motdepasse123');
  await page.getByRole('button', { name: 'Activer mon compte' }).click();
  await page.getByText('Ce mot de passe est trop courant').waitFor();
  await page.getByLabel('Mot de passe', { exact: true }).fill(processorPassword);
  await page.getByLabel('Confirmez le mot de passe').fill(processorPassword);
  await page.getByRole('button', { name: 'Activer mon compte' }).click();
  await page.getByText('Votre compte est activé').waitFor();
  await logIn(page, processorEmail, processorPassword);
  assert.equal(await page.getByRole('link', { name: 'Équipe' }).count(), 0);

  // The queue shows the session that needs a person on top, with its reasons.
  const firstRow = page.locator('tbody tr').first();
  assert.match(await firstRow.textContent(), new RegExp(incident.session.id));
  assert.match(await firstRow.textContent(), /Fraude signalée/);
  assert.match(await firstRow.textContent(), /Incident sur une question, non traité/);
  await screenshot(page, 'staff-queue');

  // Review: neutralise the question of the incident, seeing it and the new result before confirming.
  await page.getByRole('link', { name: incident.session.id }).click();
  await page.getByRole('heading', { name: 'Résultats (2 candidat·es)' }).waitFor();
  await screenshot(page, 'staff-review');
  const zoeRow = page.locator(`tr[data-candidate="${incident.candidates[0].id}"]`);
  await page.getByRole('button', { name: 'Décision du jury pour Zoé Lefèvre' }).click();
  assert.equal(await page.getByLabel('Décision', { exact: true }).inputValue(), 'neutralize');
  assert.equal(await page.getByLabel(/^Question, numérotée/).inputValue(), '3');
  await page.getByText('Incident signalé sur la question 3 : L’image de la question ne s’affichait pas.').waitFor();
  const seen = await api.ok('GET', `/api/sessions/${incident.session.id}/candidates/${incident.candidates[0].id}/questions`, { token: staffToken });
  const third = seen.find((q) => q.number === 3);
  assert.equal(await page.locator('#question-text').textContent(),
    `Consigne de la question 3 : ${third.instruction} (item ${third.itemId})`);
  await screenshot(page, 'staff-jury-question');
  await page.getByRole('button', { name: 'Voir le nouveau résultat' }).click();
  await page.getByText(/^Nouveau résultat : Validée/).waitFor();
  await screenshot(page, 'staff-jury-preview');
  await page.getByRole('button', { name: 'Confirmer la décision' }).click();
  await page.getByText('Décision enregistrée pour Zoé Lefèvre.').waitFor();
  await zoeRow.getByText('Question neutralisée : 3').waitFor();
  await page.getByRole('button', { name: 'Journal de Zoé Lefèvre' }).click();
  const journal = page.getByRole('dialog', { name: 'Journal — Zoé Lefèvre' });
  await journal.getByRole('heading', { name: 'Alertes' }).waitFor();
  await journal.getByText('Aucune alerte.').waitFor();
  await journal.getByRole('button', { name: 'Fermer' }).click();

  // Reject the fraud: both comments are required.
  await page.getByRole('button', { name: 'Décision du jury pour Hugo Moreau' }).click();
  assert.equal(await page.getByLabel('Décision', { exact: true }).inputValue(), 'reject');
  await page.getByLabel('Commentaire pour le candidat ou la candidate').fill('Usage d’un téléphone pendant l’épreuve.');
  await page.getByLabel('Commentaire pour l’établissement').fill('Fraude constatée par le surveillant.');
  await page.getByRole('button', { name: 'Voir le nouveau résultat' }).click();
  await page.getByText(/^Nouveau résultat : Rejetée/).waitFor();
  await page.getByRole('button', { name: 'Confirmer la décision' }).click();
  await page.getByText('Décision enregistrée pour Hugo Moreau.').waitFor();
  const hugoRow = page.locator(`tr[data-candidate="${incident.candidates[1].id}"]`);
  assert.match(await hugoRow.textContent(), /Rejetée/);
  await page.locator('#results').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('results').scrollIntoView());
  await screenshot(page, 'staff-review-decided');

  // Bulk publication: that session and the two clean ones.
  await page.getByRole('link', { name: '← Retour aux sessions à publier' }).click();
  await page.getByRole('heading', { name: 'Sessions à publier' }).waitFor();
  await page.getByRole('button', { name: 'Sélectionner les sessions prêtes' }).click();
  for (const { session } of clean) {
    assert.equal(await page.getByLabel(new RegExp(`Sélectionner la session ${session.id} `)).isChecked(), true);
  }
  await page.getByLabel(new RegExp(`Sélectionner la session ${incident.session.id} `)).check();
  await page.getByRole('button', { name: 'Publier les sessions sélectionnées' }).click();
  await page.getByText('Dont 1 session signalée à examiner').waitFor();
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  await page.getByText('3 sessions publiées.').waitFor();
  await screenshot(page, 'staff-published');

  // The results read who changed them; the centre now sees them.
  const results = await api.ok('GET', `/api/sessions/${incident.session.id}/results`, { token: incident.token });
  assert.deepEqual(results.map((r) => [r.changedBy, r.change, r.version]),
    [[processorEmail, 'neutralize', 2], [processorEmail, 'reject', 2]]);
  assert.deepEqual(results[0].neutralizedQuestions, [3]);
  const code = results.find((r) => r.status === 'validated').verificationCode;

  // Anyone checks a code from the attestation's address, and an unknown one is refused.
  const publicPage = await rig.browser.context.newPage();
  await publicPage.goto(`${rig.server.url}/verification/#${code}`);
  await publicPage.getByRole('heading', { name: 'Certification valable' }).waitFor();
  assert.match(await publicPage.locator('#answer').textContent(), /Zoé Lefèvre/);
  await screenshot(publicPage, 'verification-valid');
  await publicPage.getByLabel('Code de vérification').fill('P-AAAA-BBBB-CCCC');
  await publicPage.getByRole('button', { name: 'Vérifier' }).click();
  await publicPage.getByText('Aucune certification ne correspond à ce code.').waitFor();
  await screenshot(publicPage, 'verification-unknown');
  assert.deepEqual(rig.browser.cspViolations, []);
});
