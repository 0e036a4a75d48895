package com.pointsdesk.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * THE ONE PLACE to adjust when ComplaintHandling changes: which model the ceiling copies, the
 * variables that make the copy take the straight-through path, and the end event that counts
 * as "completed". Today's path: the ledger check (no-op) leaves what CheckEvidenceDelegate
 * would set (verdict, pointsAtStake, delayDays); RemedyPolicy.dmn (kept, real) turns
 * REDEMPTION_FAILED + VERIFIED + 3000 into restorePoints=3000, straightThrough=true, which the
 * pay-out gateway routes to the (no-op) restore; everything from the check to the resolution
 * notice runs in the one job after intake, as in the app.
 *
 * <p>Since ComplaintHandling 3.0 (SLA clocks): intake evaluates SlaPolicy.dmn (kept, real) in
 * Task_DetermineServiceLevels and then sets the due dates that the SLA boundary timers of
 * SubProcess_HandleComplaint read ({@link #dueDates}); the job before the sub-process creates the
 * timers and, on the straight-through path, removes them again, as in the app.
 */
final class CeilingPath {

  /** The app's process the ceiling copies. */
  static final String SOURCE_PROCESS_KEY = "ComplaintHandling";
  /** Suffix of the copy's process key (and of any other process in the copied files). */
  static final String KEY_SUFFIX = "Ceiling";
  /**
   * The end events at which a straight-through instance of the process ends: since 3.0 the case
   * ends in SubProcess_HandleComplaint (EndEvent_ComplaintResolved) and the instance at
   * EndEvent_CaseClosed after it; up to 2.x (the A/B baseline of bench/run --baseline-commit) the
   * instance itself ended at EndEvent_ComplaintResolved. Counted as the instance's END_ACT_ID_.
   */
  static final String COMPLETED_END_EVENT = "EndEvent_CaseClosed";
  static final String COMPLETED_END_EVENT_BEFORE_3_0 = "EndEvent_ComplaintResolved";
  /** The app's own end events, for the cross-check of PointsDesk's count. */
  static final String APP_COMPLETED_END_EVENT = COMPLETED_END_EVENT;
  /** The copy's SLA timers and task dates (the app reads them from the case's record). */
  static final String FAR_AWAY_EXPRESSION = "${benchNoop.aMonthFromNow()}";
  /** Every delegate and listener of the copy becomes this bean. */
  static final String NOOP_EXPRESSION = "${benchNoop}";

  private CeilingPath() {}

  /** Start variables: what intake sets plus what the (no-op) ledger check would have set. */
  static Map<String, Object> startVariables(String caseNumber) {
    Map<String, Object> v = new LinkedHashMap<>();
    // set by intake (CamundaComplaintProcess.start); the case number is the business key
    v.put("channel", "IN_APP");
    v.put("category", "REDEMPTION_FAILED");
    v.put("priority", "NORMAL");
    v.put("publicPost", false);
    v.put("externalEscalation", false);
    v.put("evidenceRequested", false);
    v.put("receivedAt", new Date());
    // set by Task_CheckEvidence (CheckEvidenceDelegate) on a verified failed redemption
    v.put("verdict", "VERIFIED");
    v.put("pointsAtStake", 3000);
    v.put("delayDays", 0);
    return v;
  }

  /**
   * What intake sets after SlaPolicy ran (CamundaComplaintProcess.start, SlaVariables.of): the
   * timers' dates from the decision's outputs. Working days are counted as calendar days here
   * (the ceiling has no calendar; on the straight-through path the timers never fire).
   */
  static Map<String, Object> dueDates(Map<String, Object> variables) {
    Instant received = ((Date) variables.get("receivedAt")).toInstant();
    Instant firstResponse = received.plus(Duration.ofHours(number(variables, "firstResponseHours")));
    Instant resolution = received.plus(Duration.ofDays(number(variables, "resolutionWorkingDays")));
    Instant escalation = received.plus(Duration.ofDays(number(variables, "escalationWorkingDays")));
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("firstResponseDueAt", Date.from(firstResponse));
    v.put("resolutionDueAt", Date.from(resolution));
    v.put("escalationDueAt", Date.from(escalation));
    v.put("reviewDueAt", Date.from(firstResponse));
    v.put("reviewFollowUpAt", Date.from(received.plus(Duration.ofHours(18))));
    v.put("resolutionFollowUpAt", Date.from(resolution.minus(Duration.ofDays(1))));
    return v;
  }

  private static long number(Map<String, Object> variables, String name) {
    if (!(variables.get(name) instanceof Number n)) {
      throw new IllegalStateException("SlaPolicy gave no " + name + " (ceiling start)");
    }
    return n.longValue();
  }

  static String ceilingKey() {
    return SOURCE_PROCESS_KEY + KEY_SUFFIX;
  }
}
