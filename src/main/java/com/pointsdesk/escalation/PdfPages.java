package com.pointsdesk.escalation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A4 pages filled from top to bottom: titles, headings, label/value fields and rows of wrapped
 * columns. Whatever does not fit flows onto a new page; {@link #finish} numbers the pages.
 */
final class PdfPages {

  static final float BODY = 9f;
  private static final float SMALL = 7.5f;
  private static final float LEADING = 1.4f;
  private static final float MARGIN = 48f;
  private static final float TOP = PDRectangle.A4.getHeight() - 48f;
  private static final float BOTTOM = 52f;
  static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final float GREY = 0.38f;
  private static final float RULED = 4f;

  private final PDDocument document;
  private final Typeface type;
  private final Map<Float, LineBreaker> breakers = new HashMap<>();
  private PDPageContentStream content;
  private float y;

  PdfPages(PDDocument document, Typeface type) {
    this.document = document;
    this.type = type;
  }

  void title(String text, float size) throws IOException {
    for (String line : breaker(size).lines(text, WIDTH)) {
      room(size * LEADING);
      write(MARGIN, line, size, true, 0f);
      y -= size * LEADING;
    }
  }

  /** A section heading with a rule under it, kept together with what follows it. */
  void heading(String text) throws IOException {
    float size = 12f;
    gap(8f);
    room(size + 8f + 3 * BODY * LEADING);
    write(MARGIN, text, size, true, 0f);
    y -= size + 3f; // under the baseline
    rule(0f, 0.7f);
    y -= 5f;
  }

  /** A label in grey, its value (wrapped) beside it. */
  void field(String label, String value, float labelWidth) throws IOException {
    row(new float[] {labelWidth - 6f, WIDTH - labelWidth}, List.of(label, value),
        new float[] {GREY, 0f});
  }

  /**
   * Columns of the given widths side by side, the width they leave shared out as gutters between
   * them, each text wrapped in its own column. A row that fits on a page is not split; a longer
   * one continues on the next. {@code grey} is each column's grey level (0 black).
   */
  void row(float[] widths, List<String> texts, float[] grey) throws IOException {
    row(widths, texts, grey, false);
  }

  /** A {@link #row} under a thin grey rule, kept on the same page as the rule. */
  void ruledRow(float[] widths, List<String> texts, float[] grey) throws IOException {
    row(widths, texts, grey, true);
  }

  private void row(float[] widths, List<String> texts, float[] grey, boolean ruled)
      throws IOException {
    List<List<String>> columns = new ArrayList<>();
    int lines = 0;
    for (int c = 0; c < widths.length; c++) {
      columns.add(breaker(BODY).lines(texts.get(c), widths[c]));
      lines = Math.max(lines, columns.get(c).size());
    }
    float lineHeight = BODY * LEADING;
    room(Math.min(lines * lineHeight + (ruled ? RULED : 0), TOP - BOTTOM));
    if (ruled) {
      y -= 1.5f;
      rule(0.8f, 0.3f);
      y -= RULED - 1.5f;
    }
    float gutter = (WIDTH - sum(widths)) / Math.max(1, widths.length - 1);
    for (int i = 0; i < lines; i++) {
      room(lineHeight);
      float x = MARGIN;
      for (int c = 0; c < widths.length; c++) {
        if (i < columns.get(c).size()) {
          write(x, columns.get(c).get(i), BODY, false, grey[c]);
        }
        x += widths[c] + gutter;
      }
      y -= lineHeight;
    }
  }

  void gap(float points) {
    y -= points;
  }

  /** Closes the last page and writes "第 n / N 页 Page n of N" and {@code footer} on each. */
  void finish(String footer) throws IOException {
    if (content != null) {
      content.close();
      content = null;
    }
    int total = document.getNumberOfPages();
    for (int n = 1; n <= total; n++) {
      PDPage page = document.getPage(n - 1);
      try (PDPageContentStream stream =
          new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
        String number = "第 %d / %d 页  Page %d of %d".formatted(n, total, n, total);
        float baseline = BOTTOM - 22f;
        text(stream, MARGIN, baseline, footer, SMALL, GREY);
        text(stream, MARGIN + WIDTH - (float) type.width(number, SMALL), baseline, number, SMALL,
            GREY);
      }
    }
  }

  private void room(float height) throws IOException {
    if (content == null || y - height < BOTTOM) {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = TOP;
    }
  }

  private void write(float x, String line, float size, boolean bold, float grey)
      throws IOException {
    if (bold) { // one weight is shipped: headings are filled and outlined to stand out
      content.setRenderingMode(RenderingMode.FILL_STROKE);
      content.setLineWidth(size / 40f);
    }
    text(content, x, y - size, line, size, grey);
    if (bold) {
      content.setRenderingMode(RenderingMode.FILL);
    }
  }

  private void text(PDPageContentStream stream, float x, float baseline, String line, float size,
      float grey) throws IOException {
    stream.setNonStrokingColor(grey);
    stream.beginText();
    stream.newLineAtOffset(x, baseline);
    for (Typeface.Run run : type.runs(line)) {
      stream.setFont(run.font(), size);
      stream.showText(run.text());
    }
    stream.endText();
  }

  private void rule(float grey, float width) throws IOException {
    content.setStrokingColor(grey);
    content.setLineWidth(width);
    content.moveTo(MARGIN, y);
    content.lineTo(MARGIN + WIDTH, y);
    content.stroke();
    content.setStrokingColor(0f);
  }

  private LineBreaker breaker(float size) {
    return breakers.computeIfAbsent(size, s -> new LineBreaker(cp -> type.width(cp, s)));
  }

  private static float sum(float[] widths) {
    float sum = 0;
    for (float w : widths) {
      sum += w;
    }
    return sum;
  }
}
