package com.pointsdesk.ledger;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo members' social accounts (README "Channels"): Ms. Zhang on Weibo and WeChat, Mr. Wang
 * on WeChat. Linked once, after the demo ledger, also into a database from before they existed.
 * Demo profile only: production accounts are linked by agents or come from the platform.
 */
@Component
@Profile("demo")
@Order(11)
class DemoSocialAccounts implements ApplicationRunner {

  static final String ZHANG_WEIBO = "1650010001";
  static final String ZHANG_WECHAT = "wx-zhang-10001";
  static final String WANG_WECHAT = "wx-wang-10002";

  private final SocialAccounts accounts;
  private final Members members;
  private final TransactionTemplate transaction;
  private final Clock clock;

  DemoSocialAccounts(SocialAccounts accounts, Members members, TransactionTemplate transaction,
      Clock clock) {
    this.accounts = accounts;
    this.members = members;
    this.transaction = transaction;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (members.find("U10001").isEmpty()) {
      return; // not the demo ledger
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    transaction.executeWithoutResult(status -> {
      accounts.link("WEIBO", ZHANG_WEIBO, "U10001", "demo", now);
      accounts.link("WECHAT", ZHANG_WECHAT, "U10001", "demo", now);
      accounts.link("WECHAT", WANG_WECHAT, "U10002", "demo", now);
    });
  }
}
