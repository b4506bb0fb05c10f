// Drives the exam page as a candidate would: with labels and buttons, the way a keyboard or screen reader user finds them.

export async function enter(page, serverUrl, session, candidate) {
  await page.goto(`${serverUrl}/exam/`);
  await page.getByRole('heading', { name: 'Accéder à votre test' }).waitFor();
  await page.getByLabel('Numéro de session').fill(String(session.id));
  await page.getByLabel('Nom de naissance').fill(candidate.lastName);
  await page.getByLabel('Prénom').fill(candidate.firstName);
  await page.getByLabel('Date de naissance').fill(candidate.birthdate);
}

export async function submitEntry(page) {
  await page.getByRole('button', { name: 'Accéder au test' }).click();
  await page.getByRole('heading', { name: 'En attente du surveillant' }).waitFor();
}

/** The candidate's bearer token, as the page keeps it for the tab. */
export function candidateToken(page) {
  return page.evaluate(() => sessionStorage.getItem('certamen.candidateToken'));
}

export async function startWithAccessCode(page, accessCode) {
  await page.getByRole('heading', { name: 'Vous êtes autorisé à commencer' }).waitFor();
  await page.getByLabel('Code d’accès').fill(accessCode);
  await page.getByRole('button', { name: 'Commencer le test' }).click();
}

/** Waits for question `number` and returns its type as the page shows it. */
export async function waitForQuestion(page, number, count = 32) {
  await page.getByRole('heading', { name: `Question ${number} / ${count}` }).waitFor();
  const form = page.locator('#question-body');
  if (await form.locator('input[type="radio"]').count() > 0) return 'QCU';
  if (await form.locator('input[type="checkbox"]').count() > 0) return 'QCM';
  return await form.locator('input[data-field]').count() > 0 ? 'QROCM' : 'QROC';
}

/** Gives some answer of the right shape to the question on screen, without submitting it. */
export async function fillSomeAnswer(page, type) {
  const form = page.locator('#question-body');
  if (type === 'QCU') {
    await form.getByRole('radio').first().check();
  } else if (type === 'QCM') {
    await form.getByRole('checkbox').first().check();
    await form.getByRole('checkbox').last().check();
  } else {
    for (const input of await form.getByRole('textbox').all()) await input.fill('réponse');
  }
}

export async function submitAnswer(page) {
  await page.getByRole('button', { name: 'Valider ma réponse' }).click();
}
