import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Api, authorizeStart, invigilatorToken } from '../lib/api.js';
import { ApiCandidate } from '../lib/invigilator.js';
import { screenshot } from '../lib/browser.js';
import { rigForTests } from '../lib/rig.js';

const staffToken = randomUUID();
const password = 'un-mot-de-passe-solide';
const suffix = randomUUID().slice(0, 8);
const adminEmail = `direction-${suffix}@college.example`;
const memberEmail = `professeur-${suffix}@college.example`;
const rig = rigForTests({ staffToken, withExtension: false });

/** The last link of that kind the server wrote in its log (it has no SMTP server to mail it). */
function loggedLink(fragment) {
  const links = [...rig.server.output().matchAll(new RegExp(`https?://\\S+#${fragment}=[\\w.-]+`, 'g'))];
  assert.ok(links.length > 0, `no ${fragment} link in the server's log`);
  return links.at(-1)[0];
}

/** A member's token, through the invitation link and a login. */
async function join(api, link, email) {
  await api.ok('POST', '/api/centre-invitations/acceptance', { body: { token: link.split('#invitation=')[1], password } });
  return (await api.ok('POST', '/api/centre-sessions', { body: { email, password } })).token;
}

/** A session of the centre whose pupils all finish the test, finalised and published. */
async function publishedSession(api, centreId, token, pupils) {
  const session = await api.ok('POST', `/api/centres/${centreId}/sessions`, {
    token, body: { date: new Date().toISOString().slice(0, 10), time: '09:00', room: 'B12', address: '1 rue de la Paix, Lyon', examiner: 'Mme Martin' },
  });
  const invigilator = await invigilatorToken(api, session);
  for (const pupil of pupils) {
    await api.ok('POST', `/api/sessions/${session.id}/candidates`, { token, body: pupil });
    const candidate = new ApiCandidate(api, session, { lastName: pupil.lastName, firstName: pupil.firstName, birthdate: pupil.birthdate });
    await candidate.enter();
    await authorizeStart(api, invigilator, session, candidate.id);
    await candidate.start();
    while (await candidate.status() === 'IN_PROGRESS') await candidate.answer();
  }
  await api.ok('POST', `/api/sessions/${session.id}/finalization`, { token: invigilator, body: {} });
  await api.ok('POST', `/api/sessions/${session.id}/publication`, { token: staffToken });
  return session;
}

async function logIn(page, email, secret) {
  await page.goto(`${rig.server.url}/invigilator/#/centre/connexion`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(secret);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { name: 'Sessions' }).waitFor();
}

async function downloaded(page, buttonName) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('after publication the administrator filters a class and downloads its results and attestations', async () => {
  const api = new Api(rig.server.url);
  const centre = await api.ok('POST', '/api/centres', {
    token: staffToken, body: { name: 'Collège Victor Hugo', administratorEmail: adminEmail },
  });
  const adminToken = await join(api, centre.invitation.link, adminEmail);
  const invited = await api.ok('POST', `/api/centres/${centre.id}/invitations`, {
    token: adminToken, body: { email: memberEmail, role: 'MEMBER' },
  });
  await join(api, invited.link, memberEmail);
  const pupil = (lastName, firstName, division, ine) => ({ lastName, firstName, birthdate: '2012-03-04', division, externalId: ine });
  const session = await publishedSession(api, centre.id, adminToken, [
    pupil('Lefèvre', 'Zoé', '3e A', '111111111AA'), pupil('Martin', 'Léo', '3e B', '222222222BB'),
    pupil('Petit', 'Inès', '3e A', '333333333CC')]);

  const page = await rig.browser.context.newPage();
  await logIn(page, adminEmail, password);
  await page.getByRole('link', { name: 'Résultats' }).click();
  await page.getByRole('heading', { name: 'Résultats' }).waitFor();
  await page.getByText('3 résultats.').waitFor();
  await page.getByLabel('Classe').selectOption('3e A');
  await page.getByText('2 résultats.').waitFor();
  const rows = page.locator('#results tbody tr');
  assert.deepEqual((await rows.locator('td:first-child').allTextContents()).sort(), ['Lefèvre', 'Petit']);
  assert.match(await rows.first().textContent(), new RegExp(`n° ${session.id} du`));
  await screenshot(page, 'centre-results');

  const csv = await downloaded(page, 'Résultats de la classe 3e A (CSV)');
  assert.equal(csv.bytes.subarray(0, 3).toString('hex'), 'efbbbf');
  const lines = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  assert.match(lines[0], /^"N° de certification";"Prénom";"Nom";/);
  assert.equal(lines.length, 3);
  assert.ok(lines.slice(1).every((line) => line.includes(';"3e A";')));
  const attestations = await downloaded(page, 'Attestations de la classe 3e A (PDF)');
  assert.equal(attestations.bytes.subarray(0, 5).toString(), '%PDF-');
  assert.match(attestations.name, /^attestations-classe-3e_A-\d{4}-\d{4}\.pdf$/);
  const record = await downloaded(page, 'Export pour le livret de la classe 3e A (CSV)');
  assert.match(record.bytes.toString('utf8'), /^"formatVersion";"ine";"nom";"prenom";"dateNaissance";"classe";"dateCertification";/);
  const one = await downloaded(page, 'Attestation de Zoé Lefèvre (PDF)');
  assert.equal(one.bytes.subarray(0, 5).toString(), '%PDF-');

  // A member sees that results exist, not the results.
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await logIn(page, memberEmail, password);
  await page.getByRole('link', { name: 'Résultats' }).click();
  await page.getByText('1 session a des résultats publiés.').waitFor();
  assert.equal(await page.locator('#results').count(), 0);
  await page.close();
});

test('a member who forgot the password chooses a new one with the link', async () => {
  const api = new Api(rig.server.url);
  const email = `oubli-${suffix}@college.example`;
  const centre = await api.ok('POST', '/api/centres', { token: staffToken, body: { name: 'Collège Jean Moulin', administratorEmail: email } });
  await join(api, centre.invitation.link, email);

  const page = await rig.browser.context.newPage();
  await page.goto(`${rig.server.url}/invigilator/#/centre/connexion`);
  await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
  await page.getByRole('heading', { name: 'Mot de passe oublié ?' }).waitFor();
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByRole('button', { name: 'Recevoir un lien' }).click();
  await page.getByText(`Si l’adresse ${email} correspond à un compte, un lien vient de lui être envoyé.`, { exact: false }).waitFor();
  await screenshot(page, 'centre-forgotten-password');

  await page.goto(loggedLink('reinitialisation'));
  await page.getByRole('heading', { name: 'Choisir un nouveau mot de passe' }).waitFor();
  await page.getByLabel('Mot de passe', { exact: true }).fill('nouveau-mot-de-passe');
  await page.getByLabel('Confirmez le mot de passe').fill('nouveau-mot-de-passe');
  await screenshot(page, 'centre-new-password');
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await page.getByRole('heading', { name: 'Mot de passe changé' }).waitFor();
  await logIn(page, email, 'nouveau-mot-de-passe');

  // The link served once.
  await page.goto(loggedLink('reinitialisation'));
  await page.getByLabel('Mot de passe', { exact: true }).fill('encore-un-autre-mot');
  await page.getByLabel('Confirmez le mot de passe').fill('encore-un-autre-mot');
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await page.getByRole('alert').getByText(/Ce lien n’est plus valable/).waitFor();
  await page.close();
});

test('a principal activates the school’s space with the UAI, then it is told to ask its administrator', async () => {
  const directory = 'UAI;Nom;Courriel officiel;Type\r\n0750654D;Lycée Condorcet;ce.0750654d@ac-paris.fr;school\r\n';
  const loaded = await fetch(`${rig.server.url}/api/centres/directory`, {
    method: 'POST', headers: { Authorization: `Bearer ${staffToken}`, 'Content-Type': 'text/csv' }, body: directory,
  });
  assert.equal(loaded.status, 200);

  const page = await rig.browser.context.newPage();
  await page.goto(`${rig.server.url}/invigilator/#/centre/connexion`);
  await page.getByRole('link', { name: /Activer son espace/ }).click();
  await page.getByRole('heading', { name: 'Activer l’espace de votre établissement' }).waitFor();
  await page.getByLabel('UAI de l’établissement').fill('0750654d');
  await page.getByRole('button', { name: 'Recevoir le lien d’activation' }).click();
  await page.getByText(/Le lien d’activation pour Lycée Condorcet est prêt/).waitFor();
  await screenshot(page, 'centre-activation');

  await page.goto(loggedLink('activation'));
  await page.getByRole('heading', { name: 'Activer l’espace de l’établissement' }).waitFor();
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByLabel('Confirmez le mot de passe').fill(password);
  await screenshot(page, 'centre-activation-password');
  await page.getByRole('button', { name: 'Activer l’espace' }).click();
  await page.getByRole('heading', { name: 'L’espace de l’établissement est activé' }).waitFor();
  await page.getByText('Connectez-vous avec l’adresse ce.0750654d@ac-paris.fr').waitFor();
  await logIn(page, 'ce.0750654d@ac-paris.fr', password);
  await page.getByText('Lycée Condorcet').first().waitFor();

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.getByRole('link', { name: /Activer son espace/ }).click();
  await page.getByLabel('UAI de l’établissement').fill('0750654D');
  await page.getByRole('button', { name: 'Recevoir le lien d’activation' }).click();
  await page.getByRole('alert').getByText(/déjà activé\s:\sdemandez à son administrateur/).waitFor();
  await page.close();
});

test('the pages run under the strict Content-Security-Policy without a violation', () => {
  assert.deepEqual(rig.browser.cspViolations, []);
});
