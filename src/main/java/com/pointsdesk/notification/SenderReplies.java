package com.pointsdesk.notification;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Automatic answers to a mail that did not become part of a case (no member, no category, no
 * text): where it goes is the sender's address, since there is no member to write to. Chinese
 * first with an English line; English throughout for a member who prefers it.
 */
@Service
public class SenderReplies {

  static final String FORMAT_HELP = "email-format-help";

  private final MailTemplates templates;
  private final Outbox outbox;

  SenderReplies(MailTemplates templates, Outbox outbox) {
    this.templates = templates;
    this.outbox = outbox;
  }

  /**
   * Explains the subject format, with the reason ({@code email.reason.<code>} label) the mail
   * was not taken in; queued once per {@code dedupeKey}, in the caller's transaction.
   */
  public void formatHelp(String recipient, Locale locale, String reasonCode, String maxSize,
      String dedupeKey) {
    Locale language = MailTemplates.supported(locale);
    String key = "email.reason." + reasonCode;
    outbox.enqueue(dedupeKey, null, FORMAT_HELP, language.toLanguageTag(), recipient,
        templates.render(FORMAT_HELP, language, Map.of(
            "reason", templates.label(key, MailTemplates.DEFAULT),
            "reasonEn", templates.label(key, Locale.ENGLISH),
            "maxSize", maxSize)));
  }
}
