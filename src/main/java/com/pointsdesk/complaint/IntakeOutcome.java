package com.pointsdesk.complaint;

/** Which case a complaint landed in, how, and whether it joined an open case. */
public record IntakeOutcome(String caseNumber, Kind kind, boolean merged) {

  public enum Kind { CREATED, MERGED, REPLAYED }
}
