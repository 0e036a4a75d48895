package com.pointsdesk.notification;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Mails to the supervisors' shared mailbox: a service level was missed. */
@Service
public class SupervisorAlerts {

  private static final Locale SUPERVISORS = MailTemplates.DEFAULT;

  private final MailTemplates templates;
  private final Outbox outbox;
  private final NotificationProperties properties;

  SupervisorAlerts(MailTemplates templates, Outbox outbox, NotificationProperties properties) {
    this.templates = templates;
    this.outbox = outbox;
    this.properties = properties;
  }

  /** Queues the alert once per case and breach, inside the caller's transaction. */
  public void slaBreached(String caseNumber, String breach, String message) {
    outbox.enqueue(caseNumber + ":SLA_BREACH:" + breach, caseNumber, "sla-breach",
        SUPERVISORS.toLanguageTag(), properties.supervisors(),
        templates.render("sla-breach", SUPERVISORS,
            Map.of("caseNumber", caseNumber, "message", message)));
  }
}
