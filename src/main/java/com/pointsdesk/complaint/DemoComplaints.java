package com.pointsdesk.complaint;

import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo run starts with work to do: Mr. Wang's e-mail about his vanished 2 000 points and
 * Ms. Zhang's Weibo post about her unshipped speaker, filed through the normal intake once, on an
 * empty database. Demo profile only.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "pointsdesk.demo.complaints.enabled", havingValue = "true",
    matchIfMissing = true)
@Order(20)
class DemoComplaints implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoComplaints.class);

  private final ComplaintIntake intake;
  private final JdbcClient jdbc;

  DemoComplaints(ComplaintIntake intake, JdbcClient jdbc) {
    this.intake = intake;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (jdbc.sql("SELECT COUNT(*) FROM pd_complaint").query(Long.class).single() > 0) {
      return;
    }
    intake.submit(new ComplaintRequest(Channel.EMAIL, "U10002", Category.UNEXPLAINED_DEDUCTION,
        "【积分投诉】积分无故减少2000点 U10002",
        "11月18日早上发现积分少了2000点，我没有兑换任何东西，附上积分变动时间线对比图。",
        OffsetDateTime.parse("2026-11-18T09:30:00+08:00"), null, 2000,
        List.of(Demand.RESTORE_POINTS, Demand.APOLOGY), false, null), "demo", "demo-wang");
    intake.submit(new ComplaintRequest(Channel.WEIBO, "U10001", Category.DELIVERY_DELAYED,
        "兑换的蓝牙音箱一个月了还没发货 @市场监管",
        "10月20日用12000积分兑换了蓝牙音箱，承诺7天内发货，至今未发货，App内投诉也没有回应。",
        OffsetDateTime.parse("2026-11-20T21:05:00+08:00"), "R-20261020-0001", 12000,
        List.of(Demand.REISSUE_GIFT, Demand.COMPENSATION), true, "weibo:4963012345678901"),
        "demo", "demo-zhang");
    log.info("Filed the demo complaints of Mr. Wang (U10002) and Ms. Zhang (U10001)");
  }
}
