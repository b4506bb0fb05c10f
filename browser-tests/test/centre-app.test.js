import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Api } from '../lib/api.js';
import { launchBrowser, screenshot } from '../lib/browser.js';
import { startExamServer } from '../lib/exam-server.js';

const EXAMPLES = fileURLToPath(new URL('../../exam-server/src/test/resources/imports/examples/', import.meta.url));
const staffToken = randomUUID();
const password = 'un-mot-de-passe-solide';
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

test('a centre lead joins, invites a member, plans a session, imports candidates and downloads the documents', async () => {
  const api = new Api(server.url);
  const email = `direction-${randomUUID().slice(0, 8)}@college.example`;
  const centre = await api.ok('POST', '/api/centres', {
    token: staffToken, body: { name: 'Collège Victor Hugo', administratorEmail: email },
  });
  const page = await browser.context.newPage();

  // The invitation link sets the password, then the lead logs in.
  await page.goto(centre.invitation.link);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByLabel('Confirmez le mot de passe').fill(password);
  await page.getByRole('button', { name: 'Activer mon compte' }).click();
  await page.getByRole('heading', { name: 'Votre compte est prêt' }).waitFor();
  await page.getByRole('link', { name: 'Aller à la connexion' }).click();
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await screenshot(page, 'centre-login');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { name: 'Sessions' }).waitFor();

  // Members: invite a colleague, the link is shown.
  await page.getByRole('link', { name: 'Membres' }).click();
  await page.getByRole('heading', { name: 'Membres du centre' }).waitFor();
  await page.getByLabel('Adresse e-mail').fill('professeur@college.example');
  await page.getByRole('button', { name: 'Inviter' }).click();
  const link = await page.getByLabel('Lien d’invitation (valable 7 jours)').inputValue();
  assert.match(link, /\/invigilator\/#invitation=/);
  await page.getByRole('cell', { name: 'invitation envoyée' }).waitFor();
  await screenshot(page, 'centre-members');

  // A session is planned with the form.
  await page.getByRole('link', { name: 'Sessions' }).click();
  await page.getByLabel('Date').fill('2026-12-03');
  await page.getByLabel('Heure').fill('14:00');
  await page.getByLabel('Salle').fill('Salle informatique B12');
  await page.getByLabel('Adresse').fill('1 place de la République, Lyon');
  await page.getByLabel('Surveillant(e)').fill('Mme Durand');
  await page.getByRole('button', { name: 'Créer la session' }).click();
  const created = await page.getByText(/Session \d+ créée/).textContent();
  const sessionId = /Session (\d+) créée/.exec(created)[1];
  await screenshot(page, 'centre-sessions');
  await page.getByRole('link', { name: `Ouvrir la session ${sessionId}` }).click();
  await page.getByRole('heading', { name: `Session ${sessionId}` }).waitFor();

  // The SIECLE export is clean: checked, then imported.
  await page.getByLabel('Format').selectOption('siecle');
  await page.getByLabel('Fichier').setInputFiles(`${EXAMPLES}ElevesSansAdresses.xml`);
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await page.getByText('20 ligne(s) valide(s), 0 ligne(s) rejetée(s).').waitFor();
  await page.getByRole('button', { name: 'Importer les 20 candidats' }).click();
  await page.locator('#candidates tbody tr').nth(19).waitFor();
  assert.equal(await page.locator('#candidates tbody tr').count(), 20);

  // The CSV has three bad lines: each is reported with its reason, nothing is imported until asked.
  await page.getByLabel('Format').selectOption('csv');
  await page.getByLabel('Fichier').setInputFiles(`${EXAMPLES}candidats-avec-erreurs.csv`);
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  const problems = page.locator('#import-report ul.problems li');
  await problems.first().waitFor();
  const reasons = await problems.allTextContents();
  assert.equal(reasons.length, 3);
  assert.match(reasons[0], /^Ligne 5 \(DIALLO Aminata\)/);
  assert.match(reasons[1], /^Ligne 6 /);
  assert.match(reasons[2], /^Ligne 9 /);
  assert.equal(await page.locator('#candidates tbody tr').count(), 20);
  await screenshot(page, 'centre-import-report');
  // The six valid lines are pupils the SIECLE export already enrolled: none is enrolled twice.
  const [imported] = await Promise.all([
    page.waitForResponse((response) => response.url().includes('mode=valid-lines')),
    page.getByRole('button', { name: 'Importer quand même les 6 lignes valides' }).click()]);
  assert.equal((await imported.json()).enrolledCount, 0);
  assert.equal(await page.locator('#candidates tbody tr').count(), 20);

  // One more by hand; certifiability shows for a candidate whose profile is known.
  await api.ok('POST', `/api/sessions/${sessionId}/candidates`, {
    token: staffToken,
    body: {
      lastName: 'Zola', firstName: 'Émile', birthdate: '2011-04-02', division: '3A', externalId: '000000899AB',
      profile: { '1.1': 12, '1.2': 8, '2.1': 16, '3.1': 9, '4.1': 40 },
    },
  });
  await page.getByText('Inscrire un candidat').click();
  await page.getByLabel('Nom', { exact: true }).fill('Yourcenar');
  await page.getByLabel('Prénom').fill('Marguerite');
  await page.getByLabel('Date de naissance').fill('2011-06-08');
  await page.getByLabel('Temps majoré (%)').fill('33');
  await page.getByRole('button', { name: 'Inscrire le candidat' }).click();
  await page.getByText('22 candidat(s) inscrit(s).').waitFor();
  const zola = page.locator('#candidates tbody tr').filter({ hasText: 'Zola' });
  assert.equal(await zola.locator('td.certifiability').textContent(), 'certifiable');
  const yourcenar = page.locator('#candidates tbody tr').filter({ hasText: 'Yourcenar' });
  assert.equal(await yourcenar.locator('td.certifiability').textContent(), 'profil inconnu');
  await screenshot(page, 'centre-session');

  // The invigilator's documents are PDFs.
  for (const label of ['Feuille d’émargement (PDF)', 'Informations d’accès (PDF)']) {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
    const bytes = readFileSync(await file.path());
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
  }
  await page.close();
});

test('the pages run under a strict Content-Security-Policy without a violation', async () => {
  const reply = await fetch(`${server.url}/invigilator/`);
  assert.match(reply.headers.get('content-security-policy'), /script-src 'self';.*frame-ancestors 'none'/);
  assert.deepEqual(browser.cspViolations, []);
});
