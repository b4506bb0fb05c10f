// The pupil's login for this browser tab, and the API calls of the pupil's pages with French refusals.
import { ApiError, ConnectionError, request } from '/shared/api.js';

const LOGIN_KEY = 'certamen.pupil';

/** `{token, identifier}` of the pupil logged in in this tab (closing the tab logs out: school computers are shared). */
export function pupilLogin() {
  const stored = sessionStorage.getItem(LOGIN_KEY);
  return stored ? JSON.parse(stored) : null;
}

export function savePupilLogin(login) {
  sessionStorage.setItem(LOGIN_KEY, JSON.stringify(login));
}

export function forgetPupilLogin() {
  sessionStorage.removeItem(LOGIN_KEY);
}

/** Calls the API as the pupil; an expired token logs out and leads back to the home page. */
export async function pupilApi(method, path, body) {
  try {
    return await request(method, path, { token: pupilLogin()?.token, body });
  } catch (failure) {
    if (failure instanceof ApiError && (failure.code === 'INVALID_TOKEN' || failure.code === 'MISSING_TOKEN')) {
      forgetPupilLogin();
    }
    throw failure;
  }
}

/** Sentences for refusals whose server detail is written for programs rather than for pupils. */
const MESSAGES = {
  INVALID_TOKEN: 'Vous avez été déconnecté·e : connectez-vous de nouveau.',
  MISSING_TOKEN: 'Vous avez été déconnecté·e : connectez-vous de nouveau.',
  TOO_MANY_ATTEMPTS: 'Trop d’essais infructueux : patientez quelques minutes avant de réessayer.',
  INVALID_JSON: 'La demande envoyée est illisible : rechargez la page et réessayez.',
  BODY_TOO_LARGE: 'La réponse est trop longue : raccourcissez-la.',
};

/** A French sentence for any failure of `pupilApi`: the server writes the campaign refusals' detail in French. */
export function describeFailure(failure) {
  if (failure instanceof ConnectionError) return 'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.';
  if (failure instanceof ApiError) {
    return MESSAGES[failure.code] ?? failure.problem?.detail
      ?? 'Cette action n’a pas abouti. Rechargez la page et réessayez ; si cela se reproduit, prévenez votre enseignant ou enseignante.';
  }
  return String(failure);
}
