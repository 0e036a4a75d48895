package com.pointsdesk.escalation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One document's fonts. Each character is set in the first font that has it (Latin, then CJK);
 * one that neither has (a rare symbol) is shown as "?", a tab as a space, and other control
 * characters are left out, so no member text can make a dossier fail.
 */
final class Typeface {

  private static final int MISSING = '?';

  private final List<PDFont> fonts;
  private final Map<Integer, Glyph> glyphs = new HashMap<>();

  Typeface(PDFont latin, PDFont cjk) {
    this.fonts = List.of(latin, cjk);
  }

  /** A piece of a line set in one font. */
  record Run(PDFont font, String text) {}

  /** How wide one code point is set at {@code size} points. */
  double width(int codePoint, float size) {
    Glyph glyph = glyph(codePoint);
    return glyph == null ? 0 : glyph.width() * size / 1000;
  }

  double width(String text, float size) {
    return text.codePoints().mapToDouble(cp -> width(cp, size)).sum();
  }

  /** The line as pieces that each one font can set. */
  List<Run> runs(String line) {
    List<Run> runs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    PDFont current = null;
    for (int cp : line.codePoints().toArray()) {
      Glyph glyph = glyph(cp);
      if (glyph == null) {
        continue;
      }
      if (glyph.font() != current && !text.isEmpty()) {
        runs.add(new Run(current, text.toString()));
        text.setLength(0);
      }
      current = glyph.font();
      text.appendCodePoint(glyph.codePoint());
    }
    if (!text.isEmpty()) {
      runs.add(new Run(current, text.toString()));
    }
    return runs;
  }

  /** How a code point is set; null when it is left out. */
  private Glyph glyph(int codePoint) {
    return glyphs.computeIfAbsent(codePoint, cp -> {
      if (cp == '\t') {
        return find(' ');
      }
      if (Character.getType(cp) == Character.CONTROL) {
        return null;
      }
      Glyph found = find(cp);
      if (found == null && Character.getType(cp) == Character.FORMAT) {
        return null; // invisible (a zero-width joiner): nothing to show
      }
      return found != null ? found : find(MISSING);
    });
  }

  private Glyph find(int codePoint) {
    String text = new String(Character.toChars(codePoint));
    for (PDFont font : fonts) {
      try {
        return new Glyph(font, codePoint, font.getStringWidth(text));
      } catch (IllegalArgumentException | IOException notInThisFont) {
        // try the next font
      }
    }
    return null;
  }

  private record Glyph(PDFont font, int codePoint, float width) {}
}
