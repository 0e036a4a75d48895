package com.pointsdesk.complaint;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The category a member's own words name, for channels that carry free text only (a mail
 * subject, a Weibo post): the seed's wording for each category and the phrases members use for
 * it. Checked in this order, so "兑换失败…积分被扣" is a failed redemption before it is a
 * deduction, and a deduction the member also chased is still a deduction. Empty when nothing
 * matches: the channel then decides (join the member's open case, or ask); it never guesses.
 */
public final class CategoryHints {

  private static final Map<Category, List<String>> PHRASES = new LinkedHashMap<>();

  static {
    PHRASES.put(Category.REDEMPTION_FAILED,
        List.of("兑换+失败", "兑换不成功", "兑换没成功", "redemption failed"));
    PHRASES.put(Category.EXPIRED_WITHOUT_NOTICE,
        List.of("到期", "过期", "清零", "expired"));
    PHRASES.put(Category.RULE_CHANGED,
        List.of("规则", "涨价", "变更", "改规则", "rule change"));
    PHRASES.put(Category.DELIVERY_DELAYED,
        List.of("未发货", "没发货", "不发货", "发货", "延迟", "没收到", "未收到", "not shipped",
            "not delivered"));
    PHRASES.put(Category.NOT_AS_DESCRIBED,
        List.of("不符", "描述不一致", "货不对板", "与描述", "not as described"));
    PHRASES.put(Category.UNEXPLAINED_DEDUCTION,
        List.of("无故", "异常扣除", "扣除", "减少", "被扣", "少了", "deduct"));
    PHRASES.put(Category.SLOW_SERVICE,
        List.of("客服", "响应", "没人回复", "无人回复", "不回复", "slow service"));
  }

  private CategoryHints() {}

  public static Optional<Category> in(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return PHRASES.entrySet().stream()
        .filter(e -> e.getValue().stream().anyMatch(phrase -> says(lower, phrase)))
        .map(Map.Entry::getKey).findFirst();
  }

  /** {@code 兑换+失败}: both words, as in "兑换会员月卡失败"; otherwise the phrase itself. */
  private static boolean says(String text, String phrase) {
    return Arrays.stream(phrase.split("\\+")).allMatch(text::contains);
  }
}
