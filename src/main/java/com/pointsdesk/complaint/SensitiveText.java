package com.pointsdesk.complaint;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seed FAQ Q4/Q5: a complaint never carries a password or payment password, and phone numbers are
 * masked everywhere but the member's own phone field. Every free text a member sends goes through
 * {@link #clean(String)} before it is stored, put in a variable, logged or mailed.
 */
public final class SensitiveText {

  public static final String REDACTED = "[密码已隐去 REDACTED]";

  private static final String KEYWORD =
      "(?:支付密码|登录密码|登陆密码|账户密码|账号密码|交易密码|密码|口令|"
          + "payment\\s+password|password|passwd|pwd|passcode|pin\\s*code)";

  /**
   * What a secret is written in: printable ASCII (or its full-width forms), up to the next space or
   * sentence punctuation. Chinese words after a keyword ("密码是什么") are never taken for one, and
   * a password written into a sentence without a space does not take the rest of it along.
   */
  private static final String SECRET = "[!-~\\uFF01-\\uFF5E&&[^,;)，；）]]";

  /** keyword, one or more separators (是 / 为 / : / ：/ =, also "是："), then the secret. */
  private static final Pattern WITH_SEPARATOR = Pattern.compile(
      "(" + KEYWORD + "(?:\\s*(?:是|为|為|:|：|=))+\\s*)(" + SECRET + "{1,64})",
      Pattern.CASE_INSENSITIVE);

  /**
   * keyword, "is" / "was", then a credential-looking token ("password is hunter2"); a plain word
   * is not one ("password was reset").
   */
  private static final Pattern WITH_VERB = Pattern.compile(
      "(" + KEYWORD + "\\s+(?:is|was)\\s+)((?=" + SECRET + "*\\d)" + SECRET + "{1,64})",
      Pattern.CASE_INSENSITIVE);

  /** keyword directly followed by a credential-looking token ("密码abc123", "password 123456"). */
  private static final Pattern ADJACENT = Pattern.compile(
      "(" + KEYWORD + "\\s*)((?=" + SECRET + "*\\d)" + SECRET + "{4,64})",
      Pattern.CASE_INSENSITIVE);

  /** 138 1234 5678, 138-1234-5678 and 13812345678, with or without +86; separators are kept. */
  private static final Pattern MOBILE = Pattern.compile(
      "(?<!\\d)((?:\\+?86[- ]?)?1[3-9]\\d)([- ]?)(\\d{4})([- ]?)(\\d{4})(?!\\d)");

  private static final Pattern LANDLINE =
      Pattern.compile("(?<!\\d)(0\\d{2,3}-)(\\d{3,4})(\\d{4})(?!\\d)");

  private SensitiveText() {}

  /** Redacts passwords and masks phone numbers; null stays null. */
  public static Cleaned clean(String text) {
    if (text == null) {
      return new Cleaned(null, false);
    }
    String redacted = redactSecrets(text);
    boolean secretsRemoved = !redacted.equals(text);
    return new Cleaned(maskPhones(redacted), secretsRemoved);
  }

  static String redactSecrets(String text) {
    String redacted = replace(WITH_SEPARATOR, text);
    redacted = replace(WITH_VERB, redacted);
    return replace(ADJACENT, redacted);
  }

  public static String maskPhones(String text) {
    if (text == null) {
      return null;
    }
    String mobiles = MOBILE.matcher(text).replaceAll("$1$2****$4$5");
    return LANDLINE.matcher(mobiles).replaceAll("$1****$3");
  }

  private static String replace(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      boolean alreadyRedacted = text.startsWith(REDACTED, m.start(2));
      String replacement = alreadyRedacted ? m.group() : m.group(1) + REDACTED;
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The cleaned text and whether a secret had to be removed (the member is then warned). */
  public record Cleaned(String text, boolean secretsRemoved) {}
}
