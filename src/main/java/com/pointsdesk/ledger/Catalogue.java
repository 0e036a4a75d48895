package com.pointsdesk.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Gifts, rule changes and expiry notices: what the programme promised and announced. */
@Repository
public class Catalogue {

  private final JdbcClient jdbc;

  Catalogue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Gift> gift(String giftId) {
    return jdbc.sql("SELECT * FROM pd_gift WHERE id = ?").param(giftId).query(Catalogue::gift)
        .optional();
  }

  /** Listed gifts with stock left, cheapest first: what a collective remedy may offer instead. */
  public List<Gift> inStock() {
    return jdbc.sql("SELECT * FROM pd_gift WHERE listed AND stock > 0 ORDER BY points_price, id")
        .query(Catalogue::gift).list();
  }

  /** Takes a gift without stock off the list (the stock display fixed); true when it changed. */
  public boolean unlistWhileOutOfStock(String giftId) {
    return jdbc.sql("UPDATE pd_gift SET listed = FALSE WHERE id = ? AND stock = 0 AND listed")
        .param(giftId).update() == 1;
  }

  public Optional<RuleChange> ruleChange(String code) {
    return jdbc.sql("SELECT * FROM pd_rule_change WHERE code = ?").param(code)
        .query(Catalogue::ruleChange).optional();
  }

  public int shipWithinDays(String giftId) {
    Integer days = jdbc.sql("SELECT ship_within_days FROM pd_gift WHERE id = ?").param(giftId)
        .query(Integer.class).optional().orElse(null);
    return days == null ? 7 : days;
  }

  /** Takes one unit of stock for a reissue; false when the gift is out of stock. */
  public boolean reserveOne(String giftId) {
    return jdbc.sql("UPDATE pd_gift SET stock = stock - 1 WHERE id = ? AND stock > 0")
        .param(giftId).update() == 1;
  }

  public List<RuleChange> ruleChangesEffectiveBetween(OffsetDateTime from, OffsetDateTime to) {
    return jdbc.sql("""
            SELECT * FROM pd_rule_change WHERE effective_at >= ? AND effective_at < ?
            ORDER BY effective_at""")
        .params(from, to).query(Catalogue::ruleChange).list();
  }

  private static Gift gift(ResultSet rs, int row) throws SQLException {
    return new Gift(rs.getString("id"), rs.getString("name"), rs.getString("name_en"),
        rs.getBoolean("physical"), rs.getInt("points_price"), rs.getInt("stock"),
        rs.getBoolean("listed"));
  }

  private static RuleChange ruleChange(ResultSet rs, int row) throws SQLException {
    return new RuleChange(rs.getString("code"), rs.getString("title"), rs.getString("gift_id"),
        (Integer) rs.getObject("old_points_price"), (Integer) rs.getObject("new_points_price"),
        rs.getObject("announced_at", OffsetDateTime.class),
        rs.getObject("effective_at", OffsetDateTime.class));
  }

  public boolean isRuleChange(String code) {
    return jdbc.sql("SELECT COUNT(*) FROM pd_rule_change WHERE code = ?").param(code)
        .query(Long.class).single() > 0;
  }

  public List<ExpiryNotice> expiryNotices(String memberId, LocalDate expiresOn) {
    return jdbc.sql("SELECT * FROM pd_expiry_notice WHERE member_id = ? AND expires_on = ?")
        .params(memberId, expiresOn)
        .query((rs, i) -> new ExpiryNotice(rs.getString("member_id"),
            rs.getObject("expires_on", LocalDate.class), rs.getInt("points"),
            rs.getObject("sent_at", OffsetDateTime.class), rs.getString("channel")))
        .list();
  }
}
