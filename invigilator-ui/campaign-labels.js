// The French words of the campaign pages for the API's codes.

export const OBJECTIVE_LABELS = {
  ASSESSMENT: 'Évaluer les participants',
  PROFILES_COLLECTION: 'Collecter les profils',
};

/** Participation statuses, in the order a pupil goes through them. */
export const PARTICIPATION_LABELS = {
  STARTED: 'En cours',
  TO_SHARE: 'En attente d’envoi',
  SHARED: 'Résultats reçus',
};

/** The four tiers of a mastery rate, as the national guide names them (tier 1 to 4). */
export const TIERS = [
  { tier: 1, label: 'maîtrise insuffisante', range: '0 à 20 %' },
  { tier: 2, label: 'maîtrise fragile', range: '21 à 50 %' },
  { tier: 3, label: 'maîtrise satisfaisante', range: '51 à 80 %' },
  { tier: 4, label: 'très bonne maîtrise', range: '81 à 100 %' },
];

/** "42 %" for 0.42. */
export function percent(rate) {
  return `${Math.round(rate * 100)} %`;
}
