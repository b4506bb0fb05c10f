// Tokens kept for the browser tab only (sessionStorage): closing the tab logs out.

const CENTRE_KEY = 'certamen.centre';

/** The centre login `{token, centreId}`, or null. */
export function centreLogin() {
  const stored = sessionStorage.getItem(CENTRE_KEY);
  return stored ? JSON.parse(stored) : null;
}

export function saveCentreLogin(login) {
  sessionStorage.setItem(CENTRE_KEY, JSON.stringify(login));
}

export function forgetCentreLogin() {
  sessionStorage.removeItem(CENTRE_KEY);
}

export function invigilatorToken(sessionId) {
  return sessionStorage.getItem(`certamen.invigilator.${sessionId}`);
}

export function saveInvigilatorToken(sessionId, token) {
  sessionStorage.setItem(`certamen.invigilator.${sessionId}`, token);
}

export function forgetInvigilatorToken(sessionId) {
  sessionStorage.removeItem(`certamen.invigilator.${sessionId}`);
}
