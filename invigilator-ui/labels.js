// The French words the pages show for the API's codes.

export const STATUS_LABELS = {
  REGISTERED: 'pas encore entré',
  WAITING_AUTHORIZATION: 'en attente',
  AUTHORIZED: 'autorisé',
  IN_PROGRESS: 'en cours',
  PAUSED_QUESTION_ALERT: 'en pause — signalement',
  PAUSED_EXTENSION_ALERT: 'en pause — extension',
  WAITING_RESUME: 'en attente — reprise',
  COMPLETED: 'terminé',
  ENDED_BY_INVIGILATOR: 'terminé par le surveillant',
  ENDED_TIME_UP: 'terminé — temps écoulé',
  ENDED_TECHNICAL: 'interrompu — problème technique',
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
  UNKNOWN_PROFILE: 'profil inconnu',
};

export const ROLE_LABELS = { ADMINISTRATOR: 'administrateur', MEMBER: 'membre' };

export const EVENT_LABELS = {
  ENTERED: 'Entrée dans la session',
  ENTERED_AGAIN: 'Nouvelle entrée (reprise demandée)',
  AUTHORIZED: 'Autorisé par le surveillant',
  STARTED: 'Début du test',
  RESUMED: 'Reprise du test',
  QUESTION_ALERT: 'Signalement sur une question',
  EXTENSION_ALERT: 'Extension injoignable',
  ALERT_VALIDATED: 'Signalement validé (question remplacée)',
  ALERT_DISMISSED: 'Signalement rejeté',
  EXTENSION_BACK: 'Extension de nouveau active',
  QUESTION_TIMED_OUT: 'Temps de la question écoulé',
  COMPLETED: 'Test terminé',
  ENDED_BY_INVIGILATOR: 'Test terminé par le surveillant',
  TIME_UP: 'Temps écoulé',
  TECHNICAL_END: 'Test interrompu : plus aucune question disponible',
};

/** The incident categories of the finalisation, as the national platform names them. */
export const INCIDENT_CATEGORIES = {
  CANDIDATE_INFORMATION_CHANGED: 'Modification des informations du candidat',
  SIGNATURE_ISSUE: 'Problème de signature sur la feuille d’émargement',
  FRAUD: 'Suspicion de fraude',
  NON_BLOCKING_TECHNICAL_ISSUE: 'Problème technique non bloquant',
  NON_BLOCKING_CANDIDATE_ISSUE: 'Problème non bloquant lié au candidat',
  IN_QUESTION: 'Problème sur une question (préciser son numéro)',
  LATE_OR_LEAVING: 'Retard, absence ou départ',
};

export const ABORT_REASONS = { candidate: 'Abandon du candidat', technical: 'Problème technique' };
