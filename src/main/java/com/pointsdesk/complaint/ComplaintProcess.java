package com.pointsdesk.complaint;

import com.pointsdesk.sla.ServiceTargets;

/**
 * The BPMN process that runs a case, as the complaint feature sees it. Implemented in
 * {@code workflow/}, the one place where Java meets the models. All calls join the caller's
 * transaction: the case row and the process state commit together.
 */
public interface ComplaintProcess {

  /**
   * Starts the case's process with business key = case number. The process asks SlaPolicy.dmn
   * for the case's service levels first; returns the instance and the policy's targets.
   */
  Started start(Complaint complaint, Channel channel);

  /**
   * A public post or an external channel joined the case: the decision inputs change (priority
   * HIGH, flags) and SlaPolicy.dmn is asked again; returns the targets now in force.
   */
  ServiceTargets escalated(String caseNumber, Channel channel, boolean publicPost,
      boolean externalEscalation);

  /** The case's deadlines moved (a pause ended, an escalation): its timers and tasks follow. */
  void deadlinesMoved(Complaint withNewDueDates);

  /**
   * The case has just become an external escalation: the process enters its one
   * external-escalation path, and a review in progress is briefed by the policy again.
   */
  void escalateExternally(String caseNumber);

  /** The member sent evidence or a reply; wakes the process if it waits for one. */
  boolean evidenceProvided(String caseNumber);

  record Started(String processInstanceId, ServiceTargets targets) {}
}
