package org.certamen.server.campaigns.domain;

/** Where a participation stands, as teachers read it. */
public enum ParticipationStatus {
  /** « En cours »: the pupil has questions left. */
  STARTED,
  /** « En attente d'envoi »: over (or a profile collection joined), not sent yet. */
  TO_SHARE,
  /** « Résultats reçus »: sent at least once; the latest sending counts. */
  SHARED
}
