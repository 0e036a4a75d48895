package com.pointsdesk.channel.email;

import java.util.regex.Pattern;

/**
 * What a member wrote in a reply, without the mail they answered: quoted lines ({@code > …})
 * and everything from the usual "On … wrote:" / "在…写道：" / "-----Original Message-----"
 * marker on go. Null when nothing is left.
 */
final class ReplyText {

  private static final Pattern QUOTE_MARKER = Pattern.compile(
      "(?m)^\\s*(?:-{2,}\\s*(?:Original Message|原始邮件|Forwarded message)\\s*-{2,}"
          + "|On .{1,200}wrote:|在.{1,200}写道[:：]|发件人[:：]|From: .*)\\s*$");

  private ReplyText() {}

  static String withoutQuote(String text) {
    if (text == null) {
      return null;
    }
    var marker = QUOTE_MARKER.matcher(text);
    String own = marker.find() ? text.substring(0, marker.start()) : text;
    own = own.replaceAll("(?m)^\\s*>.*(\\R|$)", "").strip();
    return own.isEmpty() ? null : own;
  }
}
