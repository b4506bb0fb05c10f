package org.certamen.server.campaigns.domain;

/** What a campaign is for: « Évaluer les participants » or « Collecter les profils ». */
public enum CampaignObjective {
  /** Pupils answer adaptive questions on a parcours, then send their results. */
  ASSESSMENT,
  /** Pupils send a snapshot of their profile, as computed from every answer they gave. */
  PROFILES_COLLECTION
}
