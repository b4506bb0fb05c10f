// Drives the exam page as a candidate would: with labels and buttons, the way a keyboard or screen reader user finds them.

export async function enter(page, serverUrl, session, candidate) {
  await page.goto(`${serverUrl}/exam/`);
  await page.getByRole('heading', { name: 'Accéder à votre test' }).waitFor();
  await page.getByLabel('Numéro de session').fill(String(session.id));
  await page.getByLabel('Nom de naissance').fill(candidate.lastName);
  await page.getByLabel('Prénom').fill(candidate.firstName);
  const [year, month, day] = candidate.birthdate.split('-');
  await page.getByLabel('Jour').fill(day);
  await page.getByLabel('Mois').fill(month);
  await page.getByLabel('Année').fill(year);
}

export async function submitEntry(page) {
  await page.getByRole('button', { name: 'Accéder au test' }).click();
  await page.getByRole('heading', { name: /^En attente de l’autorisation de (commencer|reprendre)$/ }).waitFor();
}

/** The candidate's bearer token, as the page keeps it for the tab. */
export function candidateToken(page) {
  return page.evaluate(() => sessionStorage.getItem('certamen.candidateToken'));
}

export async function startWithAccessCode(page, accessCode) {
  await page.getByRole('heading', { name: /^Votre test peut (commencer|reprendre)$/ }).waitFor();
  await page.getByLabel('Code d’accès').fill(accessCode);
  await page.getByRole('button', { name: /^(Commencer|Reprendre) le test$/ }).click();
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

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(page, selector, limit = 15) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
  }
  throw new Error(`${selector} never took the focus with Tab`);
}

/** Enters with the keyboard alone: the page's focus order leads from field to field. */
export async function enterWithKeyboard(page, serverUrl, session, candidate) {
  await page.goto(`${serverUrl}/exam/`);
  await page.getByRole('heading', { name: 'Accéder à votre test' }).waitFor();
  await tabTo(page, '#session-id');
  await page.keyboard.type(String(session.id));
  await page.keyboard.press('Tab');
  await page.keyboard.type(candidate.lastName);
  await page.keyboard.press('Tab');
  await page.keyboard.type(candidate.firstName);
  await page.keyboard.press('Tab');
  const [year, month, day] = candidate.birthdate.split('-');
  for (const part of [day, month]) {
    await page.keyboard.type(part);
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type(year);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /^En attente de l’autorisation de (commencer|reprendre)$/ }).waitFor();
}

/** Answers the question on screen with the keyboard alone, starting from the focused question heading. */
export async function answerWithKeyboard(page, type) {
  const focusedHeading = await page.evaluate(() => document.activeElement?.id);
  if (focusedHeading !== 'question-title') throw new Error(`the new question did not take the focus (${focusedHeading})`);
  // The question's code, when it has some, is focusable (it scrolls sideways) and comes before the first field.
  await tabTo(page, '#question-body input');
  if (type === 'QCU' || type === 'QCM') await page.keyboard.press('Space');
  else await page.keyboard.type('réponse');
  await tabTo(page, '#answer-button');
  await page.keyboard.press('Enter');
}
