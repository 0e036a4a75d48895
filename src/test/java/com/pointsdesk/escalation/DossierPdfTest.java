package com.pointsdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF itself, rendered without the application: fonts embedded, any text printable. */
class DossierPdfTest {

  private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-20T10:00:00+08:00");

  private final DossierPdf pdf = new DossierPdf(new DossierFonts());

  @Test
  void bothShippedFontsAreEmbeddedAsSubsets() throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf.render(dossier("兑换的礼品没发货 gift")))) {
      var resources = document.getPage(0).getResources();
      List<PDFont> fonts = new java.util.ArrayList<>();
      for (var name : resources.getFontNames()) {
        fonts.add(resources.getFont(name));
      }
      assertThat(fonts).extracting(PDFont::getName)
          .anyMatch(name -> name.matches("[A-Z]{6}\\+DroidSansFallback"))
          .anyMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans"));
      assertThat(fonts).allMatch(PDFont::isEmbedded);
    }
  }

  @Test
  void aCharacterNeitherFontHasOrAControlCharacterDoesNotStopTheDossier() throws Exception {
    // U+20000 is in neither font, U+0007 is a control character, the emoji is in DejaVu Sans
    byte[] document = pdf.render(dossier("礼品\uD840\uDC00没发货\u0007 😀\tok"));

    try (PDDocument read = Loader.loadPDF(document)) {
      assertThat(new PDFTextStripper().getText(read)).contains("礼品?没发货 😀 ok");
    }
  }

  private static Dossier dossier(String summary) {
    var header = new Dossier.Case("PD-2026-000123", "U10001", "DELIVERY_DELAYED", "UNDER_REVIEW",
        "HIGH", AT, AT.plusDays(1), AT.plusDays(5), AT.plusDays(9), null, null, null, false, false,
        summary, null, null, null, List.of(), null);
    return new Dossier(header, List.of(new Dossier.Event(AT, "RECEIVED", summary)), AT);
  }
}
