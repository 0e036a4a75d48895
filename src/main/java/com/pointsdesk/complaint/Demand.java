package com.pointsdesk.complaint;

/** What the member asks for (seed step 3). */
public enum Demand {
  RESTORE_POINTS, REISSUE_GIFT, RETURN_OR_EXCHANGE, COMPENSATION, APOLOGY
}
