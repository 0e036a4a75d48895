package com.pointsdesk.workflow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process variables of ComplaintHandling: ids and the values gateways and DMN decide on.
 * Everything else (texts, evidence, ledger rows) stays in the domain tables.
 */
public final class ProcessVariables {

  public static final String CASE_NUMBER = "caseNumber";
  public static final String MEMBER_ID = "memberId";
  public static final String CATEGORY = "category";
  public static final String PRIORITY = "priority";
  public static final String PUBLIC_POST = "publicPost";
  public static final String EXTERNAL_ESCALATION = "externalEscalation";

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

  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String REVIEW_REASON = "reviewReason";
  public static final String REMEDY_PROPOSED_BY = "remedyProposedBy";
  public static final String APPROVAL_REQUIRED = "approvalRequired";
  public static final String APPROVAL_REASON = "approvalReason";
  public static final String APPROVAL_DECISION = "approvalDecision";
  public static final String APPROVAL_COMMENT = "approvalComment";

  private ProcessVariables() {}

  /**
   * The ids Tasklist shows on each task card (filter columns). They are copied onto the task
   * because agents may read their tasks but not whole process instances.
   */
  static Map<String, Object> taskCard(VariableScope scope) {
    Map<String, Object> card = new HashMap<>();
    for (String name : List.of(CASE_NUMBER, CATEGORY, PRIORITY, MEMBER_ID)) {
      card.put(name, scope.getVariable(name));
    }
    return card;
  }

  /** Texts people typed or the forms display: never written to Camunda's history. */
  static boolean isFreeText(String name) {
    return REVIEW_REASON.equals(name) || APPROVAL_COMMENT.equals(name)
        || (name != null && name.startsWith("briefing"));
  }

  public static String caseNumber(VariableScope scope) {
    return (String) scope.getVariable(CASE_NUMBER);
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
