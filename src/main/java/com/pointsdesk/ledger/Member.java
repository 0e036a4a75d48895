package com.pointsdesk.ledger;

import java.util.Locale;

/** A loyalty-programme member. {@code phone} is the one field that holds the number unmasked. */
public record Member(String id, String displayName, String email, String phone,
    String preferredLocale) {

  public Locale locale() {
    return Locale.forLanguageTag(preferredLocale);
  }

  @Override
  public String toString() {
    return "Member[" + id + "]";
  }
}
