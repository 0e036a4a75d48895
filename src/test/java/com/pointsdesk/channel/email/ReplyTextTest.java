package com.pointsdesk.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A reply's own words, without the mail it quotes. */
class ReplyTextTest {

  @Test
  void theQuotedAcknowledgementIsLeftOut() {
    // Given a reply as a Chinese mail client writes it
    String reply = """
        补充一张积分明细截图，18日凌晨3点被扣的。

        在 2026年11月20日 10:02，PointsDesk 积分客服 写道：
        > 王先生您好：
        > 我们已于 2026-11-20 10:02 (UTC+8) 收到您关于“积分异常扣除”的投诉""";

    // Then
    assertThat(ReplyText.withoutQuote(reply)).isEqualTo("补充一张积分明细截图，18日凌晨3点被扣的。");
  }

  @Test
  void quotedLinesAndAnOriginalMessageBlockAreLeftOut() {
    assertThat(ReplyText.withoutQuote("> old\nnew words\n> more old")).isEqualTo("new words");
    assertThat(ReplyText.withoutQuote("Thanks\n-----Original Message-----\nFrom: care"))
        .isEqualTo("Thanks");
  }

  @Test
  void aReplyThatOnlyQuotesSaysNothing() {
    assertThat(ReplyText.withoutQuote("> 王先生您好：\n> …")).isNull();
    assertThat(ReplyText.withoutQuote(null)).isNull();
  }
}
