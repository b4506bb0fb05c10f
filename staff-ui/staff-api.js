// The console's login, kept for the tab, and its requests on the centre app's API module.
import { request, ApiError, ConnectionError } from '/invigilator/api.js';

const STORAGE_KEY = 'certamen-staff-login';

/** The logged-in account {token, email, role}, or null. */
export function currentLogin() {
  try {
    return JSON.parse(sessionStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

export function saveLogin(login) {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(login));
}

export function forgetLogin() {
  sessionStorage.removeItem(STORAGE_KEY);
}

/** A request with the account's token; a token the server no longer takes logs out. */
export async function staffRequest(method, path, body) {
  try {
    return await request(method, path, { token: currentLogin()?.token, body });
  } catch (failure) {
    if (failure instanceof ApiError && failure.status === 401) {
      forgetLogin();
      window.dispatchEvent(new Event('hashchange'));
    }
    throw failure;
  }
}

/** A French sentence for a failed request: the server's details are French for the console's codes. */
export function describeFailure(failure) {
  if (failure instanceof ConnectionError) return 'Le serveur ne répond pas. Vérifiez la connexion puis réessayez.';
  if (failure instanceof ApiError) {
    if (failure.code === 'TOO_MANY_ATTEMPTS') return 'Trop d’essais infructueux : patientez 5 minutes.';
    if (failure.code === 'INVALID_TOKEN') return 'Votre connexion a expiré : reconnectez-vous.';
    if (failure.code === 'RESULTS_PUBLISHED' || failure.code === 'SESSION_ALREADY_PUBLISHED') {
      return 'Les résultats de cette session sont déjà publiés : ils ne peuvent plus changer.';
    }
    if (failure.code === 'QUESTION_NOT_ANSWERED') return 'Le candidat ou la candidate n’a pas vu cette question.';
    if (failure.code === 'QUESTION_ALREADY_NEUTRALIZED') return 'Cette question est déjà neutralisée.';
    if (failure.code === 'INVALID_FIELD' && failure.problem?.errors) return 'Les deux commentaires sont obligatoires pour cette décision.';
    if (failure.code === 'INVALID_FIELD') return 'Une valeur saisie n’est pas valable.';
    return failure.problem?.detail || 'La demande a été refusée.';
  }
  return String(failure);
}
