import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Api } from '../lib/api.js';
import { screenshot } from '../lib/browser.js';
import { BankAnswers } from '../lib/bank-answers.js';
import { rigForTests } from '../lib/rig.js';

const SIECLE = fileURLToPath(new URL('../../exam-server/src/test/resources/imports/examples/ElevesSansAdresses.xml', import.meta.url));
const PHONE = { width: 375, height: 667 };
const staffToken = randomUUID();
const password = 'un-mot-de-passe-solide';
const pupilPassword = 'cartable-2026';
const rig = rigForTests({ staffToken, withExtension: false });

/** A school with an administrator and the SIECLE example's 20 pupils in its roster; resolves with its login. */
async function schoolWithPupils(api) {
  const email = `direction-${randomUUID().slice(0, 8)}@college.example`;
  const centre = await api.ok('POST', '/api/centres', {
    token: staffToken, body: { name: 'Collège Jean Moulin', administratorEmail: email },
  });
  const invitation = decodeURIComponent(new URL(centre.invitation.link).hash.replace(/^#invitation=/, ''));
  await api.ok('POST', '/api/centre-invitations/acceptance', { body: { token: invitation, password } });
  const { token } = await api.ok('POST', '/api/centre-sessions', { body: { email, password } });
  const imported = await fetch(`${rig.server.url}/api/centres/${centre.id}/pupil-imports?format=siecle&mode=apply`, {
    method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/octet-stream' },
    body: readFileSync(SIECLE),
  });
  assert.equal(imported.status, 200, await imported.text());
  return { centreId: centre.id, email, token };
}

/** A pupil's phone: its own tab (the login lives in the tab), 375 × 667. */
async function phone() {
  const page = await rig.browser.context.newPage();
  await page.setViewportSize(PHONE);
  return page;
}

/** Types the campaign code and creates the account; resolves with the identifier the page proposed. */
async function createAccount(page, code, { lastName, firstName, day, month, year }, shot) {
  await page.goto(`${rig.server.url}/eleve/`);
  await page.getByLabel('Code de campagne').fill(code.toLowerCase());
  if (shot) await screenshot(page, 'pupil-code-phone');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByRole('link', { name: /c’est la première fois/ }).click();
  await page.getByLabel('Nom de famille').fill(lastName);
  await page.getByLabel('Prénom').fill(firstName);
  await page.getByLabel('Jour').fill(day);
  await page.getByLabel('Mois').fill(month);
  await page.getByLabel('Année').fill(year);
  await page.getByLabel('Mot de passe', { exact: true }).fill(pupilPassword);
  await page.getByLabel('Confirmez le mot de passe').fill(pupilPassword);
  if (shot) await screenshot(page, 'pupil-account-phone');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await page.getByRole('heading', { name: 'Votre compte est créé' }).waitFor();
  if (shot) await screenshot(page, 'pupil-identifier-phone');
  const identifier = await page.locator('.identifier').textContent();
  await page.getByRole('button', { name: 'Commencer' }).click();
  return identifier;
}

/** Answers the question on screen with `answers` (the bank's solution or a wrong one); false once it is over. */
async function answerOne(page, answers, { wrong = false } = {}) {
  const heading = page.locator('h1');
  await page.waitForFunction(() => /question|terminé/i.test(document.querySelector('h1')?.textContent ?? ''));
  if (/terminé/.test(await heading.textContent())) return false;
  const instruction = await page.locator('legend.instruction').textContent();
  const fill = answers.fill(instruction, { wrong });
  if (fill.skip) {
    await page.getByRole('button', { name: 'Je passe' }).click();
  } else {
    for (const index of fill.choices ?? []) await page.locator(`#choice-${index}`).check();
    if (fill.text !== undefined) await page.locator('#answer-text').fill(fill.text);
    for (const [name, text] of Object.entries(fill.fields ?? {})) {
      await page.locator(`input[data-field="${name}"]`).fill(text);
    }
    await page.getByRole('button', { name: 'Valider ma réponse' }).click();
  }
  await page.waitForFunction((previous) => document.querySelector('legend.instruction')?.textContent !== previous
    || /terminé/.test(document.querySelector('h1')?.textContent ?? ''), instruction);
  return true;
}

test('a teacher runs an assessment and a profile collection; three pupils join from the roster', async () => {
  const api = new Api(rig.server.url);
  const school = await schoolWithPupils(api);
  const answers = BankAnswers.demo();
  const teacher = await rig.browser.context.newPage();

  // The teacher logs in and creates the assessment, choosing its parcours by name and category.
  await teacher.goto(`${rig.server.url}/invigilator/#/centre/connexion`);
  await teacher.getByLabel('Adresse e-mail').fill(school.email);
  await teacher.getByLabel('Mot de passe').fill(password);
  await teacher.getByRole('button', { name: 'Se connecter' }).click();
  await teacher.getByRole('heading', { name: 'Sessions' }).waitFor();
  await teacher.getByRole('link', { name: 'Campagnes' }).click();
  await teacher.getByRole('heading', { name: 'Campagnes' }).waitFor();
  await teacher.getByText('Aucune campagne pour le moment.').waitFor();
  await teacher.getByRole('link', { name: 'Créer une campagne' }).click();
  await teacher.getByLabel('Nom de la campagne').fill('Rentrée des 3e');
  await teacher.getByLabel('Évaluer les participants').check();
  const categories = await teacher.getByLabel('Catégorie').locator('option').allTextContents();
  assert.ok(categories.length >= 3, `categories: ${categories}`);
  // Accents and case do not matter; the category narrows the list.
  await teacher.getByLabel('Rechercher par nom').fill('RENTREE 3e');
  const found = teacher.locator('.parcours-list li');
  await teacher.getByText('1 parcours trouvé.').waitFor();
  await teacher.getByLabel('Rechercher par nom').fill('rentree');
  await teacher.getByLabel('Catégorie').selectOption('Thématiques');
  await teacher.getByText('Aucun parcours ne correspond.').waitFor();
  await teacher.getByLabel('Catégorie').selectOption('Parcours de rentrée');
  await teacher.getByLabel('Rechercher par nom').fill('rentrée 3e');
  await teacher.getByText('1 parcours trouvé.').waitFor();
  const parcoursName = (await found.first().locator('label').textContent()).replace(/ — .*$/, '');
  assert.equal(parcoursName, '[CLG] Parcours de rentrée 3e');
  await found.first().getByRole('button', { name: /Voir les sujets/ }).click();
  const subjects = teacher.getByRole('dialog');
  await subjects.locator('table.subjects tbody tr').first().waitFor();
  await subjects.evaluate((dialog) => { dialog.scrollTop = 0; });
  await screenshot(teacher, 'campaign-parcours-subjects');
  await subjects.getByRole('button', { name: 'Fermer' }).click();
  await found.first().locator('input[type="radio"]').check();
  await teacher.getByLabel('Titre affiché aux élèves (facultatif)').fill('Parcours de rentrée');
  await teacher.getByLabel('Texte d’accueil (facultatif)').fill('Répondez seul·e, sans chercher sur Internet : ce test sert à préparer l’année.');
  await teacher.getByLabel('Envoi multiple').check();
  await screenshot(teacher, 'campaign-new');
  await teacher.getByRole('button', { name: 'Créer la campagne' }).click();
  await teacher.getByRole('heading', { name: 'Rentrée des 3e' }).waitFor();
  const assessmentCode = await teacher.locator('dl .campaign-code').textContent();
  assert.match(assessmentCode, /^[A-HJKMNP-Z2-9]{9}$/);

  // The profile collection.
  await teacher.getByRole('link', { name: 'Campagnes' }).first().click();
  await teacher.getByRole('link', { name: 'Créer une campagne' }).click();
  await teacher.getByLabel('Nom de la campagne').fill('Profils avant la certification');
  await teacher.getByLabel('Collecter les profils').check();
  assert.equal(await teacher.locator('.parcours-picker').isHidden(), true);
  await teacher.getByRole('button', { name: 'Créer la campagne' }).click();
  await teacher.getByRole('heading', { name: 'Profils avant la certification' }).waitFor();
  const profilesCode = await teacher.locator('dl .campaign-code').textContent();
  await teacher.getByRole('link', { name: 'Campagnes' }).first().click();
  await teacher.locator('#campaigns tbody tr').nth(1).waitFor();
  assert.deepEqual(await teacher.locator('#campaigns tbody tr .campaign-code').allTextContents(), [profilesCode, assessmentCode]);
  await screenshot(teacher, 'campaigns');

  // Léo finishes the assessment and sends his results.
  const leo = await phone();
  const leoIdentifier = await createAccount(leo, assessmentCode,
    { lastName: 'Arnaud', firstName: 'Léo', day: '1', month: '1', year: '2011' }, true);
  assert.match(leoIdentifier, /^leo\.arnaud0101/);
  await leo.getByText('Répondez seul·e, sans chercher sur Internet').waitFor();
  await screenshot(leo, 'pupil-question-phone');
  let answered = 0;
  while (await answerOne(leo, answers, { wrong: answered % 4 === 3 })) answered += 1;
  assert.ok(answered >= 5, `${answered} questions`);
  await leo.getByRole('heading', { name: 'C’est terminé !' }).waitFor();
  await screenshot(leo, 'pupil-done-phone');
  await leo.getByRole('button', { name: 'Envoyer mes résultats' }).click();
  await leo.getByRole('heading', { name: 'Résultats envoyés' }).waitFor();
  await leo.getByRole('link', { name: 'Voir mon profil' }).click();
  await leo.getByRole('heading', { name: 'Mon profil' }).waitFor();
  await leo.locator('.competences li').nth(15).waitFor();
  await screenshot(leo, 'pupil-profile-phone');

  // Camille stops halfway, comes back with the same code and her identifier, and stops again.
  const camille = await phone();
  const camilleIdentifier = await createAccount(camille, assessmentCode,
    { lastName: 'Benoit', firstName: 'camille', day: '02', month: '02', year: '2011' });
  for (let i = 0; i < 3; i++) assert.ok(await answerOne(camille, answers, { wrong: i === 1 }));
  await camille.getByRole('button', { name: 'Arrêter et reprendre plus tard' }).click();
  await camille.getByRole('heading', { name: 'Vos réponses sont enregistrées' }).waitFor();
  await camille.getByText(camilleIdentifier).waitFor();
  await screenshot(camille, 'pupil-stopped-phone');
  await camille.getByRole('link', { name: 'Revenir à l’accueil' }).click();
  await camille.getByLabel('Code de campagne').fill(assessmentCode);
  await camille.getByRole('button', { name: 'Continuer' }).click();
  await camille.getByRole('link', { name: /j’ai déjà un compte/ }).click();
  await camille.getByLabel('Identifiant').fill(camilleIdentifier);
  await camille.getByLabel('Mot de passe').fill(pupilPassword);
  await camille.getByRole('button', { name: 'Se connecter' }).click();
  assert.ok(await answerOne(camille, answers));
  await camille.getByRole('button', { name: 'Arrêter et reprendre plus tard' }).click();
  await camille.getByRole('heading', { name: 'Vos réponses sont enregistrées' }).waitFor();

  // Élodie sends her profile to the profile collection.
  const elodie = await phone();
  await createAccount(elodie, profilesCode, { lastName: 'Coeurderoy', firstName: 'Elodie', day: '3', month: '3', year: '2011' });
  await elodie.getByRole('heading', { name: 'Envoyer mon profil' }).waitFor();
  await elodie.locator('.competences li').nth(15).waitFor();
  await screenshot(elodie, 'pupil-send-profile-phone');
  await elodie.getByRole('button', { name: 'Envoyer mon profil' }).click();
  await elodie.getByRole('heading', { name: 'Profil envoyé' }).waitFor();

  // Someone who is not in the roster is refused in French.
  const stranger = await phone();
  await stranger.goto(`${rig.server.url}/eleve/#/campagne/${assessmentCode}/compte`);
  await stranger.getByLabel('Nom de famille').fill('Inconnu');
  await stranger.getByLabel('Prénom').fill('Personne');
  await stranger.getByLabel('Jour').fill('9');
  await stranger.getByLabel('Mois').fill('9');
  await stranger.getByLabel('Année').fill('2010');
  await stranger.getByLabel('Mot de passe', { exact: true }).fill(pupilPassword);
  await stranger.getByLabel('Confirmez le mot de passe').fill(pupilPassword);
  await stranger.getByRole('button', { name: 'Créer mon compte' }).click();
  await stranger.getByRole('alert').filter({ hasText: /élève/ }).waitFor();
  await screenshot(stranger, 'pupil-not-found-phone');

  // Activité: the counts and the chart, then the participants filtered by status, class and name.
  await teacher.getByRole('link', { name: 'Rentrée des 3e' }).click();
  await teacher.getByRole('heading', { name: 'Activité' }).waitFor();
  const chart = teacher.getByRole('img', { name: /Participants par statut/ });
  assert.match(await chart.getAttribute('aria-label'), /En cours : 1 ; En attente d’envoi : 0 ; Résultats reçus : 1/);
  assert.equal(await teacher.locator('#participants tbody tr').count(), 2);
  await screenshot(teacher, 'campaign-activity');
  // The server filters: each list is read once the count above it changed.
  const listed = async (total) => {
    await teacher.getByText(`${total} participant${total < 2 ? '' : 's'} sur 2.`).waitFor();
    return teacher.locator('#participants tbody th').allTextContents();
  };
  await teacher.getByLabel('Statut', { exact: true }).selectOption('STARTED');
  assert.deepEqual(await listed(1), ['BENOÎT Camille']);
  await teacher.getByLabel('Statut', { exact: true }).selectOption('');
  assert.equal((await listed(2)).length, 2);
  await teacher.getByLabel('Classe', { exact: true }).selectOption('3A');
  assert.deepEqual(await listed(1), ['ARNAUD Léo']);
  await teacher.getByLabel('Classe', { exact: true }).selectOption('');
  await listed(2);
  await teacher.getByLabel('Nom', { exact: true }).fill('beno');
  assert.deepEqual(await listed(1), ['BENOÎT Camille']);
  await teacher.getByLabel('Nom', { exact: true }).fill('');
  await listed(2);
  await teacher.getByRole('button', { name: 'ARNAUD Léo' }).click();
  const detail = teacher.getByRole('dialog');
  await detail.getByText('Résultats reçus').waitFor();
  await screenshot(teacher, 'campaign-participant');
  await detail.getByRole('button', { name: 'Fermer' }).click();

  // Résultats: Léo's tier lists him; the other tiers are empty.
  // The campaign's own tabs, apart from the centre's nav (which has its « Résultats » too).
  const campaignViews = teacher.getByRole('navigation', { name: 'Vues de la campagne' });
  await campaignViews.getByRole('link', { name: 'Résultats' }).click();
  await teacher.getByRole('heading', { name: 'Résultats' }).waitFor();
  const leoRow = teacher.locator('#results tbody tr').filter({ hasText: 'ARNAUD Léo' });
  const leoTier = await leoRow.locator('td.tier').textContent();
  await teacher.locator('.tier-tiles button').filter({ hasText: leoTier }).click();
  await teacher.getByText(`1 élève en ${leoTier}.`).waitFor();
  assert.deepEqual(await teacher.locator('#results tbody th').allTextContents(), ['ARNAUD Léo']);
  await screenshot(teacher, 'campaign-results');
  const otherTier = leoTier === 'maîtrise insuffisante' ? 'très bonne maîtrise' : 'maîtrise insuffisante';
  await teacher.locator('.tier-tiles button').filter({ hasText: otherTier }).click();
  await teacher.getByText(`0 élève en ${otherTier}.`).waitFor();
  assert.equal(await teacher.locator('#results tbody tr').count(), 0);

  // Analyse: subjects from the least mastered, and the results by competence.
  await campaignViews.getByRole('link', { name: 'Analyse' }).click();
  await teacher.getByRole('heading', { name: 'Sujets les moins maîtrisés' }).waitFor();
  const rates = (await teacher.locator('#analysis-subjects tbody td.number').allTextContents()).map((text) => parseInt(text, 10));
  assert.ok(rates.length >= 2);
  assert.deepEqual(rates, [...rates].sort((a, b) => a - b));
  assert.ok(await teacher.locator('#analysis-competences tbody tr').count() >= 1);
  await screenshot(teacher, 'campaign-analysis');

  // The results export: `;`, BOM, one row per participant.
  const [results] = await Promise.all([teacher.waitForEvent('download'),
    teacher.getByRole('button', { name: 'Exporter les résultats (CSV)' }).click()]);
  const resultsCsv = readFileSync(await results.path(), 'utf8');
  assert.match(resultsCsv, /^\uFEFF/);
  assert.match(resultsCsv, /"ARNAUD";"Léo"/i);

  // The profile collection: Élodie's sending, and its export.
  await teacher.getByRole('link', { name: 'Campagnes' }).first().click();
  await teacher.getByRole('link', { name: 'Profils avant la certification' }).click();
  await teacher.getByRole('heading', { name: 'Activité' }).waitFor();
  assert.equal(await campaignViews.getByRole('link', { name: 'Résultats' }).count(), 0);
  assert.deepEqual(await teacher.locator('#participants tbody th').allTextContents(), ['CŒURDEROY Élodie']);
  const [profiles] = await Promise.all([teacher.waitForEvent('download'),
    teacher.getByRole('button', { name: 'Exporter les profils (CSV)' }).click()]);
  const profilesCsv = readFileSync(await profiles.path(), 'utf8');
  assert.match(profilesCsv, /^\uFEFF/);
  assert.match(profilesCsv, /"CŒURDEROY";"Élodie";"3A";"Oui";/i);

  // The parcours catalogue and a parcours' page.
  await teacher.getByRole('link', { name: 'Campagnes' }).first().click();
  await teacher.getByRole('link', { name: 'Catalogue des parcours' }).click();
  await teacher.getByRole('heading', { name: 'Catalogue des parcours' }).waitFor();
  await teacher.getByRole('link', { name: parcoursName }).click();
  await teacher.getByRole('heading', { name: parcoursName }).waitFor();
  await screenshot(teacher, 'campaign-parcours');

  // A class's identifiers and one-time passwords, printed after a confirmation.
  await teacher.getByRole('link', { name: 'Campagnes' }).first().click();
  await teacher.getByText('Imprimer les identifiants d’une classe').click();
  await teacher.getByLabel('Classe').selectOption('3A');
  await teacher.getByRole('button', { name: 'Imprimer les identifiants (PDF)' }).click();
  const [sheet] = await Promise.all([teacher.waitForEvent('download'),
    teacher.getByRole('dialog').getByRole('button', { name: 'Imprimer' }).click()]);
  assert.equal(readFileSync(await sheet.path()).subarray(0, 5).toString(), '%PDF-');
});

test('the pupil and campaign pages run under a strict Content-Security-Policy without a violation', async () => {
  const reply = await fetch(`${rig.server.url}/eleve/`);
  assert.equal(reply.status, 200);
  assert.match(reply.headers.get('content-security-policy'), /script-src 'self';.*frame-ancestors 'none'/);
  assert.deepEqual(rig.browser.cspViolations, []);
});
