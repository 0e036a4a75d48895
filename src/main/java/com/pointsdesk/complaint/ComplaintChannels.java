package com.pointsdesk.complaint;

import com.pointsdesk.notification.CaseSocialChannels;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ComplaintChannels implements CaseSocialChannels {

  private final JdbcClient jdbc;

  ComplaintChannels(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(String caseNumber, Channel channel, String externalRef, OffsetDateTime at) {
    jdbc.sql("""
            INSERT INTO pd_complaint_channel (case_number, channel, external_ref, received_at)
            VALUES (?, ?, ?, ?)""")
        .params(caseNumber, channel.name(), externalRef, at).update();
  }

  /** Channels in order of first arrival, each once. */
  List<Channel> of(String caseNumber) {
    return jdbc.sql("""
            SELECT channel FROM pd_complaint_channel WHERE case_number = ? ORDER BY received_at, id""")
        .param(caseNumber).query(String.class).list().stream().distinct().map(Channel::valueOf)
        .toList();
  }

  /** Asked for every member mail (most cases have none), by the indexed case number. */
  @Override
  public List<String> socialChannelsOf(String caseNumber) {
    return jdbc.sql("""
            SELECT DISTINCT channel FROM pd_complaint_channel
            WHERE case_number = ? AND channel IN ('WEIBO', 'WECHAT')""")
        .param(caseNumber).query(String.class).list();
  }
}
