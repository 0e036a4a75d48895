package com.pointsdesk.complaint;

public enum ComplaintStatus {
  RECEIVED, AWAITING_EVIDENCE, UNDER_REVIEW, AWAITING_APPROVAL, RESOLVED, REJECTED,
  CLOSED_NO_EVIDENCE;

  public boolean isOpen() {
    return this != RESOLVED && this != REJECTED && this != CLOSED_NO_EVIDENCE;
  }
}
