package com.pointsdesk.notification;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** {@code /demo/mailbox} as a page a person reads: newest first, every text escaped. */
final class MailboxPage {

  private MailboxPage() {}

  static String render(List<DemoMailbox.Mail> mails, String caseNumber) {
    StringBuilder page = new StringBuilder("""
        <!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
        <title>PointsDesk demo mailbox</title>
        <style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
        article{border:1px solid #ccc;border-radius:6px;padding:1rem;margin:1rem 0}
        dl{display:grid;grid-template-columns:6rem 1fr;margin:0}dt{color:#666}dd{margin:0}
        pre{white-space:pre-wrap;font-family:inherit;border-top:1px solid #eee;padding-top:.5rem}
        </style></head><body>
        <h1>Demo mailbox</h1><p>Every mail the in-process demo server received over SMTP (what
        PointsDesk sent, and what members sent to the complaints mailbox), newest first.
        """);
    if (caseNumber != null) {
      page.append("Case ").append(escape(caseNumber)).append(" only, <a href=\"?\">all mail</a>.");
    }
    page.append("</p>\n");
    if (mails.isEmpty()) {
      page.append("<p>No mail yet.</p>\n");
    }
    for (DemoMailbox.Mail m : mails) {
      page.append("<article><h2>").append(escape(m.subject())).append("</h2><dl>")
          .append("<dt>#</dt><dd>").append(m.index()).append("</dd>")
          .append("<dt>To</dt><dd>").append(escape(m.to())).append("</dd>")
          .append("<dt>Case</dt><dd>");
      if (m.caseNumber() != null) {
        page.append("<a href=\"?caseNumber=").append(escape(m.caseNumber())).append("\">")
            .append(escape(m.caseNumber())).append("</a>");
      } else {
        page.append("–");
      }
      page.append("</dd></dl><pre>").append(escape(m.body())).append("</pre></article>\n");
    }
    return page.append("</body></html>\n").toString();
  }

  private static String escape(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
