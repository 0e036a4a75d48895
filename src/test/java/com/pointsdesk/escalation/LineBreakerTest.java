package com.pointsdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the dossier wraps text: one unit per Latin character, two per Chinese one. */
class LineBreakerTest {

  private final LineBreaker breaker = new LineBreaker(cp -> cp < 0x2E80 ? 1 : 2);

  @Test
  void latinTextBreaksBetweenWords() {
    assertThat(breaker.lines("the gift never shipped", 12))
        .containsExactly("the gift", "never", "shipped");
  }

  @Test
  void chineseTextBreaksBetweenAnyTwoCharacters() {
    assertThat(breaker.lines("礼品一个月了还没发货", 8)).containsExactly("礼品一个", "月了还没", "发货");
  }

  @Test
  void noLineStartsWithAClosingMarkNorEndsWithAnOpeningOne() {
    assertThat(breaker.lines("已经一个，仍未发货", 8)).containsExactly("已经一", "个，仍未", "发货");
    assertThat(breaker.lines("已经一（仍未发货）", 8)).containsExactly("已经一", "（仍未发", "货）");
  }

  @Test
  void anIdStaysWholeWhenItFitsAndIsCutOnlyWhenItCannot() {
    assertThat(breaker.lines("order R-20261020-0001", 16)).containsExactly("order",
        "R-20261020-0001");
    assertThat(breaker.lines("0123456789abcdef0123", 8))
        .containsExactly("01234567", "89abcdef", "0123");
  }

  @Test
  void theTextsOwnLineBreaksAreKept() {
    assertThat(breaker.lines("first\r\n\nthird", 40)).containsExactly("first", "", "third");
    assertThat(breaker.lines("", 40)).containsExactly("");
  }
}
