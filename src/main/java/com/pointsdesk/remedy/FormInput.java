package com.pointsdesk.remedy;

import com.pointsdesk.complaint.SensitiveText;
import java.util.Locale;

/** What a person typed into a review or approval form, read strictly. */
final class FormInput {

  private FormInput() {}

  static <E extends Enum<E>> E choice(Class<E> type, String value, String message) {
    if (value == null) {
      throw new InvalidDecision(message);
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidDecision(message);
    }
  }

  /** Free text cleaned of passwords and phone numbers; null when nothing was typed. */
  static String text(String text) {
    return text == null || text.isBlank() ? null : SensitiveText.clean(text.strip()).text();
  }

  static void requireReason(String reason, String message) {
    if (reason == null || reason.length() < 2) {
      throw new InvalidDecision(message);
    }
  }

  static void requireNamed(String who, String message) {
    if (who == null || who.isBlank()) {
      throw new InvalidDecision(message);
    }
  }
}
