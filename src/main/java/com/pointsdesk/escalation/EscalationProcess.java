package com.pointsdesk.escalation;

import java.time.OffsetDateTime;

/**
 * ExternalEscalation.bpmn as the escalation feature sees it; implemented in {@code workflow/}.
 * Joins the caller's transaction.
 */
public interface EscalationProcess {

  /** The answer to the regulator is due earlier now: the open task and its timer follow. */
  void answerDueMoved(String caseNumber, OffsetDateTime answerDueAt);
}
