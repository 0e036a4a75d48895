package com.pointsdesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Evidence files are judged by their bytes: PNG, JPEG, MP4, PDF and UTF-8 text only. */
class ContentSnifferTest {

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of("PNG screenshot", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A,
            0x00, 0x00, 0x00, 0x0D, 'I', 'H', 'D', 'R'), ContentSniffer.PNG),
        Arguments.of("JPEG photo (JFIF)", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F',
            'I', 'F', 0x00), ContentSniffer.JPEG),
        Arguments.of("JPEG photo (Exif)", bytes(0xFF, 0xD8, 0xFF, 0xE1, 0x12, 0x34, 'E', 'x',
            'i', 'f', 0x00, 0x00), ContentSniffer.JPEG),
        Arguments.of("MP4 screen recording", bytes(0x00, 0x00, 0x00, 0x18, 'f', 't', 'y', 'p',
            'i', 's', 'o', 'm', 0x00, 0x00, 0x02, 0x00), ContentSniffer.MP4),
        Arguments.of("PDF", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1),
            ContentSniffer.PDF),
        Arguments.of("English chat log", utf8("Agent 1023: we will check.\r\nMe: thanks\t!\n"),
            ContentSniffer.TEXT),
        Arguments.of("Chinese chat log", utf8("客服1023：您好，已为您登记。\n我：积分少了2000点"),
            ContentSniffer.TEXT),
        Arguments.of("UTF-8 text with BOM", utf8("\uFEFF积分变动记录"), ContentSniffer.TEXT));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("accepted")
  void acceptsWhatTheApiPromises(String description, byte[] content, String expectedType) {
    assertThat(ContentSniffer.detect(content)).contains(expectedType);
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("ZIP archive", bytes('P', 'K', 0x03, 0x04, 0x14, 0x00, 0x00, 0x00)),
        Arguments.of("Windows executable (MZ)", bytes('M', 'Z', 0x90, 0x00, 0x03, 0x00, 0x00,
            0x00, 0x04, 0x00)),
        Arguments.of("GIF", bytes('G', 'I', 'F', '8', '9', 'a', 0x01, 0x00, 0x01, 0x00, 0x80,
            0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x21, 0xF9, 0x04)),
        Arguments.of("invalid UTF-8 (GBK-encoded Chinese)", "积分少了".getBytes(
            java.nio.charset.Charset.forName("GBK"))),
        Arguments.of("truncated UTF-8 sequence", bytes('a', 'b', 0xE7, 0xA7)),
        Arguments.of("text with a NUL byte", utf8("积分\u0000少了")),
        Arguments.of("text with another control character", utf8("abc\u001Bdef")),
        Arguments.of("text with DEL", utf8("abc\u007Fdef")),
        Arguments.of("PNG signature cut short", bytes(0x89, 'P', 'N', 'G')),
        Arguments.of("HEIC photo (an ISO media file, but no MP4)", bytes(0x00, 0x00, 0x00, 0x18,
            'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0x00, 0x00, 0x00, 0x00)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("refused")
  void refusesEverythingElse(String description, byte[] content) {
    assertThat(ContentSniffer.detect(content)).isEqualTo(Optional.empty());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }
}
