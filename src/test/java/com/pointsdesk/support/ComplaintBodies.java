package com.pointsdesk.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bodies of {@code POST /api/v1/complaints} for the synthetic members of {@link TestMembers}.
 * Each returns a fresh mutable map, so a test can change one field with {@code put}.
 */
public final class ComplaintBodies {

  /** When the fixtures' debits and orders happen; complaints say the problem happened then. */
  public static final String OCCURRED_AT = "2026-11-18T09:30:00+08:00";

  private ComplaintBodies() {}

  /** Points vanished without an order (Mr. Wang's story); verified when the debit exists. */
  public static Map<String, Object> unexplainedDeduction(String memberId, int points) {
    Map<String, Object> body = base("EMAIL", memberId, "UNEXPLAINED_DEDUCTION",
        "积分无故减少" + points + "点");
    body.put("description", "11月18日早上发现积分少了" + points + "点，我没有兑换任何东西。");
    body.put("pointsClaimed", points);
    body.put("demands", List.of("RESTORE_POINTS", "APOLOGY"));
    return body;
  }

  /** A physical gift that was never shipped (Ms. Zhang's story). */
  public static Map<String, Object> deliveryDelayed(String memberId, String orderId) {
    Map<String, Object> body = base("IN_APP", memberId, "DELIVERY_DELAYED",
        "兑换的礼品一个月了还没发货");
    body.put("orderId", orderId);
    body.put("demands", List.of("REISSUE_GIFT", "COMPENSATION"));
    return body;
  }

  /** A redemption that failed after its debit (U10003's story); resolves straight through. */
  public static Map<String, Object> redemptionFailed(String memberId, String orderId,
      int points) {
    Map<String, Object> body = base("IN_APP", memberId, "REDEMPTION_FAILED",
        "兑换失败，" + points + "积分被扣");
    body.put("orderId", orderId);
    body.put("pointsClaimed", points);
    body.put("demands", List.of("RESTORE_POINTS"));
    return body;
  }

  /** A delivered gift that does not match its page (U10010's story), sent without evidence. */
  public static Map<String, Object> notAsDescribed(String memberId, String orderId) {
    Map<String, Object> body = base("IN_APP", memberId, "NOT_AS_DESCRIBED",
        "收到的帆布包和兑换页面描述不符");
    body.put("description", "页面写的是联名款，收到的是普通款，颜色也不一样。");
    body.put("orderId", orderId);
    body.put("demands", List.of("RETURN_OR_EXCHANGE"));
    return body;
  }

  private static Map<String, Object> base(String channel, String memberId, String category,
      String summary) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("channel", channel);
    body.put("memberId", memberId);
    body.put("category", category);
    body.put("summary", summary);
    body.put("occurredAt", OCCURRED_AT);
    return body;
  }
}
