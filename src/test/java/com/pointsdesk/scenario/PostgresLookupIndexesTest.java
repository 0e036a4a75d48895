package com.pointsdesk.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pointsdesk.support.PostgresServer;
import com.pointsdesk.support.ScenarioTest;
import com.pointsdesk.support.SocialGateway;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every lookup PointsDesk's own code makes while complaints of every category come in, are
 * checked, merged, replayed, answered and paid runs on an index: the statements are recorded as
 * the application prepares them, and on PostgreSQL, with sequential scans switched off, the
 * generic plan of none of them reads a {@code pd_} table in full, however many cases it holds.
 */
@Import(PostgresLookupIndexesTest.RecordStatements.class)
class PostgresLookupIndexesTest extends ScenarioTest {

  private static final Set<String> STATEMENTS = ConcurrentHashMap.newKeySet();

  @Value("${spring.datasource.url}") private String url;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\?");

  /** Full reads on purpose: start-up checks of the demo data and the calendar, read once. */
  private static final List<String> FULL_READS = List.of("SELECT COUNT(*) FROM pd_member",
      "SELECT COUNT(*) FROM pd_complaint", "SELECT calendar_year FROM pd_calendar_year",
      "SELECT calendar_date, kind FROM pd_calendar_day");

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    PostgresServer.useDatabase(registry, "lookups");
  }

  @Test
  void everyLookupOfTheDomainTablesUsesAnIndex() throws SQLException {
    // Given the complaints of DESIGN.md's demo members, one per category, through the API
    String wang = fileComplaint(SeedScenarios.mrWangsEmail());
    String u10003 = fileComplaint(SeedScenarios.u10003sFailedRedemption());
    String zhang = fileComplaint(Map.of("channel", "WEIBO", "memberId", "U10001",
        "category", "DELIVERY_DELAYED", "summary", "音箱一个月没发货", "orderId", "R-20261020-0001",
        "publicPost", true));
    String expired = fileComplaint(Map.of("channel", "IN_APP", "memberId", "U10009",
        "category", "EXPIRED_WITHOUT_NOTICE", "summary", "积分未提醒就清零",
        "occurredAt", "2026-10-31T23:59:00+08:00"));
    String ruleChanged = fileComplaint(Map.of("channel", "IN_APP", "memberId", "U10012",
        "category", "RULE_CHANGED", "summary", "月卡涨价只提前一天通知"));
    String notAsDescribed = fileComplaint(Map.of("channel", "EMAIL", "memberId", "U10010",
        "category", "NOT_AS_DESCRIBED", "summary", "Gift does not match its page",
        "orderId", "R-20261101-0010"));
    String slow = fileComplaint(Map.of("channel", "PHONE", "memberId", "U10011",
        "category", "SLOW_SERVICE", "summary", "客服三天没回复"));
    // and the same complaint again (merged), a replayed request and a member's reply
    post("intake", "/api/v1/complaints", SeedScenarios.mrWangsEmail());
    post("intake", "/api/v1/complaints", SeedScenarios.mrWangsEmail(), "lookup-replay");
    post("intake", "/api/v1/complaints", SeedScenarios.mrWangsEmail(), "lookup-replay");
    post("intake", "/api/v1/complaints/" + notAsDescribed + "/messages",
        Map.of("text", "The photo follows by mail."));
    // and a signed WeChat message of an unknown account, which an agent lists and links, and
    // the social outbox the gateway pulls and acknowledges
    SocialGateway.deliver(http, "wechat", SocialGateway.message("wx-lookup-1",
        "DIRECT_MESSAGE", "wx-lookup-u10011", "客服三天没回复"));
    get("agent", "/api/v1/channels/unmapped");
    post("agent", "/api/v1/channels/wechat/accounts",
        Map.of("account", "wx-lookup-u10011", "memberId", "U10011"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> outbox = (List<Map<String, Object>>) get("intake",
        "/api/v1/channels/wechat/outbox").getBody().get("messages");
    assertThat(outbox).as("WeChat outbox").isNotEmpty();
    post("intake", "/api/v1/channels/wechat/outbox/" + outbox.get(0).get("id") + "/ack", null);
    // and three of the headphone members (DESIGN.md), whose complaints open a collective case
    // that a supervisor reads and links another case to
    for (String member : List.of("U10004", "U10005", "U10006")) {
      fileComplaint(Map.of("channel", "IN_APP", "memberId", member, "category",
          "DELIVERY_DELAYED", "summary", "耳机几个月没发货"));
    }
    String collective = (String) caseView(fileComplaint(Map.of("channel", "IN_APP",
        "memberId", "U10007", "category", "DELIVERY_DELAYED", "summary", "耳机几个月没发货")))
        .get("collectiveCase");
    assertThat(collective).as("collective case of the headphones").isNotNull();
    assertThat(post("supervisor", "/api/v1/collective-cases/" + collective + "/cases",
        Map.of("caseNumber", slow)).getStatusCode().is2xxSuccessful()).isTrue();
    assertThat(get("supervisor", "/api/v1/collective-cases/" + collective).getBody())
        .as("collective case").containsKey("affectedMembers");
    // which are checked, and two of which an agent decides and the system pays
    for (String caseNumber : List.of(wang, zhang, expired, ruleChanged, notAsDescribed, slow)) {
      await().atMost(PATIENCE).until(() -> !"RECEIVED".equals(caseView(caseNumber).get("status")));
    }
    completeAs("agent", awaitTask(wang, "Task_ReviewComplaint"), Map.of("reviewDecision", "ACCEPT"));
    awaitStatus(wang, "RESOLVED");
    awaitStatus(u10003, "RESOLVED");

    // When the planner explains each statement on the domain tables, sequential scans disabled
    Map<String, String> fullScans = new TreeMap<>();
    try (Connection planner = DriverManager.getConnection(
        url + (url.contains("?") ? "&" : "?") + "preferQueryMode=simple",
        "postgres", "postgres"); Statement explain = planner.createStatement()) {
      explain.execute("SET enable_seqscan = off");
      for (String sql : STATEMENTS) {
        if (FULL_READS.stream().noneMatch(sql::startsWith)) {
          String plan = genericPlan(explain, sql);
          if (plan.contains("Seq Scan on pd_")) {
            fullScans.put(sql, plan);
          }
        }
      }
    }

    // Then none reads a domain table in full
    assertThat(STATEMENTS).as("statements recorded: intake, merge, checks, pay-out")
        .anyMatch(sql -> sql.startsWith("SELECT * FROM pd_member WHERE id = ? FOR UPDATE"))
        .anyMatch(sql -> sql.startsWith("SELECT * FROM pd_complaint WHERE member_id = ? AND category"))
        .anyMatch(sql -> sql.startsWith("SELECT * FROM pd_points_entry WHERE member_id = ? AND reference"))
        .anyMatch(sql -> sql.startsWith("SELECT * FROM pd_rule_change WHERE effective_at"))
        .anyMatch(sql -> sql.startsWith("SELECT * FROM pd_remedy_decision WHERE case_number"))
        .anyMatch(sql -> sql.startsWith("SELECT * FROM pd_social_message WHERE channel"))
        .anyMatch(sql -> sql.startsWith("SELECT id, channel, account, case_number, text"))
        .anyMatch(sql -> sql.startsWith("SELECT s.case_number, c.member_id, c.status FROM pd_case_subject"))
        .anyMatch(sql -> sql.contains("WHERE o.gift_id = ?"))
        .anyMatch(sql -> sql.startsWith("SELECT l.case_number, c.member_id, c.status, l.linked_at"));
    assertThat(fullScans).as("statements without an index").isEmpty();
  }

  /** The plan for any parameter values (PostgreSQL 16+), the statement's ? numbered $1, $2… */
  private static String genericPlan(Statement explain, String sql) throws SQLException {
    Matcher placeholders = PLACEHOLDER.matcher(sql);
    StringBuilder numbered = new StringBuilder();
    int n = 0;
    while (placeholders.find()) {
      placeholders.appendReplacement(numbered, "\\$" + ++n);
    }
    placeholders.appendTail(numbered);
    List<String> lines = new ArrayList<>();
    try (ResultSet plan = explain.executeQuery("EXPLAIN (GENERIC_PLAN) " + numbered)) {
      while (plan.next()) {
        lines.add(plan.getString(1));
      }
    }
    return String.join("\n", lines);
  }

  /** Records every statement on the domain tables the application prepares. */
  @TestConfiguration(proxyBeanMethods = false)
  static class RecordStatements {

    @Bean
    static BeanPostProcessor recordDomainStatements() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return bean instanceof DataSource dataSource && !(bean instanceof Proxy)
              ? proxy(DataSource.class, dataSource, RecordStatements::recordingConnection)
              : bean;
        }
      };
    }

    private static Object recordingConnection(Object connection) {
      return connection instanceof Connection c
          ? proxy(Connection.class, c, null) : connection;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target,
        java.util.function.UnaryOperator<Object> wrapResult) {
      InvocationHandler handler = (self, method, args) -> {
        if (type == Connection.class && method.getName().startsWith("prepare") && args != null
            && args[0] instanceof String sql && isLookup(sql)) {
          STATEMENTS.add(sql.replaceAll("\\s+", " ").strip());
        }
        try {
          Object result = method.invoke(target, args);
          return wrapResult == null ? result : wrapResult.apply(result);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      };
      return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static boolean isLookup(String sql) {
      String s = sql.strip().toUpperCase();
      return sql.contains("pd_") && (s.startsWith("SELECT") || s.startsWith("UPDATE")
          || s.startsWith("DELETE") || s.contains(" SELECT "));
    }
  }
}
