package com.pointsdesk.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process variables of ComplaintHandling: the values gateways and DMN decide on, nothing
 * else. They are not trusted input (anyone who may work a task can write them through the REST
 * API): the case is the business key, amounts are paid from the decisions on record, and every
 * gateway reads a value one of the engine's own steps wrote (a DMN result or a listener).
 */
public final class ProcessVariables {

  public static final String CATEGORY = "category";
  public static final String PRIORITY = "priority";
  public static final String PUBLIC_POST = "publicPost";
  public static final String EXTERNAL_ESCALATION = "externalEscalation";

  /** SlaPolicy.dmn's input that nothing else reads: transient, never stored. */
  public static final String CHANNEL = "channel";
  /** Loaded from the record by the SLA gateways' start listeners. */
  public static final String FIRST_RESPONSE_GIVEN = "firstResponseGiven";
  public static final String PROGRESS_UPDATE_DUE = "progressUpdateDue";
  public static final String ESCALATION_STARTED = "escalationStarted";

  public static final String VERDICT = "verdict";
  public static final String POINTS_AT_STAKE = "pointsAtStake";
  public static final String DELAY_DAYS = "delayDays";
  public static final String EVIDENCE_REQUESTED = "evidenceRequested";
  public static final String EVIDENCE_REMINDER_AT = "evidenceReminderAt";
  public static final String EVIDENCE_DUE_AT = "evidenceDueAt";

  public static final String RESTORE_POINTS = "restorePoints";
  public static final String COMPENSATION_POINTS = "compensationPoints";
  public static final String REISSUE_GIFT = "reissueGift";
  public static final String OFFER_ALTERNATIVE = "offerAlternative";
  public static final String STRAIGHT_THROUGH = "straightThrough";
  public static final String REMEDY_NOTE = "remedyNote";

  /** Fields of the review form. */
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String REVIEW_REASON = "reviewReason";
  /** The reviewer's decision as validated and recorded: what Gateway_ReviewOutcome reads. */
  public static final String REVIEW_OUTCOME = "reviewOutcome";

  public static final String APPROVAL_REQUIRED = "approvalRequired";
  public static final String APPROVAL_REASON = "approvalReason";
  /** Fields of the approval form. */
  public static final String APPROVAL_DECISION = "approvalDecision";
  public static final String APPROVAL_COMMENT = "approvalComment";
  /** The approver's decision as validated and recorded: what Gateway_ApprovalOutcome reads. */
  public static final String APPROVAL_OUTCOME = "approvalOutcome";

  // CollectiveComplaint: the decision form's fields (read by DecideCollectiveRemedyListener) ...
  static final String COLLECTIVE_REMEDY = "collectiveRemedy";
  static final String ALTERNATIVE_GIFT_IDS = "alternativeGiftIds";
  static final String ANSWER_WITHIN_WORKING_DAYS = "answerWithinWorkingDays";
  static final String CORRECTIVE_ACTION = "correctiveAction";
  // ... the multi-instance's size, and each member's instance: local to it, loaded from its offer
  static final String OFFER_COUNT = "offerCount";
  static final String OFFER_ID = "offerId";
  static final String MEMBER_CHOOSES = "memberChooses";
  static final String ANSWER_BY = "answerBy";
  static final String ALTERNATIVE_GIFT = "alternativeGift";
  static final String REFUND_POINTS = "refundPoints";
  static final String RESTORE_EXPIRED_POINTS = "restoreExpiredPoints";
  static final String MEMBER_COMPENSATION = "memberCompensation";
  static final String MEMBER_CASE_OPEN = "memberCaseOpen";

  private ProcessVariables() {}

  /** The case a step works on: the process instance's business key, never a variable. */
  public static String caseNumber(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  /** The case a task belongs to: its process instance's business key. */
  public static String caseNumber(DelegateTask task) {
    return task.getExecution().getProcessBusinessKey();
  }

  /** Texts people typed or the forms display: never written to Camunda's history. */
  static boolean isFreeText(String name) {
    return REVIEW_REASON.equals(name) || APPROVAL_COMMENT.equals(name)
        || "regulatorAnswer".equals(name) || CORRECTIVE_ACTION.equals(name)
        || (name != null && name.startsWith("briefing"));
  }

  /** Form submissions may arrive as Integer, Long or Double: read any number as int. */
  public static int intValue(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Number number) {
      return Math.toIntExact(Math.round(number.doubleValue()));
    }
    if (value instanceof String text && !text.isBlank()) {
      return Integer.parseInt(text.strip());
    }
    return 0;
  }

  public static boolean isTrue(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }
}
