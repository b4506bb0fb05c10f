// The exam server's API as the centre's pages use it: the shared module, downloads, and refusals in French.
import { ApiError, ConnectionError, failureSentence } from '/shared/api.js';

export { ApiError, ConnectionError, request } from '/shared/api.js';

/**
 * Downloads a document with the token and lets the browser save it under `fileName`; `method` POST for a document
 * whose making changes something (printed one-time passwords).
 */
export async function download(path, token, fileName, method = 'GET') {
  let response;
  try {
    response = await fetch(path, { method, headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });
  } catch (failure) {
    throw new ConnectionError(String(failure));
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    throw new ApiError(response.status, problem);
  }
  saveFile(await response.blob(), fileName);
}

/** Lets the browser save `blob` under `fileName`. */
export function saveFile(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Codes whose detail the server writes in French for the person who acted. */
const FRENCH_DETAILS = new Set(['INVALID_SESSION_DATE', 'SESSION_STARTED', 'CANDIDATE_ENTERED', 'CANNOT_MARK_ABSENT',
  'SESSION_FULL', 'PUPIL_ALREADY_ENROLLED', 'PUPIL_INACTIVE', 'SESSION_WITHOUT_SCHOOL', 'PUPIL_NOT_FOUND',
  'UNKNOWN_PARCOURS', 'CAMPAIGN_NOT_FOUND', 'PARTICIPATION_NOT_FOUND', 'NOT_AN_ASSESSMENT', 'NOT_A_PROFILES_COLLECTION',
  'DIVISION_NOT_FOUND']);

/** French sentences for the refusals a centre member or an invigilator can meet. */
const MESSAGES = {
  INVALID_TOKEN: 'Votre connexion a expiré : reconnectez-vous.',
  MISSING_TOKEN: 'Votre connexion a expiré : reconnectez-vous.',
  WRONG_CREDENTIALS: 'Adresse ou mot de passe incorrect.',
  WRONG_PASSWORD: 'Numéro de session ou mot de passe surveillant incorrect.',
  SESSION_NOT_FOUND: 'Cette session n’existe pas (ou plus).',
  CANDIDATE_NOT_FOUND: 'Cette inscription n’existe plus : rechargez la page.',
  TOO_MANY_ATTEMPTS: 'Trop d’essais infructueux : patientez 5 minutes.',
  WEAK_PASSWORD: 'Le mot de passe doit compter au moins 10 caractères.',
  INVITATION_NOT_FOUND: 'Cette invitation n’est plus valable : demandez-en une nouvelle.',
  EMAIL_TAKEN: 'Cette adresse appartient déjà à un autre centre.',
  LAST_ADMINISTRATOR: 'Le centre doit garder au moins un administrateur ou une administratrice.',
  IDENTITY_TAKEN: 'Une personne inscrite à cette session a déjà ce nom, ce prénom et cette date de naissance : ajoutez un second prénom pour les distinguer.',
  ADMINISTRATOR_ONLY: 'Seuls les administrateurs et administratrices du centre gèrent les membres.',
  FORBIDDEN_SCOPE: 'Votre compte n’a pas accès à cette session.',
  SESSION_FINALIZED: 'Cette session est finalisée : plus rien ne peut y changer.',
  SESSION_ALREADY_FINALIZED: 'Cette session est déjà finalisée : le procès-verbal a été transmis.',
  CANNOT_AUTHORIZE: 'Il n’y a plus rien à autoriser : la situation a changé entre-temps.',
  TEST_ENDED: 'Ce test est déjà terminé.',
  ALERT_ALREADY_RESOLVED: 'Ce signalement a déjà été traité.',
  ALERT_NOT_FOUND: 'Ce signalement n’existe plus : la page va se mettre à jour.',
  EXAM_NOT_FOUND: 'Cette personne n’est pas encore entrée dans la session.',
  CONCURRENT_UPDATE: 'Ces données ont changé au même moment : réessayez.',
  INVALID_FIELD: 'Un champ est mal rempli : vérifiez le formulaire.',
  INVALID_JSON: 'La demande envoyée est illisible : rechargez la page et réessayez.',
  SCHOOL_NOT_FOUND: 'Aucun établissement de l’annuaire n’a cet UAI : vérifiez-le (7 chiffres et une lettre, comme 0180777X).',
  CENTRE_ALREADY_ACTIVATED: 'L’espace de votre établissement est déjà activé : demandez à son administrateur ou à son administratrice de vous inviter.',
  ACTIVATION_NOT_FOUND: 'Ce lien d’activation n’est plus valable : il a déjà servi ou a expiré. Demandez-en un nouveau.',
  NO_ATTESTATION: 'Aucune certification validée parmi ces résultats : il n’y a pas d’attestation à télécharger.',
};

/** A French sentence for any failure of `request`: never a raw code nor the server's English. */
export function describeFailure(failure) {
  return failureSentence(failure, 'Le serveur ne répond pas. Vérifiez la connexion puis réessayez.', (refusal) =>
    (FRENCH_DETAILS.has(refusal.code) && refusal.problem?.detail) || (MESSAGES[refusal.code]
      ?? 'Le serveur a refusé cette action. Rechargez la page et réessayez ; si cela se reproduit, prévenez l’assistance.'));
}
