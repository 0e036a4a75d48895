package com.pointsdesk.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Member-facing mail texts, one file per template and language under
 * {@code templates/mail/<template>.<zh-CN|en>.txt}: first line {@code Subject: ...}, then the body.
 * {@code {{name}}} placeholders are filled in; unknown languages fall back to zh-CN.
 */
@Component
class MailTemplates {

  static final Locale DEFAULT = Locale.forLanguageTag("zh-CN");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

  private final Map<String, String> cache = new ConcurrentHashMap<>();

  RenderedMail render(String template, Locale locale, Map<String, String> values) {
    String text = cache.computeIfAbsent(template + "." + tag(locale), this::load);
    String filled = fill(text, values);
    int firstBreak = filled.indexOf('\n');
    String subject = filled.substring(0, firstBreak).replaceFirst("^Subject:\\s*", "").trim();
    // an empty optional paragraph must not leave a hole in the mail
    String body = filled.substring(firstBreak + 1).replaceAll("\n{3,}", "\n\n").strip();
    return new RenderedMail(subject, body + "\n");
  }

  /** A label such as a category name, from {@code templates/mail/labels_<lang>.properties}. */
  String label(String key, Locale locale) {
    try {
      return ResourceBundle.getBundle("templates.mail.labels", supported(locale),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
          .getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  static Locale supported(Locale locale) {
    return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : DEFAULT;
  }

  private static String tag(Locale locale) {
    return supported(locale) == Locale.ENGLISH ? "en" : "zh-CN";
  }

  private String load(String name) {
    try {
      return new ClassPathResource("templates/mail/" + name + ".txt")
          .getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Missing mail template " + name, e);
    }
  }

  private static String fill(String text, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("No value for {{" + m.group(1) + "}}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
