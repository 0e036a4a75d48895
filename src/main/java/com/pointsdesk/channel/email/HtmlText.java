package com.pointsdesk.channel.email;

import org.springframework.web.util.HtmlUtils;

/** The readable text of an HTML-only mail: no scripts, styles or tags, line breaks kept. */
final class HtmlText {

  private HtmlText() {}

  static String strip(String html) {
    String text = html.replaceAll("(?is)<(script|style|head)\\b.*?</\\1\\s*>", " ")
        .replaceAll("(?i)<br\\s*/?>", "\n")
        .replaceAll("(?i)</(p|div|li|tr|h[1-6])\\s*>", "\n")
        .replaceAll("(?s)<!--.*?-->", "")
        .replaceAll("(?s)<[^>]*>", "");
    return HtmlUtils.htmlUnescape(text).replace('\u00a0', ' ').replaceAll("[ \\t\\x0B\\f\\r]+", " ")
        .replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n").strip();
  }
}
