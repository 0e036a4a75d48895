package com.pointsdesk.escalation;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The dossier's wording, Chinese first. A code is shown as it is stored (what the API and the
 * agents use), after its Chinese name where the dossier knows one; a code it does not know (a
 * new status or channel) is shown alone.
 */
final class Labels {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private static final Map<String, String> CATEGORIES = Map.of(
      "REDEMPTION_FAILED", "兑换失败积分被扣",
      "DELIVERY_DELAYED", "礼品发货严重延迟",
      "NOT_AS_DESCRIBED", "收到礼品与描述不符",
      "UNEXPLAINED_DEDUCTION", "积分异常扣除",
      "SLOW_SERVICE", "客服响应迟缓",
      "RULE_CHANGED", "活动规则单方面变更",
      "EXPIRED_WITHOUT_NOTICE", "积分到期未提醒清零");

  private static final Map<String, String> STATUSES = Map.of(
      "RECEIVED", "已受理",
      "AWAITING_EVIDENCE", "待补充证据",
      "UNDER_REVIEW", "审核中",
      "AWAITING_APPROVAL", "待审批",
      "RESOLVED", "已解决",
      "REJECTED", "已驳回",
      "CLOSED_NO_EVIDENCE", "因无证据关闭");

  private static final Map<String, String> CHANNELS = Map.of(
      "IN_APP", "应用内",
      "EMAIL", "邮件",
      "WEIBO", "微博",
      "WECHAT", "微信",
      "PHONE", "电话",
      "REGULATOR_12315", "12315 平台",
      "MARKET_REGULATOR", "市场监督管理部门",
      "THIRD_PARTY_PLATFORM", "第三方投诉平台");

  private static final Map<String, String> PRIORITIES = Map.of("NORMAL", "普通", "HIGH", "高");

  private Labels() {}

  static String category(String code) {
    return named(code, CATEGORIES);
  }

  static String status(String code) {
    return named(code, STATUSES);
  }

  static String channel(String code) {
    return named(code, CHANNELS);
  }

  static String priority(String code) {
    return named(code, PRIORITIES);
  }

  static String time(OffsetDateTime at) {
    return at == null ? "—" : TIME.format(at);
  }

  /** When something happened that may not have happened yet (a first response, a closing). */
  static String timeOrNotYet(OffsetDateTime at) {
    return at == null ? "尚未 not yet" : TIME.format(at);
  }

  static String yesNo(boolean value) {
    return value ? "是 yes" : "否 no";
  }

  static String orNone(Object value) {
    return value == null || value.toString().isBlank() ? "无 none" : value.toString();
  }

  static String signed(int amount) {
    return amount > 0 ? "+" + amount : String.valueOf(amount);
  }

  private static String named(String code, Map<String, String> names) {
    String name = names.get(code);
    return name == null ? code : name + " " + code;
  }
}
