package com.pointsdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SlaPolicy.dmn on its own (the analysts' file, as deployed, in the engine's legacy FEEL mode):
 * the seed FAQ's service levels, which rule wins for which case, and that editing the table is
 * all it takes to change the clocks of new cases.
 */
class SlaPolicyDecisionTest {

  private static final String MODEL = "processes/SlaPolicy.dmn";
  private static final List<String> matchedRules = new ArrayList<>();

  private static DmnEngine dmnEngine;
  private static DmnDecision slaPolicy;

  @BeforeAll
  static void parseTheModel() throws IOException {
    DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration)
        DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.enableFeelLegacyBehavior(true); // as application.yaml configures the engine
    configuration.customPostDecisionTableEvaluationListeners(
        List.<DmnDecisionTableEvaluationListener>of(SlaPolicyDecisionTest::recordMatch));
    dmnEngine = configuration.buildEngine();
    slaPolicy = parse(modelText());
  }

  @BeforeEach
  void forgetEarlierMatches() {
    matchedRules.clear();
  }

  @Test
  void anOrdinaryComplaintGetsTheSeedsPromise24Hours5And7WorkingDaysAndAnUpdateEvery2() {
    ServiceTargets targets = targets(slaPolicy, "EMAIL", "UNEXPLAINED_DEDUCTION", "NORMAL",
        false, false);

    assertThat(targets).isEqualTo(
        new ServiceTargets(Duration.ofHours(24), 5, 7, 2, "support-agents"));
    assertThat(matchedRules).containsExactly("Rule_Default");
  }

  @ParameterizedTest(name = "[{index}] {0} {1} {2} public={3} external={4} -> {5}")
  @CsvSource(textBlock = """
      WEIBO,           DELIVERY_DELAYED,      HIGH,   true,  true,  Rule_ExternalReferral, senior-agents, 5
      WEIBO,           DELIVERY_DELAYED,      HIGH,   true,  false, Rule_PublicPost,       senior-agents, 5
      REGULATOR_12315, REDEMPTION_FAILED,     HIGH,   false, true,  Rule_ExternalReferral, senior-agents, 5
      IN_APP,          SLOW_SERVICE,          NORMAL, false, false, Rule_SlowService,      support-agents, 3
      IN_APP,          REDEMPTION_FAILED,     HIGH,   false, false, Rule_HighPriority,     support-agents, 3
      PHONE,           EXPIRED_WITHOUT_NOTICE, NORMAL, false, false, Rule_Default,         support-agents, 5
      """)
  void publicPostsAndReferralsAreAnsweredBySeniorAgentsWithin24Hours(String channel,
      String category, String priority, boolean publicPost, boolean external, String rule,
      String responder, int resolutionDays) {
    ServiceTargets targets = targets(slaPolicy, channel, category, priority, publicPost,
        external);

    assertThat(matchedRules).containsExactly(rule);
    assertThat(targets.responderGroup()).isEqualTo(responder);
    assertThat(targets.firstResponse()).isEqualTo(Duration.ofHours(24));
    assertThat(targets.resolutionWorkingDays()).isEqualTo(resolutionDays);
    assertThat(targets.escalationWorkingDays()).isEqualTo(7);
  }

  @Test
  void anAnalystsEditOfTheTableChangesTheDueDatesOfNewCasesWithoutACodeChange()
      throws IOException {
    // Given an analyst promises a first answer within 12 hours and resolution within 4 days
    String edited = modelText()
        .replace("<outputEntry id=\"Out_Default_1\"><text>24</text>",
            "<outputEntry id=\"Out_Default_1\"><text>12</text>")
        .replace("<outputEntry id=\"Out_Default_2\"><text>5</text>",
            "<outputEntry id=\"Out_Default_2\"><text>4</text>");
    DmnDecision editedPolicy = parse(edited);
    ServiceLevels serviceLevels =
        new ServiceLevels(new WorkingDayCalendar(CalendarDatabase.migrated()));
    OffsetDateTime received = OffsetDateTime.parse("2026-09-30T10:00:00+08:00");

    // When a case is received under the edited table
    ServiceLevels.DueDates due = serviceLevels.dueDates(received,
        targets(editedPolicy, "IN_APP", "UNEXPLAINED_DEDUCTION", "NORMAL", false, false));

    // Then its clocks follow the table: Oct 8, 9, 10 (make-up Saturday), 12
    assertThat(due.firstResponseDueAt()).isEqualTo(received.plusHours(12));
    assertThat(due.resolutionDueAt()).isEqualTo(OffsetDateTime.parse("2026-10-12T10:00:00+08:00"));
  }

  // --- helpers ---------------------------------------------------------------------------

  private static ServiceTargets targets(DmnDecision decision, String channel, String category,
      String priority, boolean publicPost, boolean external) {
    DmnDecisionRuleResult out = dmnEngine.evaluateDecisionTable(decision,
        Variables.createVariables().putValue("channel", channel).putValue("category", category)
            .putValue("priority", priority).putValue("publicPost", publicPost)
            .putValue("externalEscalation", external)).getSingleResult();
    return new ServiceTargets(Duration.ofHours(out.<Integer>getEntry("firstResponseHours")),
        out.<Integer>getEntry("resolutionWorkingDays"),
        out.<Integer>getEntry("escalationWorkingDays"),
        out.<Integer>getEntry("progressUpdateWorkingDays"),
        out.<String>getEntry("responderGroup"));
  }

  private static void recordMatch(DmnDecisionTableEvaluationEvent event) {
    event.getMatchingRules().forEach(rule -> matchedRules.add(rule.getId()));
  }

  private static DmnDecision parse(String modelText) {
    return dmnEngine.parseDecision("SlaPolicy",
        new ByteArrayInputStream(modelText.getBytes(StandardCharsets.UTF_8)));
  }

  private static String modelText() throws IOException {
    try (InputStream model = SlaPolicyDecisionTest.class.getClassLoader()
        .getResourceAsStream(MODEL)) {
      assertThat(model).as(MODEL + " on the test classpath").isNotNull();
      return new String(model.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
