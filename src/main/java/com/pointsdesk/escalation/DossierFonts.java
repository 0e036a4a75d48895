package com.pointsdesk.escalation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The TrueType fonts the application ships (src/main/resources/fonts, licences beside them), read
 * once; no system font is used. Droid Sans Fallback has the Chinese but no Latin letters or
 * digits, so DejaVu Sans sets those. Each document embeds only the glyphs it uses (subsets): a
 * dossier is a few dozen kilobytes, not the fonts' 4.8 MB.
 */
@Component
class DossierFonts {

  static final String LATIN = "fonts/DejaVuSans.ttf";
  static final String CJK = "fonts/DroidSansFallbackFull.ttf";

  private final byte[] latin;
  private final byte[] cjk;

  DossierFonts() {
    this.latin = read(LATIN);
    this.cjk = read(CJK);
  }

  /** The fonts for one document, embedded into it as subsets when it is saved. */
  Typeface load(PDDocument document) throws IOException {
    return new Typeface(PDType0Font.load(document, new ByteArrayInputStream(latin), true),
        PDType0Font.load(document, new ByteArrayInputStream(cjk), true));
  }

  private static byte[] read(String resource) {
    try (InputStream in = DossierFonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Font " + resource + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read font " + resource, e);
    }
  }
}
