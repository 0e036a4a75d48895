package com.pointsdesk.channel.email;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subject format the seed tells members to use, {@code 【积分投诉】+问题简述+用户ID}
 * ({@code 【积分投诉】积分无故减少2000点 U10002}), read leniently: ASCII or full-width brackets,
 * any spaces, "Re:"/"回复：" in front, the member id anywhere. A case number in brackets
 * ({@code [PD-2026-000123]}, as our own subjects carry it) makes the mail a reply to that case.
 */
record SeedSubject(String caseNumber, String memberId, String summary) {

  private static final Pattern CASE_NUMBER =
      Pattern.compile("[\\[【]\\s*(PD-\\d{4}-\\d{6})\\s*[\\]】]", Pattern.CASE_INSENSITIVE);
  /** DESIGN's member ids: U and five or more digits, not part of a longer word or number. */
  private static final Pattern MEMBER_ID =
      Pattern.compile("(?<![A-Za-z0-9])[Uu](\\d{5,})(?![0-9])");
  private static final Pattern TAG = Pattern.compile("[\\[【]\\s*积分投诉\\s*[\\]】]");
  private static final Pattern REPLY_PREFIX = Pattern.compile(
      "^\\s*(?:(?:re|fw|fwd|aw|回复|答复|转发)\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);
  private static final Pattern ID_LABEL = Pattern.compile(
      "(?:(?:用户|会员)\\s*(?:id|编号|号)|(?:user|member)\\s*id|(?<![a-z])id)\\s*[:=]?\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final String SEPARATORS = "[\\s+\\-_:|/,，、。;；~]+";

  static SeedSubject parse(String subject) {
    String s = fold(subject == null ? "" : subject);
    Matcher caseNumber = CASE_NUMBER.matcher(s);
    if (caseNumber.find()) {
      return new SeedSubject(caseNumber.group(1).toUpperCase(Locale.ROOT), null, null);
    }
    s = REPLY_PREFIX.matcher(s).replaceFirst("");
    s = TAG.matcher(s).replaceAll(" ");
    Matcher member = MEMBER_ID.matcher(s);
    String memberId = null;
    if (member.find()) {
      memberId = "U" + member.group(1);
      String before = ID_LABEL.matcher(s.substring(0, member.start())).replaceFirst("");
      s = before + " " + s.substring(member.end());
    }
    String summary = s.replaceAll("\\s+", " ").replaceAll("^" + SEPARATORS, "")
        .replaceAll(SEPARATORS + "$", "").strip();
    return new SeedSubject(null, memberId, summary);
  }

  /**
   * Full-width letters, digits, brackets, colon and plus, and the ideographic space, as their
   * ASCII forms (Ｕ１０００２ is U10002); Chinese punctuation (，（）) stays as the member wrote it.
   */
  private static String fold(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    text.chars().forEach(c -> folded.append((char) (c == '\u3000' ? ' '
        : Character.isLetterOrDigit(c) && c >= '\uFF10' && c <= '\uFF5A'
            || c == '［' || c == '］' || c == '：' || c == '＋' ? c - 0xFEE0 : c)));
    return folded.toString();
  }

  Optional<String> caseNumberIfReply() {
    return Optional.ofNullable(caseNumber);
  }
}
