package com.pointsdesk.notification;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

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

  @GetMapping(path = "/demo/mailbox", produces = MediaType.TEXT_HTML_VALUE)
  String html(@RequestParam(required = false) String caseNumber) {
    StringBuilder page = new StringBuilder("""
        <!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
        <title>PointsDesk demo mailbox</title>
        <style>body{font-family:sans-serif;max-width:56rem;margin:2rem auto}
        article{border:1px solid #ccc;border-radius:6px;padding:1rem;margin:1rem 0}
        pre{white-space:pre-wrap;font-family:inherit}</style></head><body>
        <h1>Demo mailbox</h1><p>Mail sent by PointsDesk over SMTP to the in-process demo server,
        newest first.</p>""");
    for (DemoMailbox.Mail m : json(caseNumber)) {
      page.append("<article><h2>").append(HtmlUtils.htmlEscape(m.subject())).append("</h2>")
          .append("<p>To: ").append(HtmlUtils.htmlEscape(m.to())).append("</p><pre>")
          .append(HtmlUtils.htmlEscape(m.body())).append("</pre></article>");
    }
    return page.append("</body></html>").toString();
  }
}
