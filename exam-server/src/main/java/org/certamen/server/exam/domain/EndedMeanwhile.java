package org.certamen.server.exam.domain;

import org.certamen.server.shared.DomainException;

/**
 * A transition refused because the test's time ran out since it was stored: the refusal, and the
 * exam ended by the clock, which {@link ExamRepository#update} saves before failing with the
 * refusal, so that a test past its time is ended at the first request, whatever it asked.
 */
public final class EndedMeanwhile extends RuntimeException {
  private final transient Exam ended;
  private final DomainException refusal;

  EndedMeanwhile(Exam ended, DomainException refusal) {
    super(refusal.detail(), null, false, false);
    this.ended = ended;
    this.refusal = refusal;
  }

  public Exam ended() {
    return ended;
  }

  public DomainException refusal() {
    return refusal;
  }
}
