// French words for what the API names with codes.

export const REVIEW_REASONS = {
  FRAUD: 'Fraude signalée',
  GLOBAL_COMMENT: 'Commentaire global du surveillant ou de la surveillante',
  UNRESOLVED_IN_QUESTION_INCIDENT: 'Incident sur une question, non traité',
  UNRESOLVED_ALERT: 'Alerte non résolue',
  TECHNICAL_END: 'Test terminé pour raison technique',
};

export const RESULT_STATUSES = { validated: 'Validée', rejected: 'Rejetée', cancelled: 'Annulée' };

export const JURY_ACTIONS = {
  neutralize: 'Neutraliser une question',
  cancel: 'Annuler la certification',
  reject: 'Rejeter la certification',
  rescore: 'Recalculer le résultat',
};

/** How an alert was resolved, as the API's `decision` names it. */
export const ALERT_DECISIONS = {
  validate: 'signalement validé, question remplacée',
  dismiss: 'signalement rejeté',
  'extension-back': 'extension revenue, test repris',
};

/** Who resolved an alert, when it was not a staff member (named by address). */
export const RESOLVERS = {
  invigilator: 'le surveillant ou la surveillante',
  centre: 'le centre',
  system: 'l’équipe (jeton d’automatisation)',
};

export const STAFF_ROLES = { admin: 'Administration', processor: 'Traitement des sessions' };

/** "1 session", "2 sessions". */
export function plural(count, one, many) {
  return `${count} ${count > 1 ? many : one}`;
}

/** What changed a result, in its version history. */
export const CHANGES = { finalization: 'Finalisation', ...JURY_ACTIONS };

/** Why a result is not validated. */
export const STATUS_REASONS = {
  CANCELLED_BY_JURY: 'annulée par le jury',
  REJECTED_BY_JURY: 'rejetée par le jury',
  FRAUD: 'fraude signalée',
  TECHNICAL_TOO_FEW_ANSWERS: 'problème technique, trop peu de réponses',
  TOO_FEW_ANSWERS: 'trop peu de réponses',
  ZERO_SCORE: 'score nul',
};

/** The staff's audit trail, in words. */
export function describeAction(action) {
  const [kind, detail] = action.split(':');
  const words = {
    'jury-action': `décision du jury (${(JURY_ACTIONS[detail] ?? detail).toLowerCase()})`,
    publication: 'publication',
    'centre-creation': 'création de centre',
    'staff-invitation': 'invitation à la console',
    'staff-role': `changement de rôle (${(STAFF_ROLES[detail] ?? detail).toLowerCase()})`,
    'staff-removal': 'retrait d’un compte',
  };
  return words[kind] ?? action;
}
