package com.pointsdesk.collective;

/**
 * The BPMN side of collective complaints, as the collective feature sees it: process
 * CollectiveComplaint (business key = collective number) and what ComplaintHandling waits for.
 * Implemented in {@code workflow/}; every call joins the caller's transaction.
 */
public interface CollectiveProcess {

  /** A collective case was opened: its supervisor's decision is waited for. */
  void start(String collectiveNumber);

  /**
   * Starts the member's own offer process (business key {@code memberOfferKey}, see
   * {@link MemberOffers#businessKey}).
   */
  void startMemberOffer(String memberOfferKey);

  /** The member answered their offer (recorded); false when no instance waits for it. */
  boolean offerAnswered(String memberOfferKey);

  /** The last member's remedy is applied: the collective case may close. */
  void allRemediesApplied(String collectiveNumber);

  /** The case became part of a collective case: its own review, if one waits, is withdrawn. */
  void caseJoined(String caseNumber);

  /** The collective remedy was applied to the case's member: its process ends. */
  void remedyApplied(String caseNumber);
}
