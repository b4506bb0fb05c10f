// The pupil's login for this browser tab, and French sentences for the refusals the pupil's pages meet.
import { failureSentence } from '/shared/api.js';
import { TabLogin } from '/shared/tab-login.js';

/** `{token, identifier}` of the pupil logged in in this tab (closing the tab logs out: school computers are shared). */
export const pupilLogin = new TabLogin('certamen.pupil');

/** Sentences for refusals whose server detail is written for programs rather than for pupils. */
const MESSAGES = {
  INVALID_TOKEN: 'Vous avez été déconnecté·e : connectez-vous de nouveau.',
  MISSING_TOKEN: 'Vous avez été déconnecté·e : connectez-vous de nouveau.',
  TOO_MANY_ATTEMPTS: 'Trop d’essais infructueux : patientez quelques minutes avant de réessayer.',
  INVALID_JSON: 'La demande envoyée est illisible : rechargez la page et réessayez.',
  BODY_TOO_LARGE: 'La réponse est trop longue : raccourcissez-la.',
};

/** A French sentence for any failure of a request: the server writes the campaign refusals' detail in French. */
export function describeFailure(failure) {
  return failureSentence(failure, 'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.', (refusal) =>
    MESSAGES[refusal.code] ?? refusal.problem?.detail
      ?? 'Cette action n’a pas abouti. Rechargez la page et réessayez ; si cela se reproduit, prévenez votre enseignant ou enseignante.');
}
