package com.pointsdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryHintsTest {

  @ParameterizedTest
  @CsvSource({
      "积分无故减少2000点, UNEXPLAINED_DEDUCTION",
      "兑换会员月卡失败，3000积分被扣, REDEMPTION_FAILED",
      "兑换失败积分被扣, REDEMPTION_FAILED",
      "蓝牙音箱兑换后一个月未发货, DELIVERY_DELAYED",
      "收到礼品与描述不符, NOT_AS_DESCRIBED",
      "客服响应迟缓三天没人回复, SLOW_SERVICE",
      "活动规则单方面变更, RULE_CHANGED",
      "积分到期未提醒清零, EXPIRED_WITHOUT_NOTICE",
      "My points were deducted for nothing, UNEXPLAINED_DEDUCTION"})
  void theSeedsWordingNamesItsCategory(String text, Category category) {
    assertThat(CategoryHints.in(text)).contains(category);
  }

  @ParameterizedTest
  @CsvSource({"你好", "'  '"})
  void wordsThatNameNoProblemNameNoCategory(String text) {
    assertThat(CategoryHints.in(text)).isEmpty();
  }
}
