package com.pointsdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.pointsdesk.ledger.Member;
import com.pointsdesk.ledger.Members;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The member's preferred language decides the mail; labels and dates are filled in. */
class MemberNotifierTest {

  private static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-11-20T21:05:00+08:00");

  private final Members members = mock(Members.class);
  private final Outbox outbox = mock(Outbox.class);
  private final SocialOutbox socialOutbox = mock(SocialOutbox.class);
  private final MemberNotifier notifier =
      new MemberNotifier(members, new MailTemplates(), outbox, socialOutbox);

  @Test
  void aMemberWhoPrefersEnglishIsAcknowledgedInEnglish() {
    // Given U10010 (Alex Chen) prefers "en"
    member("U10010", "Alex Chen", "en");

    // When
    notifier.acknowledge(complaint("U10010", "NOT_AS_DESCRIBED"),
        members.find("U10010").orElseThrow(), false);

    // Then
    RenderedMail mail = queued("PD-2026-000123:ACK", "acknowledgement", "en");
    assertThat(mail.subject()).isEqualTo("[Points complaint] Received: [PD-2026-000123]");
    assertThat(mail.body()).startsWith("Dear Alex Chen,")
        .contains("\"Gift not as described\"")
        .contains("2026-11-20 21:05 (UTC+8)")
        .contains("2026-11-21 21:05 (UTC+8)")
        .doesNotContain("Security notice");
  }

  @Test
  void aChineseMemberIsAcknowledgedInChinese() {
    // Given
    member("U10001", "张女士", "zh-CN");

    // When
    notifier.acknowledge(complaint("U10001", "DELIVERY_DELAYED"),
        members.find("U10001").orElseThrow(), false);

    // Then
    RenderedMail mail = queued("PD-2026-000123:ACK", "acknowledgement", "zh-CN");
    assertThat(mail.subject()).isEqualTo("【积分投诉】已受理 [PD-2026-000123]");
    assertThat(mail.body()).startsWith("张女士您好").contains("“礼品发货严重延迟”");
  }

  @Test
  void aMemberWithAnUnsupportedLanguageGetsChinese() {
    // Given
    member("U10099", "Jean", "fr");

    // When
    notifier.acknowledge(complaint("U10099", "SLOW_SERVICE"),
        members.find("U10099").orElseThrow(), false);

    // Then
    RenderedMail mail = queued("PD-2026-000123:ACK", "acknowledgement", "zh-CN");
    assertThat(mail.subject()).startsWith("【积分投诉】");
  }

  @Test
  void theMemberIsWarnedWhenAPasswordWasRemoved() {
    // Given
    member("U10010", "Alex Chen", "en");

    // When
    notifier.acknowledge(complaint("U10010", "NOT_AS_DESCRIBED"),
        members.find("U10010").orElseThrow(), true);

    // Then
    assertThat(queued("PD-2026-000123:ACK", "acknowledgement", "en").body())
        .contains("Security notice: your message contained a password");
  }

  @Test
  void anEvidenceRequestListsWhatTheCategoryNeedsInTheMembersLanguage() {
    // Given
    member("U10010", "Alex Chen", "en");

    // When
    notifier.requestEvidence(complaint("U10010", "NOT_AS_DESCRIBED"),
        OffsetDateTime.parse("2026-11-27T13:05:00Z"));

    // Then
    assertThat(queued("PD-2026-000123:EVIDENCE_REQUEST", "evidence-request", "en").body())
        .contains("- a photo or video of the gift you received\n"
            + "- a screenshot of the gift page (its description)")
        .contains("by 2026-11-27 21:05 (UTC+8)");
  }

  @Test
  void aResolutionListsEachRemedy() {
    // Given
    member("U10002", "王先生", "zh-CN");

    // When
    notifier.resolved(complaint("U10002", "UNEXPLAINED_DEDUCTION"), 2000, 100, null,
        false);

    // Then
    assertThat(queued("PD-2026-000123:RESOLVED", "resolved", "zh-CN").body())
        .contains("- 已恢复 2000 积分\n- 已补偿 100 积分\n").doesNotContain("补发");
  }

  @Test
  void theSameMessageGoesToTheSocialOutboxUnderTheMailsKeyAndInShort() {
    // Given
    member("U10001", "张女士", "zh-CN");

    // When
    notifier.acknowledge(complaint("U10001", "DELIVERY_DELAYED"),
        members.find("U10001").orElseThrow(), false);

    // Then the social outbox is offered the very mail, under its dedupe key
    RenderedMail mail = queued("PD-2026-000123:ACK", "acknowledgement", "zh-CN");
    verify(socialOutbox).queue(eq("PD-2026-000123:ACK"), eq(complaint("U10001",
        "DELIVERY_DELAYED")), eq(mail));
    // and its short form is the subject and the first lines
    assertThat(SocialOutbox.shortForm(mail)).startsWith("【积分投诉】已受理 [PD-2026-000123]\n张女士您好：\n")
        .contains("案件编号 PD-2026-000123").doesNotContain("汽水音乐积分客服")
        .hasSizeLessThanOrEqualTo(SocialOutbox.TEXT_MAX);
  }

  @Test
  void aLongMailIsClippedForTheGateway() {
    String body = "很长的一行文字。".repeat(200);

    String text = SocialOutbox.shortForm(new RenderedMail("Subject", body));

    assertThat(text).hasSize(SocialOutbox.TEXT_MAX).startsWith("Subject\n很长").endsWith("…");
  }

  private void member(String id, String name, String locale) {
    when(members.find(id)).thenReturn(Optional.of(
        new Member(id, name, id.toLowerCase() + "@members.example", "13800010010", locale)));
  }

  private RenderedMail queued(String dedupeKey, String template, String languageTag) {
    ArgumentCaptor<RenderedMail> mail = ArgumentCaptor.forClass(RenderedMail.class);
    verify(outbox).enqueue(eq(dedupeKey), eq("PD-2026-000123"), eq(template), eq(languageTag),
        anyString(), mail.capture());
    return mail.getValue();
  }

  private static MemberCase complaint(String memberId, String categoryCode) {
    return new MemberCase("PD-2026-000123", memberId, categoryCode, "summary", RECEIVED,
        RECEIVED.plusHours(24), RECEIVED.plusDays(7));
  }
}
