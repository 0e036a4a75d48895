package com.pointsdesk.bench;

/**
 * THE ONE PLACE to adjust when CollectiveComplaint changes (workload {@code collective}, issue 8):
 * the process, the supervisor's task, the deadline timer, how an offer's mail and its ledger
 * entries and alternative order are keyed. The names are those of the contract between the core
 * and the benchmark (idempotency keys {@code <offerId>:REFUND}, {@code <offerId>:COMPENSATE},
 * {@code <offerId>:ALTERNATIVE}; tables pd_member_offer and pd_collective_case).
 */
final class CollectivePath {

  /** The process a collective case runs; its business key is the collective number (PC-…). */
  static final String PROCESS_KEY = "CollectiveComplaint";
  /** Each affected member's own offer process (business key PC-…/member id). */
  static final String MEMBER_PROCESS_KEY = "MemberOffer";
  /** The supervisor's decision (Camunda Form CollectiveRemedyForm, candidate group supervisors). */
  static final String DECIDE_TASK = "Task_DecideCollectiveRemedy";
  /** Each offer's deadline: the engine's timer job on this boundary event. */
  static final String DEADLINE_TIMER = "BoundaryEvent_AnswerDeadlinePassed";
  /** Ledger keys and the alternative order's key: {@code <offerId>} + suffix. */
  static final String REFUND_KEY = ":REFUND";
  static final String COMPENSATE_KEY = ":COMPENSATE";
  static final String ALTERNATIVE_KEY = ":ALTERNATIVE";
  /** The offer mail's outbox dedupe key: {@code <offerId>} + suffix. */
  static final String OFFER_MAIL_KEY = ":OFFER";

  private CollectivePath() {}
}
