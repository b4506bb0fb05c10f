// The centre's login and the invigilators' tokens, kept for the browser tab only (sessionStorage): closing the tab logs out.
import { TabLogin } from '/shared/tab-login.js';

/** The centre login `{token, centreId}`; a token the server no longer takes leads back to the login page. */
export const centreLogin = new TabLogin('certamen.centre', () => {
  location.hash = '#/centre/connexion';
});

export function invigilatorToken(sessionId) {
  return sessionStorage.getItem(`certamen.invigilator.${sessionId}`);
}

export function saveInvigilatorToken(sessionId, token) {
  sessionStorage.setItem(`certamen.invigilator.${sessionId}`, token);
}

export function forgetInvigilatorToken(sessionId) {
  sessionStorage.removeItem(`certamen.invigilator.${sessionId}`);
}
