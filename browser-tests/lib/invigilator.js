// Drives the centre's web app (invigilator-ui) and plays candidates over the API for its tests.

/** Candidates over the API: enter, start, answer and raise alerts like the exam page would. */
export class ApiCandidate {
  constructor(api, session, identity) {
    this.api = api;
    this.session = session;
    this.identity = identity;
    /** What the extension reports in heartbeats; tests change them. */
    this.blockedAttempts = 0;
    this.blockingActive = true;
  }

  async enter() {
    const entry = await this.api.ok('POST', '/api/candidate-sessions', {
      body: { sessionId: this.session.id, ...this.identity },
    });
    this.token = entry.token;
    this.id = entry.candidateId;
    await this.heartbeat();
  }

  heartbeat() {
    return this.api.ok('POST', '/api/me/heartbeat', {
      token: this.token, body: { extensionVersion: '1.0.0', blockingActive: this.blockingActive, blockedAttempts: this.blockedAttempts },
    });
  }

  start() {
    return this.api.ok('POST', '/api/me/exam/start', {
      token: this.token, body: { accessCode: this.session.accessCode, extensionVersion: '1.0.0' },
    });
  }

  async currentQuestionId() {
    return (await this.api.ok('GET', '/api/me/exam', { token: this.token })).question.id;
  }

  async answer() {
    return this.api.ok('POST', '/api/me/exam/answers', {
      token: this.token, body: { questionId: await this.currentQuestionId(), value: '1' },
    });
  }

  async raiseQuestionAlert(reason) {
    return this.api.ok('POST', '/api/me/exam/alerts', {
      token: this.token, body: { kind: 'QUESTION', questionId: await this.currentQuestionId(), reason },
    });
  }

  raiseExtensionAlert() {
    return this.api.ok('POST', '/api/me/exam/alerts', { token: this.token, body: { kind: 'EXTENSION' } });
  }

  status() {
    return this.api.ok('GET', '/api/me/exam', { token: this.token }).then((state) => state.status);
  }
}

/** Twenty French identities, distinct once accents are folded. */
export function twentyCandidates() {
  const names = ['Bernard', 'Dubois', 'Durand', 'Lefèvre', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Michel', 'Garcia',
    'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Mercier', 'Blanc'];
  const firstNames = ['Léa', 'Hugo', 'Chloé', 'Louis', 'Emma', 'Nathan', 'Inès', 'Jules', 'Manon', 'Raphaël'];
  return names.map((lastName, i) => ({
    lastName, firstName: firstNames[i % 10], birthdate: `2010-0${1 + (i % 9)}-1${i % 10}`,
    extraTimePercentage: i === 3 ? 33 : 0,
  }));
}

/** The supervision row of a candidate (by last name). */
export function row(page, lastName) {
  return page.locator('#supervision tbody tr').filter({ has: page.getByRole('rowheader', { name: new RegExp(lastName) }) });
}

/** Logs the invigilator in through the page. */
export async function loginInvigilator(page, serverUrl, session) {
  await page.goto(`${serverUrl}/invigilator/#/surveillance`);
  await page.getByLabel('Numéro de session').fill(session.id);
  await page.getByLabel('Mot de passe surveillant').fill(session.invigilatorPassword);
  await page.getByRole('button', { name: 'Ouvrir la surveillance' }).click();
  await page.getByRole('heading', { name: `Session ${session.id}` }).waitFor();
}
