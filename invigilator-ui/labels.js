// The French words the pages show for the API's codes.

export const STATUS_LABELS = {
  REGISTERED: 'pas encore entré·e',
  WAITING_AUTHORIZATION: 'en attente',
  AUTHORIZED: 'autorisé·e',
  IN_PROGRESS: 'en cours',
  PAUSED_QUESTION_ALERT: 'en pause — signalement',
  PAUSED_EXTENSION_ALERT: 'en pause — extension',
  WAITING_RESUME: 'en attente — reprise',
  COMPLETED: 'terminé',
  ENDED_BY_INVIGILATOR: 'interrompu',
  ENDED_TIME_UP: 'terminé — temps écoulé',
  ENDED_TECHNICAL: 'interrompu — problème technique',
  ABSENT: 'absent·e',
};

/** Statuses of a test that is over: no time left to show, no page to watch. */
export const FINISHED = new Set(['COMPLETED', 'ENDED_BY_INVIGILATOR', 'ENDED_TIME_UP', 'ENDED_TECHNICAL', 'ABSENT']);

/** Where a session stands, as the API's `stage` names it. */
export const STAGE_LABELS = {
  planned: 'à venir',
  underway: 'en cours',
  finalized: 'finalisée',
  published: 'résultats publiés',
};

/** Statuses in the order the counts are shown. */
export const STATUS_ORDER = Object.keys(STATUS_LABELS);

/** Statuses that need the invigilator to act. */
export const NEEDS_INVIGILATOR = new Set([
  'WAITING_AUTHORIZATION', 'WAITING_RESUME', 'PAUSED_QUESTION_ALERT', 'PAUSED_EXTENSION_ALERT',
]);

export const CERTIFIABILITY_LABELS = {
  CERTIFIABLE: 'certifiable',
  NOT_CERTIFIABLE: 'non certifiable',
  UNKNOWN_PROFILE: 'non communiqué',
};

/** A roster pupil's certifiability, as the school's pupils page writes it. */
export const PUPIL_CERTIFIABILITY_LABELS = {
  CERTIFIABLE: 'Certifiable',
  NOT_CERTIFIABLE: 'Non certifiable',
  UNKNOWN: 'Non communiqué',
};

export const ROLE_LABELS = { ADMINISTRATOR: 'administrateur', MEMBER: 'membre' };

export const EVENT_LABELS = {
  ENTERED: 'Entrée dans la session',
  ENTERED_AGAIN: 'Nouvelle entrée (reprise demandée)',
  AUTHORIZED: 'Autorisation donnée par la surveillance',
  STARTED: 'Début du test',
  RESUMED: 'Reprise du test',
  QUESTION_ALERT: 'Signalement sur une question',
  EXTENSION_ALERT: 'Extension injoignable',
  ALERT_VALIDATED: 'Signalement validé (question remplacée)',
  ALERT_DISMISSED: 'Signalement rejeté',
  EXTENSION_BACK: 'Extension de nouveau active',
  QUESTION_TIMED_OUT: 'Temps de la question écoulé',
  COMPLETED: 'Test terminé',
  ENDED_BY_INVIGILATOR: 'Test interrompu par la surveillance',
  TIME_UP: 'Temps écoulé',
  TECHNICAL_END: 'Test interrompu : plus aucune question disponible',
  MARKED_ABSENT: 'Absence notée',
  BLOCKED_ATTEMPTS: 'Nouvelle tentative d’accès bloquée par l’extension — total',
};

/** The incident categories of the finalisation, as the national platform names them. */
export const INCIDENT_CATEGORIES = {
  CANDIDATE_INFORMATION_CHANGED: 'Modification des informations d’inscription',
  SIGNATURE_ISSUE: 'Problème de signature sur la feuille d’émargement',
  FRAUD: 'Suspicion de fraude',
  NON_BLOCKING_TECHNICAL_ISSUE: 'Problème technique non bloquant',
  NON_BLOCKING_CANDIDATE_ISSUE: 'Problème non bloquant lié à la personne candidate',
  IN_QUESTION: 'Problème sur une question (préciser son numéro)',
  LATE_OR_LEAVING: 'Retard, absence ou départ',
};

export const ABORT_REASONS = { candidate: 'Abandon ou départ', technical: 'Problème technique' };
