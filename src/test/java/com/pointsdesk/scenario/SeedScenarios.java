package com.pointsdesk.scenario;

import java.util.List;
import java.util.Map;

/** The seed complaints of DESIGN.md as API requests, shared by the H2 and PostgreSQL runs. */
final class SeedScenarios {

  private SeedScenarios() {}

  static Map<String, Object> mrWangsEmail() {
    return Map.of(
        "channel", "EMAIL",
        "memberId", "U10002",
        "category", "UNEXPLAINED_DEDUCTION",
        "summary", "【积分投诉】积分无故减少2000点 U10002",
        "description", "11月18日早上发现积分少了2000点，没有兑换任何东西，附积分变动时间线对比图。",
        "occurredAt", "2026-11-18T09:30:00+08:00",
        "pointsClaimed", 2000,
        "demands", List.of("RESTORE_POINTS", "APOLOGY"));
  }

  static Map<String, Object> u10003sFailedRedemption() {
    return Map.of(
        "channel", "IN_APP",
        "memberId", "U10003",
        "category", "REDEMPTION_FAILED",
        "summary", "兑换会员月卡失败，3000积分被扣",
        "orderId", "R-20261110-0003",
        "occurredAt", "2026-11-10T20:41:00+08:00",
        "pointsClaimed", 3000,
        "demands", List.of("RESTORE_POINTS"));
  }

  static Map<String, Object> acceptTheSuggestion() {
    return Map.of("reviewDecision", "ACCEPT");
  }
}
