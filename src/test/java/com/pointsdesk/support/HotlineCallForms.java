package com.pointsdesk.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Tasklist submits for the hotline start form (HotlineComplaintForm), one map of field
 * values per story. Each call returns a fresh mutable map, so a test can change one field.
 */
public final class HotlineCallForms {

  private HotlineCallForms() {}

  /** U10003's failed 3 000-point membership-card redemption (DESIGN.md demo data). */
  public static Map<String, Object> u10003sFailedRedemption() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("memberId", "U10003");
    form.put("category", "REDEMPTION_FAILED");
    form.put("summary", "兑换会员月卡失败，3000积分被扣");
    form.put("description", "会员来电：11月10日晚兑换会员月卡，显示失败，但积分已扣。");
    form.put("occurredAt", "2026-11-10T20:41+08:00");
    form.put("orderId", "R-20261110-0003");
    form.put("pointsClaimed", 3000);
    form.put("demandRestorePoints", true);
    form.put("demandApology", false);
    return form;
  }
}
