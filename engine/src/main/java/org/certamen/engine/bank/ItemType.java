package org.certamen.engine.bank;

/** The four question types of the national certification. */
public enum ItemType {
  /** Single choice ("question à choix unique"). */
  QCU,
  /** Multiple choice ("question à choix multiples"). */
  QCM,
  /** One short free answer ("question à réponse ouverte courte"). */
  QROC,
  /** Several named short answers ("question à réponses ouvertes courtes multiples"). */
  QROCM
}
