package com.pointsdesk.complaint;

/**
 * The free texts of a request after {@link SensitiveText}. The redaction marker is longer than
 * most passwords, so a text that was valid at its length limit is clipped back to the limit.
 */
record CleanedTexts(String summary, String description, String externalRef,
    boolean secretsRemoved) {

  static CleanedTexts of(ComplaintRequest r) {
    SensitiveText.Cleaned summary = SensitiveText.clean(r.summary().strip());
    SensitiveText.Cleaned description = SensitiveText.clean(r.description());
    SensitiveText.Cleaned externalRef = SensitiveText.clean(r.externalRef());
    return new CleanedTexts(clip(summary.text(), ComplaintRequest.SUMMARY_MAX),
        clip(description.text(), ComplaintRequest.DESCRIPTION_MAX),
        clip(externalRef.text(), ComplaintRequest.EXTERNAL_REF_MAX),
        summary.secretsRemoved() || description.secretsRemoved()
            || externalRef.secretsRemoved());
  }

  Complaint.FreeTexts freeTexts() {
    return new Complaint.FreeTexts(summary, description, externalRef);
  }

  /** Notes on the case's timeline that a password was removed, when one was. */
  void noteRedaction(CaseTimeline timeline, String caseNumber) {
    if (secretsRemoved) {
      timeline.record(caseNumber, "SENSITIVE_DATA_REDACTED",
          "A password in the complaint text was removed before storage; the member is warned");
    }
  }

  private static String clip(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
    return text.substring(0, end) + "…";
  }
}
