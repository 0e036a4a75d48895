package com.pointsdesk.complaint;

/**
 * The BPMN process that runs a case, as the complaint feature sees it. Implemented in
 * {@code workflow/}, the one place where Java meets the models. All calls join the caller's
 * transaction: the case row and the process state commit together.
 */
public interface ComplaintProcess {

  /** Starts the case's process with business key = case number; returns the instance id. */
  String start(Complaint complaint);

  /** A public post or an external channel joined the case: update the decision inputs. */
  void escalated(String caseNumber, boolean publicPost, boolean externalEscalation);

  /** The member sent evidence or a reply; wakes the process if it waits for one. */
  boolean evidenceProvided(String caseNumber);
}
