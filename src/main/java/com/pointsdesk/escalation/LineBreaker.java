package com.pointsdesk.escalation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.regex.Pattern;

/**
 * Wraps text to a width: Latin text between words, Chinese between any two characters (but no
 * line starts with a closing mark such as ，。） and none ends with an opening one such as （《),
 * and a token longer than a line (a URL) where it must. Ids like {@code R-20261020-0001} and
 * SHA-256 hashes stay on one line when they fit, so they can be searched and copied.
 */
final class LineBreaker {

  private static final Pattern NEWLINE = Pattern.compile("\r\n|[\r\n\u2028\u2029\u0085]");
  private static final String NO_LINE_START = "，。、；：！？）》」』】〕〉…,.;:!?)]}%·";
  private static final String NO_LINE_END = "（《「『【〔〈([{“‘";

  private final IntToDoubleFunction width;

  /** {@code width}: how wide one code point is set, in the unit of the widths to wrap to. */
  LineBreaker(IntToDoubleFunction width) {
    this.width = width;
  }

  /** The lines of {@code text}, its own line breaks kept; an empty text is one empty line. */
  List<String> lines(String text, double maxWidth) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : NEWLINE.split(text == null ? "" : text, -1)) {
      wrap(paragraph, maxWidth, lines);
    }
    return lines;
  }

  private void wrap(String paragraph, double maxWidth, List<String> lines) {
    int[] cps = paragraph.codePoints().toArray();
    int start = 0;
    int breakAt = -1;
    double used = 0;
    for (int i = 0; i < cps.length; i++) {
      int cp = cps[i];
      if (i > start && mayBreakBetween(cps[i - 1], cp)) {
        breakAt = i;
      }
      double w = width.applyAsDouble(cp);
      // a space may hang over the margin: it is dropped at the end of the line
      if (used + w > maxWidth && i > start && !isSpace(cp)) {
        int end = breakAt > start ? breakAt : i;
        lines.add(text(cps, start, end));
        start = end;
        while (start < cps.length && isSpace(cps[start])) {
          start++;
        }
        breakAt = -1;
        used = 0;
        i = start - 1; // measure the rest again from the new line's start
        continue;
      }
      used += w;
    }
    if (start < cps.length || cps.length == 0) {
      lines.add(text(cps, start, cps.length));
    }
  }

  private static boolean mayBreakBetween(int before, int after) {
    if (isSpace(after)) {
      return false;
    }
    if (isSpace(before)) {
      return true;
    }
    if (NO_LINE_START.indexOf(after) >= 0 || NO_LINE_END.indexOf(before) >= 0) {
      return false;
    }
    return isWide(before) || isWide(after) || before == '/';
  }

  /** Scripts written without spaces, where a line may break between any two characters. */
  private static boolean isWide(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.BOPOMOFO) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
  }

  private static boolean isSpace(int cp) {
    return cp == ' ' || cp == '\t' || cp == '\u3000';
  }

  private static String text(int[] cps, int start, int end) {
    int last = end;
    while (last > start && isSpace(cps[last - 1])) {
      last--;
    }
    return new String(cps, start, last - start);
  }
}
