import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Api } from '../lib/api.js';
import { screenshot } from '../lib/browser.js';
import { rigForTests } from '../lib/rig.js';

const EXAMPLES = fileURLToPath(new URL('../../exam-server/src/test/resources/imports/examples/', import.meta.url));
const staffToken = randomUUID();
/** The date in `days` days, as typed in the app: jj/mm/aaaa. */
const frenchDay = (days) => new Date(Date.now() + days * 86_400_000).toLocaleDateString('fr-FR', { timeZone: 'UTC' });
const password = 'un-mot-de-passe-solide';
const rig = rigForTests({ staffToken, withExtension: false });

test('a centre lead joins, invites a member, plans a session, imports candidates and downloads the documents', async () => {
  const api = new Api(rig.server.url);
  const email = `direction-${randomUUID().slice(0, 8)}@college.example`;
  const centre = await api.ok('POST', '/api/centres', {
    token: staffToken, body: { name: 'Collège Victor Hugo', administratorEmail: email },
  });
  const page = await rig.browser.context.newPage();

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

  // Sessions are planned with the form; dates are typed the French way whatever the browser's language.
  await page.getByRole('link', { name: 'Sessions' }).click();
  const plan = async (date, room) => {
    await page.getByLabel('Date').fill(date);
    // 22 pupils by the end: two invigilators (20 pupils each at most).
    await page.getByLabel('Nombre de surveillants').fill('2');
    await page.getByLabel('Heure').fill('14:00');
    await page.getByLabel('Salle').fill(room);
    await page.getByLabel('Adresse').fill('1 place de la République, Lyon');
    await page.getByLabel('Surveillant ou surveillante').fill('Mme Durand');
    const before = await page.locator('.notice').count() ? await page.locator('.notice').textContent() : '';
    await page.getByRole('button', { name: 'Créer la session' }).click();
    await page.waitForFunction((previous) => document.querySelector('.notice')?.textContent
      && document.querySelector('.notice').textContent !== previous, before);
    return /Session (\d+) créée/.exec(await page.locator('.notice').textContent())[1];
  };
  assert.equal(await page.getByLabel('Date').getAttribute('placeholder'), 'jj/mm/aaaa');
  await page.getByLabel('Date').fill('10/01/2020');
  await page.getByLabel('Heure').fill('14:00');
  await page.getByLabel('Salle').fill('Salle 1');
  await page.getByLabel('Adresse').fill('1 place de la République, Lyon');
  await page.getByLabel('Surveillant ou surveillante').fill('Mme Durand');
  await page.getByRole('button', { name: 'Créer la session' }).click();
  await page.getByRole('alert').getByText('La date du 10/01/2020 est passée : choisissez aujourd\'hui ou un jour à venir.').waitFor();
  const later = await plan(frenchDay(20), 'Salle 204');
  const sessionId = await plan(frenchDay(7), 'Salle informatique B12');
  // Listed by date, with their state.
  const listed = page.locator('table tbody tr');
  await listed.nth(1).waitFor();
  assert.match(await listed.nth(0).textContent(), new RegExp(`^${sessionId}`));
  assert.match(await listed.nth(1).textContent(), new RegExp(`^${later}`));
  assert.equal(await listed.nth(0).locator('td.stage').textContent(), 'à venir');
  await screenshot(page, 'centre-sessions');
  await page.getByRole('link', { name: `Ouvrir la session ${sessionId}` }).click();
  await page.getByRole('heading', { name: `Session ${sessionId}` }).waitFor();

  // The SIECLE export is clean: checked, then imported.
  await page.getByLabel('Format').selectOption('siecle');
  await page.getByLabel('Fichier').setInputFiles(`${EXAMPLES}ElevesSansAdresses.xml`);
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await page.getByText('20 lignes valides, 0 ligne rejetée.').waitFor();
  // The preview lists the pupils it will enrol.
  assert.equal(await page.locator('#import-report table tbody tr').count(), 20);
  await page.getByRole('button', { name: 'Importer ces 20 élèves' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'centre-import-preview');
  await page.getByRole('button', { name: 'Importer ces 20 élèves' }).click();
  await page.locator('#candidates tbody tr').nth(19).waitFor();
  assert.equal(await page.locator('#candidates tbody tr').count(), 20);
  // The same export again updates them: nobody is enrolled twice.
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await page.getByRole('button', { name: 'Importer ces 20 élèves' }).click();
  await page.getByText('20 élèves déjà inscrit·es mis·es à jour (aucun doublon).').waitFor();
  assert.equal(await page.locator('#candidates tbody tr').count(), 20);

  // The page says the CSV columns and offers an example file.
  await page.getByText('Colonnes du fichier CSV').click();
  await page.getByText('Temps majoré : facultatif').waitFor();
  const [example] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger un exemple de fichier CSV' }).click()]);
  assert.match(readFileSync(await example.path(), 'utf8'), /^\uFEFFNom;Prénom;Date de naissance;Classe;INE;Temps majoré;Aménagements\r\n/);

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
  await page.getByRole('button', { name: 'Importer quand même les 6 lignes valides' }).click();
  // The example CSV reuses six INEs of the SIECLE example: those pupils are updated, not enrolled twice.
  await page.getByText('6 élèves déjà inscrit·es mis·es à jour (aucun doublon).', { exact: true }).waitFor();
  await page.getByText('20 inscriptions.').waitFor();

  // A UTF-16 file is refused as a whole, with what to do, apart from line errors.
  await page.getByLabel('Fichier').setInputFiles({
    name: 'eleves.txt', mimeType: 'text/plain',
    buffer: Buffer.from('\uFEFFNom;Prénom;Date de naissance;Classe;INE\r\n', 'utf16le'),
  });
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await page.getByRole('heading', { name: 'Fichier refusé' }).waitFor();
  await page.locator('#import-report').getByText(/enregistrez-le au format CSV UTF-8/).waitFor();
  assert.equal(await page.locator('#import-report').getByText(/ligne valide/).count(), 0);

  // One more by hand; certifiability shows for a candidate whose profile is known.
  await api.ok('POST', `/api/sessions/${sessionId}/candidates`, {
    token: staffToken,
    body: {
      lastName: 'Zola', firstName: 'Émile', birthdate: '2011-04-02', division: '3A', externalId: '000000899AB',
      profile: { '1.1': 12, '1.2': 8, '2.1': 16, '3.1': 9, '4.1': 40 },
    },
  });
  await page.getByText('Inscrire un ou une élève').click();
  const enrol = page.locator('details', { hasText: 'Inscrire un ou une élève' });
  await enrol.getByLabel('Nom', { exact: true }).fill('Yourcenar');
  await enrol.getByLabel('Prénom').fill('Marguerite');
  await enrol.getByLabel('Date de naissance').fill('08/06/2011');
  await enrol.getByLabel('Temps majoré (%)').fill('33');
  await enrol.getByRole('button', { name: 'Inscrire' }).click();
  await page.getByText('22 inscriptions.').waitFor();
  const zola = page.locator('#candidates tbody tr').filter({ hasText: 'Zola' });
  assert.equal(await zola.locator('td.certifiability').textContent(), 'certifiable');

  // A candidate is corrected, another removed, each after a confirmation.
  await page.getByRole('button', { name: 'Modifier Marguerite Yourcenar' }).click();
  const edit = page.getByRole('dialog');
  await edit.getByLabel('Classe').fill('3e C');
  await screenshot(page, 'centre-edit-candidate');
  await edit.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await page.locator('#candidates tbody tr').filter({ hasText: 'Yourcenar' }).getByRole('cell', { name: '3e C' }).waitFor();
  await page.getByRole('button', { name: 'Retirer Émile Zola' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Retirer de la session' }).click();
  await page.getByText('21 inscriptions.').waitFor();
  await page.getByRole('button', { name: 'Modifier Marguerite Yourcenar' }).waitFor();
  const yourcenar = page.locator('#candidates tbody tr').filter({ hasText: 'Yourcenar' });
  assert.equal(await yourcenar.locator('td.certifiability').textContent(), 'non communiqué');
  await screenshot(page, 'centre-session');

  // The invigilator's documents are PDFs.
  for (const label of ['Feuille d’émargement (PDF)', 'Informations d’accès (PDF)']) {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
    const bytes = readFileSync(await file.path());
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
  }

  // The later session is moved, then deleted: it leaves the list.
  await page.getByRole('link', { name: 'Sessions' }).click();
  await page.getByRole('link', { name: `Ouvrir la session ${later}` }).click();
  await page.getByText('Modifier ou supprimer la session').click();
  await page.getByLabel('Salle').fill('Salle 205');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByText(/— Salle 205,/).waitFor();
  await page.getByText('Modifier ou supprimer la session').click();
  await page.getByRole('button', { name: 'Supprimer la session' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Supprimer la session' }).click();
  await page.getByRole('heading', { name: 'Sessions' }).waitFor();
  await page.getByRole('link', { name: `Ouvrir la session ${sessionId}` }).waitFor();
  assert.equal(await page.getByRole('link', { name: `Ouvrir la session ${later}` }).count(), 0);
  await page.close();
});

test('the pages run under a strict Content-Security-Policy without a violation', async () => {
  const reply = await fetch(`${rig.server.url}/invigilator/`);
  assert.match(reply.headers.get('content-security-policy'), /script-src 'self';.*frame-ancestors 'none'/);
  assert.deepEqual(rig.browser.cspViolations, []);
});
