import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { Api } from '../lib/api.js';
import { screenshot } from '../lib/browser.js';
import { enter } from '../lib/candidate.js';
import { rigForTests } from '../lib/rig.js';

const { refusalMessage } = await import(new URL('../../exam-server/src/main/resources/webroot/exam/refusals.js', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../exam-server/src/test/resources/imports/examples/', import.meta.url));
const staffToken = randomUUID();
const password = 'un-mot-de-passe-solide';
/** The date in `days` days, as typed in the app: jj/mm/aaaa. */
const frenchDay = (days) => new Date(Date.now() + days * 86_400_000).toLocaleDateString('fr-FR', { timeZone: 'UTC' });
/** Class 3A of the examples: all certifiable but ARNAUD Léo, who has two competences at level 1. */
const CLASS_3A = ['000000823AB', '000000827AB', '000000829AB', '000000831AB', '000000833AB', '000000835AB',
  '000000837AB', '000000839AB', '000000851AB'];
const rig = rigForTests({ staffToken, withExtension: false });

function profiles() {
  const lines = ['INE;Compétence;Pix'];
  for (const ine of CLASS_3A) for (const code of ['1.1', '1.2', '2.1', '3.1', '4.1']) lines.push(`${ine};${code};12`);
  lines.push('000000821AB;1.1;12', '000000821AB;2.1;9');
  return Buffer.from(`${lines.join('\n')}\n`);
}

test('a school keeps its pupils from SIECLE, enrols a class within the room, and a pupil who is not certifiable is refused', async () => {
  const api = new Api(rig.server.url);
  const email = `direction-${randomUUID().slice(0, 8)}@college.example`;
  const centre = await api.ok('POST', '/api/centres', {
    token: staffToken, body: { name: 'Collège Jean Moulin', uai: '0219999E', administratorEmail: email },
  });
  const token = centre.invitation.link.split('#invitation=')[1];
  await api.ok('POST', '/api/centre-invitations/acceptance', { body: { token, password } });
  const page = await rig.browser.context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${rig.server.url}/invigilator/#/centre/connexion`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { name: 'Sessions' }).waitFor();

  // The SIECLE export: checked, then applied; the page says when and what.
  await page.getByRole('link', { name: 'Élèves' }).click();
  await page.getByRole('heading', { name: 'Élèves' }).waitFor();
  await page.getByText('La liste des élèves n’a pas encore été importée.').waitFor();
  await page.getByText('Importer la liste des élèves').click();
  const importPanel = page.locator('#pupil-import');
  await importPanel.getByLabel('Format').selectOption('siecle');
  await importPanel.getByLabel('Fichier').setInputFiles(`${EXAMPLES}ElevesSansAdresses.xml`);
  await importPanel.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await page.getByRole('heading', { name: 'Ce que l’import va changer' }).waitFor();
  await importPanel.getByText('20 nouveaux élèves').waitFor();
  await importPanel.getByRole('button', { name: 'Appliquer ces changements' }).click();
  await page.getByRole('heading', { name: 'Liste des élèves mise à jour' }).waitFor();
  await page.locator('#last-import').getByText('20 élèves importés, 0 désactivé, 0 ligne refusée').waitFor();

  // Two months later: three pupils left, two arrived.
  await importPanel.getByLabel('Fichier').setInputFiles(`${EXAMPLES}ElevesSansAdresses-janvier.xml`);
  await importPanel.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await importPanel.getByText('3 anciens élèves désactivés', { exact: false }).waitFor();
  await importPanel.getByText('2 nouveaux élèves').waitFor();
  const leaving = await importPanel.locator('h4:has-text("Élèves désactivés") + ul li').allTextContents();
  assert.deepEqual(leaving.sort(), ['DIALLO Aminata (3B)', 'FONTAINE Manon (3B)', 'ÉTIENNE Gabriel (3A)'].sort());
  await page.getByRole('heading', { name: 'Ce que l’import va changer' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'pupils-reimport-report');
  await importPanel.getByRole('button', { name: 'Appliquer ces changements' }).click();
  await page.locator('#last-import').getByText('19 élèves importés, 3 désactivés, 0 ligne refusée').waitFor();
  // Two pupils join 3B from a spreadsheet; a CSV deactivates nobody.
  await importPanel.getByLabel('Format').selectOption('csv');
  await importPanel.getByLabel('Fichier').setInputFiles({
    name: 'arrivees.csv', mimeType: 'text/csv',
    buffer: Buffer.from('Nom;Prénom;Date de naissance;Classe;INE\nBLANC;Jade;12/04/2011;3B;000000861AB\nCARON;Tom;30/09/2011;3B;000000862AB\n'),
  });
  await importPanel.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await importPanel.getByRole('button', { name: 'Appliquer ces changements' }).click();
  await page.locator('#last-import').getByText('2 élèves importés, 0 désactivé, 0 ligne refusée').waitFor();
  await page.getByText('21 élèves.').waitFor();

  // Profiles, then the list filtered by class shows each pupil's certifiability.
  await page.getByText('Importer les profils de compétences').click();
  await page.getByLabel('Fichier des profils').setInputFiles({ name: 'profils.csv', mimeType: 'text/csv', buffer: profiles() });
  await page.getByRole('button', { name: 'Importer les profils' }).click();
  await page.getByText('10 profils enregistrés, dont 9 élèves certifiables ; 0 ligne refusée.').waitFor();
  await page.getByLabel('Classe').selectOption('3A');
  await page.getByText('10 élèves.').waitFor();
  const arnaud = page.locator('#pupils tbody tr').filter({ hasText: 'ARNAUD' });
  assert.match(await arnaud.locator('td.certifiability').textContent(), /^Non certifiable/);
  await page.getByLabel('Certifiabilité').selectOption('certifiable');
  await page.getByText('9 élèves.').waitFor();
  await page.getByLabel('Certifiabilité').selectOption('');
  await page.getByText('10 élèves.').waitFor();
  await page.getByLabel('Nom ou prénom').fill('coeur');
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await page.getByText('1 élève.').waitFor();
  await page.getByLabel('Nom ou prénom').fill('');
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await page.getByText('10 élèves.').waitFor();
  await page.locator('h1').scrollIntoViewIfNeeded();
  await screenshot(page, 'pupils');
  await page.getByLabel('Statut').selectOption('inactive');
  await page.getByText('1 élève.').waitFor();
  await page.getByLabel('Classe').selectOption('');
  await page.getByText('3 élèves.').waitFor();

  // A session for one invigilator: class 3A fits, 3B would be the 21st pupil.
  await page.getByRole('link', { name: 'Sessions' }).click();
  await page.getByLabel('Date').fill(frenchDay(7));
  await page.getByLabel('Heure').fill('09:00');
  await page.getByLabel('Salle').fill('Salle informatique B12');
  await page.getByLabel('Adresse').fill('1 place de la République, Dijon');
  await page.getByLabel('Surveillant ou surveillante').fill('Mme Durand');
  assert.equal(await page.getByLabel('Nombre de surveillants').inputValue(), '1');
  await page.getByRole('button', { name: 'Créer la session' }).click();
  await page.getByText(/Session \d+ créée/).waitFor();
  const sessionId = /Session (\d+) créée/.exec(await page.getByText(/Session \d+ créée/).textContent())[1];
  await page.getByRole('link', { name: `Ouvrir la session ${sessionId}` }).click();
  await page.getByText('1 surveillant : 20 élèves au plus (un surveillant pour 20 élèves).').waitFor();
  await page.getByText('Inscrire depuis la liste des élèves').click();
  const roster = page.locator('#roster-enrolment');
  await roster.getByLabel('Classe').selectOption('3A');
  await roster.getByRole('checkbox').nth(9).waitFor();
  assert.equal(await roster.getByRole('checkbox', { checked: true }).count(), 10);
  await screenshot(page, 'session-enrol-class');
  await roster.getByRole('button', { name: 'Inscrire les élèves cochés' }).click();
  await page.getByText('10 inscriptions.').waitFor();
  await roster.getByLabel('Classe').selectOption('3B');
  await roster.getByRole('checkbox').nth(10).waitFor();
  await roster.getByRole('button', { name: 'Inscrire les élèves cochés' }).click();
  const refusal = roster.getByRole('alert');
  await refusal.getByText(/un surveillant pour 20 élèves au maximum/).waitFor();
  assert.match(await refusal.textContent(), /Il reste 10 places pour 11 élèves/);
  assert.doesNotMatch(await refusal.textContent(), /SESSION_FULL/);
  await screenshot(page, 'session-full');
  assert.equal(await page.getByText('10 inscriptions.').count(), 1);
  await roster.getByRole('checkbox', { name: /CARON Tom/ }).uncheck();
  await roster.getByRole('button', { name: 'Inscrire les élèves cochés' }).click();
  await page.getByText('20 inscriptions.').waitFor();
  const arnaudCandidate = page.locator('#candidates tbody tr').filter({ hasText: 'ARNAUD' });
  assert.equal(await arnaudCandidate.locator('td.certifiability').textContent(), 'non certifiable');

  // The invigilator's view says who is not certifiable.
  await page.getByRole('link', { name: 'Superviser la session' }).click();
  const arnaudLine = page.locator('tr[data-candidate]').filter({ hasText: 'ARNAUD' });
  await arnaudLine.locator('.certifiability').waitFor();
  assert.equal((await arnaudLine.locator('.certifiability').textContent()).trim(), 'non certifiable');
  assert.equal(await page.locator('tr[data-candidate] .certifiability.NOT_CERTIFIABLE').count(), 1);
  // 3B never shared profiles: those pupils will be refused too.
  assert.equal(await page.locator('tr[data-candidate] .certifiability.UNKNOWN_PROFILE').count(), 10);
  await screenshot(page, 'supervision-certifiability');

  // On the day, the pupil who is not certifiable reads why, and to see the invigilator.
  const pupil = await rig.browser.context.newPage();
  await enter(pupil, rig.server.url, { id: sessionId }, { lastName: 'Arnaud', firstName: 'Léo', birthdate: '2011-01-01' });
  await pupil.getByRole('button', { name: 'Accéder au test' }).click();
  const error = pupil.locator('#entry-error');
  await error.filter({ hasText: /./ }).waitFor();
  assert.equal(await error.innerText(), refusalMessage('NOT_CERTIFIABLE'));
  await screenshot(pupil, 'entry-not-certifiable');
  // A certifiable classmate enters.
  await enter(pupil, rig.server.url, { id: sessionId }, { lastName: 'Gauthier', firstName: 'Raphaël', birthdate: '2011-07-07' });
  await pupil.getByRole('button', { name: 'Accéder au test' }).click();
  await pupil.getByText(/Gauthier|GAUTHIER/).first().waitFor();
  await pupil.close();
  await page.close();
});

test('the pupils pages run under the strict Content-Security-Policy without a violation', async () => {
  assert.deepEqual(rig.browser.cspViolations, []);
});
