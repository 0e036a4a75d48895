package com.pointsdesk.notification;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /demo/mailbox}: the mail the demo run has sent, readable in a browser. */
@RestController
@Profile("demo")
@ConditionalOnProperty(name = "pointsdesk.demo.mailbox.enabled", havingValue = "true")
class DemoMailboxController {

  private final DemoMailbox mailbox;

  DemoMailboxController(DemoMailbox mailbox) {
    this.mailbox = mailbox;
  }

  @GetMapping(path = "/demo/mailbox", produces = MediaType.APPLICATION_JSON_VALUE)
  List<DemoMailbox.Mail> json(@RequestParam(required = false) String caseNumber) {
    return mailbox.received().stream()
        .filter(m -> caseNumber == null || caseNumber.equals(m.caseNumber())).toList();
  }

  /** The same list for a person: a browser asks for text/html and gets a page. */
  @GetMapping(path = "/demo/mailbox", produces = MediaType.TEXT_HTML_VALUE)
  String html(@RequestParam(required = false) String caseNumber) {
    return MailboxPage.render(json(caseNumber), caseNumber);
  }
}
