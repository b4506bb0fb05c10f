// The exam server's API as the staff, the invigilator and the candidate use it in these tests.

export class Api {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** Sends a JSON request; resolves with `{status, body}` whatever the status. */
  async call(method, path, { token, body } = {}) {
    const headers = { Accept: 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(this.baseUrl + path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  /** Like call, but fails unless the status is 2xx; resolves with the body. */
  async ok(method, path, options) {
    const { status, body } = await this.call(method, path, options);
    if (status < 200 || status >= 300) {
      throw new Error(`${method} ${path} answered ${status}: ${JSON.stringify(body)}`);
    }
    return body;
  }
}

/** Creates a session for today and enrols the given candidates; resolves with the session and candidate ids. */
export async function createSession(api, staffToken, candidates) {
  const today = new Date().toISOString().slice(0, 10);
  const session = await api.ok('POST', '/api/sessions', {
    token: staffToken,
    body: {
      centre: 'Lycée des Tests', address: '1 rue du Navigateur, Paris', room: 'Salle 12', examiner: 'Mme Surveillante',
      date: today, time: '09:00',
    },
  });
  const enrolled = [];
  for (const candidate of candidates) {
    const { id } = await api.ok('POST', `/api/sessions/${session.id}/candidates`, {
      token: staffToken,
      body: {
        division: 'Terminale', externalId: `ext-${Math.random().toString(36).slice(2)}`, extraTimePercentage: 0,
        needsAccessibility: false, ...candidate,
      },
    });
    enrolled.push({ ...candidate, id });
  }
  return { ...session, candidates: enrolled };
}

export async function invigilatorToken(api, session) {
  const { token } = await api.ok('POST', '/api/invigilator-sessions', {
    body: { sessionId: session.id, password: session.invigilatorPassword },
  });
  return token;
}

export function authorizeStart(api, token, session, candidateId) {
  return api.ok('POST', `/api/sessions/${session.id}/candidates/${candidateId}/authorize-start`, { token, body: {} });
}

export function supervision(api, token, session) {
  return api.ok('GET', `/api/sessions/${session.id}/supervision`, { token });
}

export function resolveAlert(api, token, session, candidateId, alertId, decision) {
  return api.ok('POST', `/api/sessions/${session.id}/candidates/${candidateId}/alerts/${alertId}/resolve`, {
    token, body: { decision },
  });
}

/** Polls `probe` every 200 ms until it resolves to a truthy value; fails with `what` after `timeoutMillis`. */
export async function eventually(what, probe, timeoutMillis = 15_000) {
  const deadline = Date.now() + timeoutMillis;
  let last;
  for (;;) {
    last = await probe();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
