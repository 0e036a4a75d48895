package com.pointsdesk.bench;

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
 */
final class CeilingPath {

  /** The app's process the ceiling copies. */
  static final String SOURCE_PROCESS_KEY = "ComplaintHandling";
  /** Suffix of the copy's process key (and of any other process in the copied files). */
  static final String KEY_SUFFIX = "Ceiling";
  /** The end event a straight-through case reaches. */
  static final String COMPLETED_END_EVENT = "EndEvent_ComplaintResolved";
  /** The app's own straight-through end event, for the cross-check of PointsDesk's count. */
  static final String APP_COMPLETED_END_EVENT = COMPLETED_END_EVENT;
  /** Every delegate and listener of the copy becomes this bean. */
  static final String NOOP_EXPRESSION = "${benchNoop}";

  private CeilingPath() {}

  /** Start variables: what intake sets plus what the (no-op) ledger check would have set. */
  static Map<String, Object> startVariables(String caseNumber) {
    Map<String, Object> v = new LinkedHashMap<>();
    // set by intake (CamundaComplaintProcess.start); the case number is the business key
    v.put("category", "REDEMPTION_FAILED");
    v.put("priority", "NORMAL");
    v.put("publicPost", false);
    v.put("externalEscalation", false);
    v.put("evidenceRequested", false);
    // set by Task_CheckEvidence (CheckEvidenceDelegate) on a verified failed redemption
    v.put("verdict", "VERIFIED");
    v.put("pointsAtStake", 3000);
    v.put("delayDays", 0);
    return v;
  }

  static String ceilingKey() {
    return SOURCE_PROCESS_KEY + KEY_SUFFIX;
  }
}
