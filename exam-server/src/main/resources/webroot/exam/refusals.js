// What the exam page tells a pupil when the server refuses a request: one French sentence per API code that says
// what to do. The codes stay in the API for programs; a pupil never reads one.
import { french } from './typography.js';

const SUPERVISOR_HELPS = 'Levez la main : la personne qui surveille la salle va vous aider.';

/** Every code the candidate's endpoints answer with (see /api/openapi.json), and what the pupil reads. */
export const REFUSALS = Object.freeze({
  INVALID_JSON: 'Le serveur n’a pas pu lire la demande. Rechargez la page, puis réessayez.',
  INVALID_FIELD: 'Une information envoyée n’est pas valable : vérifiez ce que vous avez saisi, puis réessayez.',
  INVALID_REQUEST: `Le serveur a refusé la demande. Rechargez la page, puis réessayez. ${SUPERVISOR_HELPS}`,
  BODY_TOO_LARGE: 'Votre réponse est trop longue : raccourcissez-la, puis validez à nouveau.',
  MISSING_TOKEN: 'Votre accès a expiré. Saisissez à nouveau vos informations pour retrouver votre test.',
  INVALID_TOKEN: 'Votre accès a expiré. Saisissez à nouveau vos informations pour retrouver votre test.',
  FORBIDDEN_SCOPE: 'Cet accès ne permet pas de passer le test. Saisissez à nouveau vos informations.',
  SESSION_NOT_FOUND: 'Aucune session ne porte ce numéro. Vérifiez-le : il est indiqué dans la salle.',
  CANDIDATE_NOT_FOUND: 'Aucune inscription à cette session ne correspond à cette identité. '
    + 'Vérifiez l’orthographe de vos nom et prénom, ainsi que votre date de naissance.',
  CANDIDATE_AMBIGUOUS: `Plusieurs inscriptions correspondent à cette identité. ${SUPERVISOR_HELPS}`,
  NOT_CERTIFIABLE: 'Vous ne pouvez pas passer la certification aujourd’hui : votre profil de compétences '
    + 'n’a pas été partagé, ou ne compte pas encore 5 compétences au niveau 1. '
    + 'Levez la main : la personne qui surveille la salle va vous expliquer la suite.',
  TOO_MANY_ATTEMPTS: 'Trop d’essais infructueux. Patientez cinq minutes avant de réessayer.',
  SESSION_FINALIZED: 'Cette session est close : il n’est plus possible d’y passer le test. '
    + 'Si vous ne l’avez pas encore passé, levez la main : la personne qui surveille la salle va vous aider.',
  EXAM_NOT_FOUND: 'Votre test est introuvable. Saisissez à nouveau vos informations pour le retrouver.',
  EXTENSION_REQUIRED: 'L’extension Certamen n’a pas été détectée : le test ne peut pas commencer. '
    + 'Installez-la ou activez-la, puis choisissez « Vérifier à nouveau ».',
  EXTENSION_OUTDATED: 'Votre extension Certamen est trop ancienne pour ce test. '
    + 'Mettez-la à jour (ou faites-la mettre à jour), puis choisissez « Vérifier à nouveau ».',
  WRONG_ACCESS_CODE: 'Ce code d’accès n’est pas le bon. Vérifiez-le : il est annoncé ou écrit au tableau.',
  NOT_AUTHORIZED: 'Votre test n’est pas encore autorisé. Restez sur cette page : '
    + 'elle se mettra à jour dès que la personne qui surveille la salle l’aura autorisé.',
  TEST_ENDED: 'Votre test est terminé : il n’est plus possible de répondre.',
  TIME_UP: 'Le temps prévu pour le test est écoulé : cette réponse n’a pas pu être enregistrée.',
  TEST_NOT_IN_PROGRESS: 'Votre test n’est pas en cours pour le moment : la page va afficher où il en est.',
  QUESTION_ALERT_PENDING: 'Votre test est en pause le temps que votre signalement soit examiné.',
  EXTENSION_ALERT_PENDING: `Votre test est en pause : l’extension Certamen ne répond plus. ${SUPERVISOR_HELPS}`,
  STALE_QUESTION: 'Cette question n’est plus celle en cours : la page affiche la question à laquelle répondre.',
  ALERT_ALREADY_OPEN: 'Un problème est déjà signalé sur cette question : la personne qui surveille la salle va venir.',
  CONCURRENT_UPDATE: 'Votre test a changé pendant l’envoi. Réessayez dans un instant.',
  TEST_DESIGN_CHANGED: 'Votre test a commencé sous d’autres règles que celles de ce serveur : '
    + `il ne peut pas continuer ici. ${SUPERVISOR_HELPS}`,
});

/** For a code this page does not know yet (a newer server): still a sentence, never the code. */
export const UNKNOWN_REFUSAL = `Le serveur a refusé la demande. ${SUPERVISOR_HELPS}`;

/** The sentence for a refusal's code; `overrides` word some codes for the screen the pupil is on. */
export function refusalMessage(code, overrides = {}) {
  return french(overrides[code] ?? REFUSALS[code] ?? UNKNOWN_REFUSAL);
}
