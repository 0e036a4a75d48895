package com.pointsdesk.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed's subject format 【积分投诉】+问题简述+用户ID, as members really write it. */
class SeedSubjectTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
      "【积分投诉】积分无故减少2000点 U10002",
      "[积分投诉]积分无故减少2000点 U10002",
      "［积分投诉］ 积分无故减少2000点　Ｕ１０００２",
      "  【 积分投诉 】   积分无故减少2000点    U10002  ",
      "【积分投诉】+积分无故减少2000点+U10002",
      "U10002 【积分投诉】积分无故减少2000点",
      "【积分投诉】积分无故减少2000点 用户ID：U10002",
      "【积分投诉】积分无故减少2000点 u10002",
      "Fwd: 【积分投诉】积分无故减少2000点 U10002",
      "回复：【积分投诉】积分无故减少2000点 U10002"})
  void mrWangsSubjectIsReadHoweverHeSpacesAndBracketsIt(String subject) {
    // When
    SeedSubject parsed = SeedSubject.parse(subject);

    // Then
    assertThat(parsed.memberId()).isEqualTo("U10002");
    assertThat(parsed.summary()).isEqualTo("积分无故减少2000点");
    assertThat(parsed.caseNumberIfReply()).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Re: 【积分投诉】已受理 [PD-2026-000123]                 | PD-2026-000123
      RE: [Points complaint] Received: [PD-2026-000123]     | PD-2026-000123
      答复: 补充截图 【PD-2026-000042】                       | PD-2026-000042
      [pd-2026-000007] 还有一张截图 U10002                    | PD-2026-000007
      """)
  void aCaseNumberInBracketsMakesTheMailAReplyToThatCase(String subject, String caseNumber) {
    assertThat(SeedSubject.parse(subject).caseNumberIfReply()).contains(caseNumber);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"【积分投诉】积分无故减少2000点", "积分问题 U2", "积分少了 AU100021",
      "订单 R-20261020-0001 没发货", ""})
  void aSubjectWithoutAMemberIdNamesNoMember(String subject) {
    assertThat(SeedSubject.parse(subject).memberId()).isNull();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"案件 PD-2026-000123 怎么样了 U10002", "PD-2026-000123"})
  void aCaseNumberWithoutBracketsIsOnlyText(String subject) {
    assertThat(SeedSubject.parse(subject).caseNumberIfReply()).isEmpty();
  }
}
