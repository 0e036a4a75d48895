package com.pointsdesk.evidence;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Decides a file's type from its bytes, never from its name or declared type: PNG, JPEG, MP4,
 * PDF and plain UTF-8 text are accepted, everything else is refused.
 */
final class ContentSniffer {

  static final String PNG = "image/png";
  static final String JPEG = "image/jpeg";
  static final String MP4 = "video/mp4";
  static final String PDF = "application/pdf";
  static final String TEXT = "text/plain";

  private ContentSniffer() {}

  static Optional<String> detect(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (isMp4(b)) {
      return Optional.of(MP4);
    }
    if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
      return Optional.of(PDF);
    }
    return isPlainText(b) ? Optional.of(TEXT) : Optional.empty();
  }

  /** An ISO media file ("ftyp" box) whose major brand is an MP4 one (not HEIC, MOV, AVIF …). */
  private static boolean isMp4(byte[] b) {
    if (b.length < 12 || b[4] != 'f' || b[5] != 't' || b[6] != 'y' || b[7] != 'p') {
      return false;
    }
    String brand = new String(b, 8, 4, StandardCharsets.US_ASCII);
    return MP4_BRANDS.contains(brand);
  }

  private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2",
      "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "dash", "mmp4", "MSNV");

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Valid UTF-8 without control characters other than tab, line feed, form feed and return. */
  private static boolean isPlainText(byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r'
          && c != '\f' || c == 0x7F);
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
