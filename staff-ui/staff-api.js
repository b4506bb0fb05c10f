// The console's login, kept for the tab, and French sentences for the refusals it meets.
import { failureSentence } from '/shared/api.js';
import { TabLogin } from '/shared/tab-login.js';
import { h } from '/invigilator/format.js';

/** The logged-in account {token, email, role}; a token the server no longer takes logs out and shows the login page. */
export const staffLogin = new TabLogin('certamen-staff-login', () => window.dispatchEvent(new Event('hashchange')));

/** The JSON at `path`, or null once `place` shows why it could not be had. */
export async function getOrShowFailure(path, place) {
  try {
    return await staffLogin.request('GET', path);
  } catch (failure) {
    showFailure(place, failure);
    return null;
  }
}

/** Shows in `place`, instead of what it held, why a request failed. */
export function showFailure(place, failure) {
  place.replaceChildren(h('p', { className: 'error' }, describeFailure(failure)));
}

/** A French sentence for a failed request: the server's details are French for the console's codes. */
export function describeFailure(failure) {
  return failureSentence(failure, 'Le serveur ne répond pas. Vérifiez la connexion puis réessayez.', refusalSentence);
}

function refusalSentence(refusal) {
  if (refusal.code === 'TOO_MANY_ATTEMPTS') return 'Trop d’essais infructueux : patientez 5 minutes.';
  if (refusal.code === 'INVALID_TOKEN') return 'Votre connexion a expiré : reconnectez-vous.';
  if (refusal.code === 'RESULTS_PUBLISHED' || refusal.code === 'SESSION_ALREADY_PUBLISHED') {
    return 'Les résultats de cette session sont déjà publiés : ils ne peuvent plus changer.';
  }
  if (refusal.code === 'QUESTION_NOT_ANSWERED') return 'Le candidat ou la candidate n’a pas vu cette question.';
  if (refusal.code === 'QUESTION_ALREADY_NEUTRALIZED') return 'Cette question est déjà neutralisée.';
  if (refusal.code === 'INVALID_FIELD' && refusal.problem?.errors) return 'Les deux commentaires sont obligatoires pour cette décision.';
  if (refusal.code === 'INVALID_FIELD') return 'Une valeur saisie n’est pas valable.';
  return refusal.problem?.detail || 'La demande a été refusée.';
}
