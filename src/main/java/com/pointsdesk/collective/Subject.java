package com.pointsdesk.collective;

/** The thing a case is about, shared by the cases a collective case groups. */
record Subject(SubjectKind kind, String ref) {

  /** The value of the open collective case's unique key (one open collective per subject). */
  String key() {
    return kind + ":" + ref;
  }

  @Override
  public String toString() {
    return kind + " " + ref;
  }
}
