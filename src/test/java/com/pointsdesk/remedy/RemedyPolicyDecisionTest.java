package com.pointsdesk.remedy;

import static org.assertj.core.api.Assertions.assertThat;

import com.pointsdesk.complaint.Category;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * RemedyPolicy.dmn on its own (the analysts' file, as deployed): the seed cases of DESIGN.md,
 * then every rule of both tables, with the rule that must win, so a reordered or edited rule
 * shows up here by name.
 */
class RemedyPolicyDecisionTest {

  private static final String MODEL = "processes/RemedyPolicy.dmn";

  private static DmnEngine dmnEngine;
  private static DmnDecision remedyPolicy;
  private static DmnDecision remedyApproval;
  private static DmnDecision remedyLimits;
  private static final List<String> matchedRules = new ArrayList<>();

  @BeforeAll
  static void parseTheModel() throws Exception {
    DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration)
        DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    // evaluated the way the application evaluates it
    configuration.enableFeelLegacyBehavior(applicationUsesLegacyFeel());
    configuration.customPostDecisionTableEvaluationListeners(
        List.<DmnDecisionTableEvaluationListener>of(RemedyPolicyDecisionTest::recordMatch));
    dmnEngine = configuration.buildEngine();
    List<DmnDecision> decisions = parse(modelText());
    remedyPolicy = byKey(decisions, "RemedyPolicy");
    remedyApproval = byKey(decisions, "RemedyApproval");
    remedyLimits = byKey(decisions, "RemedyLimits");
  }

  @BeforeEach
  void forgetEarlierMatches() {
    matchedRules.clear();
  }

  // --- seed cases of DESIGN.md ---------------------------------------------------------------

  @Test
  void mrWangsUnexplained2000AreRestoredWith100ApologyPointsAfterReview() {
    // Given Mr. Wang's 2 000 points vanished and the ledger verified it
    // When the policy is asked
    DmnDecisionResultEntries remedy = suggest("UNEXPLAINED_DEDUCTION", "VERIFIED", 2000, 0,
        false, false);

    // Then it suggests restoring the 2 000 plus 100 apology points, reviewed by an agent
    assertRemedy(remedy, 2000, 100, false, false, false);
    assertThat(matchedRules).containsExactly("Rule_RestoreUnexplained");
  }

  @Test
  void mrWangsRemedyNeedsNoSeniorApproval() {
    assertThat(approvalRequired(2000, 100)).isFalse();
    assertThat(matchedRules).containsExactly("Rule_WithinLimits");
  }

  @Test
  void msZhangsUnshippedSpeakerWithAPublicPostIsReissuedWith500Points() {
    // Given Ms. Zhang's speaker is a month late and she posted about it publicly
    DmnDecisionResultEntries remedy = suggest("DELIVERY_DELAYED", "VERIFIED", 12000, 30,
        true, false);

    // Then the policy suggests a reissue and 500 points, reviewed by an agent
    assertRemedy(remedy, 0, 500, true, false, false);
    assertThat(matchedRules).containsExactly("Rule_DelayPublic");
  }

  @Test
  void msZhangsRemedyNeedsASeniorAgentsApproval() {
    DmnDecisionResultEntries approval = remedyApproval(0, 500);

    assertThat(approval.<Boolean>getEntry("approvalRequired")).isTrue();
    assertThat(approval.<String>getEntry("approvalReason"))
        .isEqualTo("补偿超过审批限额 Compensation above the approval limit");
    assertThat(matchedRules).containsExactly("Rule_CompensationAboveLimit");
  }

  @Test
  void aFailedRedemptionOf3000IsRefundedStraightThrough() {
    // Given U10003's failed 3 000-point redemption was verified
    DmnDecisionResultEntries remedy = suggest("REDEMPTION_FAILED", "VERIFIED", 3000, 0,
        false, false);

    // Then the 3 000 are restored without any person
    assertRemedy(remedy, 3000, 0, false, false, true);
    assertThat(matchedRules).containsExactly("Rule_RefundFailedRedemption");
  }

  // --- every rule of RemedyPolicy -------------------------------------------------------------

  // category, verdict, points, delay, public, external
  //   -> restore, compensation, reissue, alternative, straight through, the rule that wins
  @ParameterizedTest(name = "{0} {1} points={2} delay={3} public={4} external={5} -> {11}")
  @CsvSource({
      "REDEMPTION_FAILED,      VERIFIED,     1, 0, false, false,    1,   0, false, false, true,  Rule_RefundFailedRedemption",
      "REDEMPTION_FAILED,      VERIFIED,  5000, 0, false, false, 5000,   0, false, false, true,  Rule_RefundFailedRedemption",
      "REDEMPTION_FAILED,      VERIFIED,  5001, 0, false, false, 5001,   0, false, false, false, Rule_RefundLargeRedemption",
      "REDEMPTION_FAILED,      VERIFIED,  5000, 0, true,  true,  5000,   0, false, false, true,  Rule_RefundFailedRedemption",
      "DELIVERY_DELAYED,       VERIFIED,     0, 3, true,  false,    0, 500, true,  false, false, Rule_DelayPublic",
      "DELIVERY_DELAYED,       VERIFIED,     0, 3, false, true,     0, 500, true,  false, false, Rule_DelayPublic",
      "DELIVERY_DELAYED,       VERIFIED,     0, 30, true, true,     0, 500, true,  false, false, Rule_DelayPublic",
      "DELIVERY_DELAYED,       VERIFIED,     0, 14, false, false,   0, 200, true,  false, false, Rule_DelayLong",
      "DELIVERY_DELAYED,       VERIFIED,     0, 13, false, false,   0, 100, true,  false, false, Rule_DelayShort",
      "DELIVERY_DELAYED,       VERIFIED,     0, 1, false, false,    0, 100, true,  false, false, Rule_DelayShort",
      "NOT_AS_DESCRIBED,       VERIFIED,  4000, 0, false, false,    0, 200, true,  false, false, Rule_NotAsDescribed",
      "UNEXPLAINED_DEDUCTION,  VERIFIED,   500, 0, false, false,  500, 100, false, false, false, Rule_RestoreUnexplained",
      "UNEXPLAINED_DEDUCTION,  VERIFIED,  9000, 0, true,  false, 9000, 100, false, false, false, Rule_RestoreUnexplained",
      "SLOW_SERVICE,           VERIFIED,     0, 0, false, false,    0, 100, false, false, false, Rule_SlowService",
      "RULE_CHANGED,           VERIFIED,  1500, 0, false, false,    0,   0, false, true,  false, Rule_OfferAlternative",
      "EXPIRED_WITHOUT_NOTICE, VERIFIED,  1500, 0, false, false, 1500,   0, false, false, true,  Rule_RestoreExpired",
      "EXPIRED_WITHOUT_NOTICE, VERIFIED,  2000, 0, false, false, 2000,   0, false, false, true,  Rule_RestoreExpired",
      "EXPIRED_WITHOUT_NOTICE, VERIFIED,  2001, 0, false, false, 2001,   0, false, false, false, Rule_RestoreLargeExpiry",
      "REDEMPTION_FAILED,      NOT_VERIFIED, 3000, 0, false, false, 0,   0, false, false, false, Rule_NotVerified",
      "UNEXPLAINED_DEDUCTION,  INCONCLUSIVE, 2000, 0, false, false, 0,   0, false, false, false, Rule_StillInconclusive",
      "SOMETHING_NEW,          VERIFIED,  1000, 0, false, false,    0,   0, false, false, false, Rule_Fallback",
  })
  void remedyPolicyRule(String category, String verdict, int points, int delayDays,
      boolean publicPost, boolean externalEscalation, int restore, int compensation,
      boolean reissue, boolean alternative, boolean straightThrough, String rule) {
    DmnDecisionResultEntries remedy = suggest(category, verdict, points, delayDays, publicPost,
        externalEscalation);

    assertRemedy(remedy, restore, compensation, reissue, alternative, straightThrough);
    assertThat(remedy.<String>getEntry("remedyNote")).isNotBlank();
    assertThat(matchedRules).containsExactly(rule);
  }

  @ParameterizedTest(name = "{0} {1} gives nothing")
  @MethodSource("everyCategoryNotVerifiedOrInconclusive")
  void aClaimTheLedgerDoesNotVerifyGetsNothingAndNeverGoesStraightThrough(Category category,
      String verdict) {
    // Given a claim of every kind the ledger did not verify, however large and however public
    DmnDecisionResultEntries remedy = suggest(category.name(), verdict, 3000, 30, true, true);

    // Then the policy suggests nothing, and a person decides
    assertRemedy(remedy, 0, 0, false, false, false);
  }

  @Test
  void everyRuleOfThePolicyIsCoveredAbove() throws Exception {
    assertThat(ruleIds("RemedyPolicy")).containsExactlyInAnyOrder("Rule_NotVerified",
        "Rule_StillInconclusive", "Rule_RefundFailedRedemption", "Rule_RefundLargeRedemption",
        "Rule_DelayPublic", "Rule_DelayLong", "Rule_DelayShort", "Rule_NotAsDescribed",
        "Rule_RestoreUnexplained", "Rule_SlowService", "Rule_OfferAlternative",
        "Rule_RestoreExpired", "Rule_RestoreLargeExpiry", "Rule_Fallback");
  }

  // --- every rule of RemedyApproval -----------------------------------------------------------

  @ParameterizedTest(name = "restore={0} compensation={1} -> {2}")
  @CsvSource({
      "   0, 201, true,  Rule_CompensationAboveLimit",
      "9000, 500, true,  Rule_CompensationAboveLimit",
      "5001,   0, true,  Rule_RestoreAboveLimit",
      "5001, 200, true,  Rule_RestoreAboveLimit",
      "5000, 200, false, Rule_WithinLimits",
      "   0, 200, false, Rule_WithinLimits",
      "1500,   0, false, Rule_WithinLimits",
  })
  void remedyApprovalRule(int restore, int compensation, boolean required, String rule) {
    assertThat(approvalRequired(restore, compensation)).isEqualTo(required);
    assertThat(matchedRules).containsExactly(rule);
  }

  @Test
  void everyRuleOfTheApprovalIsCoveredAbove() throws Exception {
    assertThat(ruleIds("RemedyApproval")).containsExactlyInAnyOrder(
        "Rule_CompensationAboveLimit", "Rule_RestoreAboveLimit", "Rule_WithinLimits");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"REDEMPTION_FAILED", "EXPIRED_WITHOUT_NOTICE"})
  void whatThePolicyPaysStraightThroughNeverNeedsApproval(String category) {
    // the straight-through limits of RemedyPolicy must sit within RemedyApproval's limits,
    // otherwise a remedy would be paid without the approval an agent's proposal would need
    for (int points : new int[] {1, 2000, 5000, 5001, 100_000}) {
      DmnDecisionResultEntries remedy = suggest(category, "VERIFIED", points, 0, true, true);
      if (remedy.<Boolean>getEntry("straightThrough")) {
        assertThat(approvalRequired(remedy.<Integer>getEntry("restorePoints"),
            remedy.<Integer>getEntry("compensationPoints")))
            .as("%s %d points", category, points).isFalse();
      }
    }
  }

  // --- one number per limit ------------------------------------------------------------------

  @Test
  void everyLimitIsOneNumberInRemedyLimits() throws Exception {
    assertThat(dmnEngine.evaluateDecision(remedyLimits, Variables.createVariables())
        .getSingleResult().getEntryMap()).isEqualTo(Map.of("restoreApprovalLimit", 5000,
            "compensationApprovalLimit", 200, "expiryStraightThroughLimit", 2000));
    // the other tables name the limits in their conditions instead of repeating the numbers
    for (String decision : List.of("RemedyPolicy", "RemedyApproval")) {
      assertThat(conditions(decision)).as(decision)
          .noneMatch(text -> text.matches(".*\\b(5000|200|2000)\\b.*"));
    }
    assertThat(outcomes("RemedyApproval")).noneMatch(text -> text.matches(".*[0-9].*"));
  }

  @Test
  void theTablesAreEvaluatedInTheFeelModeTheApplicationRuns() throws Exception {
    assertThat(applicationUsesLegacyFeel()).as("application.yaml: legacy FEEL").isTrue();
  }

  @Test
  void raisingALimitInRemedyLimitsMovesTheStraightThroughAndTheApprovalLimitTogether()
      throws Exception {
    // Given an analyst raises the restore approval limit from 5 000 to 8 000 points
    List<DmnDecision> edited = parse(modelText().replace(
        "<outputEntry id=\"Out_Limits_1\"><text>5000</text>",
        "<outputEntry id=\"Out_Limits_1\"><text>8000</text>"));

    // Then a failed redemption of 6 000 is refunded straight through, and needs no approval
    assertThat(dmnEngine.evaluateDecision(byKey(edited, "RemedyPolicy"), Variables.createVariables()
            .putValue("category", "REDEMPTION_FAILED").putValue("verdict", "VERIFIED")
            .putValue("pointsAtStake", 6000).putValue("delayDays", 0)
            .putValue("publicPost", false).putValue("externalEscalation", false))
        .getSingleResult().<Boolean>getEntry("straightThrough")).isTrue();
    assertThat(dmnEngine.evaluateDecision(byKey(edited, "RemedyApproval"),
            Variables.createVariables().putValue("restorePoints", 6000)
                .putValue("compensationPoints", 0))
        .getSingleResult().<Boolean>getEntry("approvalRequired")).isFalse();
  }

  // --- helpers ------------------------------------------------------------------------------

  static Stream<Arguments> everyCategoryNotVerifiedOrInconclusive() {
    return Arrays.stream(Category.values()).flatMap(category -> Stream.of(
        Arguments.of(category, "NOT_VERIFIED"), Arguments.of(category, "INCONCLUSIVE")));
  }

  private static DmnDecisionResultEntries suggest(String category, String verdict, int points,
      int delayDays, boolean publicPost, boolean externalEscalation) {
    return dmnEngine.evaluateDecision(remedyPolicy, Variables.createVariables()
            .putValue("category", category)
            .putValue("verdict", verdict)
            .putValue("pointsAtStake", points)
            .putValue("delayDays", delayDays)
            .putValue("publicPost", publicPost)
            .putValue("externalEscalation", externalEscalation))
        .getSingleResult();
  }

  private static DmnDecisionResultEntries remedyApproval(int restore, int compensation) {
    return dmnEngine.evaluateDecision(remedyApproval, Variables.createVariables()
            .putValue("restorePoints", restore)
            .putValue("compensationPoints", compensation))
        .getSingleResult();
  }

  private static boolean approvalRequired(int restore, int compensation) {
    return remedyApproval(restore, compensation).<Boolean>getEntry("approvalRequired");
  }

  private static void assertRemedy(DmnDecisionResultEntries remedy, int restore,
      int compensation, boolean reissue, boolean alternative, boolean straightThrough) {
    assertThat(remedy.<Integer>getEntry("restorePoints")).as("restorePoints").isEqualTo(restore);
    assertThat(remedy.<Integer>getEntry("compensationPoints")).as("compensationPoints")
        .isEqualTo(compensation);
    assertThat(remedy.<Boolean>getEntry("reissueGift")).as("reissueGift").isEqualTo(reissue);
    assertThat(remedy.<Boolean>getEntry("offerAlternative")).as("offerAlternative")
        .isEqualTo(alternative);
    assertThat(remedy.<Boolean>getEntry("straightThrough")).as("straightThrough")
        .isEqualTo(straightThrough);
  }

  /** The rule that won in the table asked, not in RemedyLimits, which every table requires. */
  private static void recordMatch(DmnDecisionTableEvaluationEvent event) {
    if (event.getDecision().getKey().equals("RemedyLimits")) {
      return;
    }
    event.getMatchingRules().forEach(rule -> matchedRules.add(rule.getId()));
  }

  private static Set<String> ruleIds(String decisionId) throws Exception {
    try (InputStream model = model()) {
      Decision decision = Dmn.readModelFromStream(model).getModelElementById(decisionId);
      return ((DecisionTable) decision.getExpression()).getRules().stream().map(Rule::getId)
          .collect(Collectors.toSet());
    }
  }

  private static List<String> conditions(String decisionId) throws Exception {
    return rules(decisionId).stream().flatMap(rule -> rule.getInputEntries().stream())
        .map(entry -> entry.getText().getTextContent()).toList();
  }

  private static List<String> outcomes(String decisionId) throws Exception {
    return rules(decisionId).stream().flatMap(rule -> rule.getOutputEntries().stream())
        .map(entry -> entry.getText().getTextContent()).toList();
  }

  private static java.util.Collection<Rule> rules(String decisionId) throws Exception {
    try (InputStream model = model()) {
      Decision decision = Dmn.readModelFromStream(model).getModelElementById(decisionId);
      return ((DecisionTable) decision.getExpression()).getRules();
    }
  }

  @SuppressWarnings("unchecked")
  private static boolean applicationUsesLegacyFeel() throws IOException {
    try (InputStream yaml = RemedyPolicyDecisionTest.class.getClassLoader()
        .getResourceAsStream("application.yaml")) {
      Map<String, Object> root = new Yaml().loadAll(yaml).iterator().next() instanceof Map<?, ?> m
          ? (Map<String, Object>) m : Map.of();
      Object value = ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
          ((Map<String, Object>) root.get("camunda")).get("bpm")).get("generic-properties"))
          .get("properties")).get("dmn-feel-enable-legacy-behavior");
      return Boolean.TRUE.equals(value);
    }
  }

  private static List<DmnDecision> parse(String modelText) {
    return dmnEngine.parseDecisions(
        new java.io.ByteArrayInputStream(modelText.getBytes(StandardCharsets.UTF_8)));
  }

  private static String modelText() throws Exception {
    try (InputStream model = model()) {
      return new String(model.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static DmnDecision byKey(List<DmnDecision> decisions, String key) {
    return decisions.stream().filter(d -> d.getKey().equals(key)).findFirst().orElseThrow();
  }

  private static InputStream model() {
    InputStream model = RemedyPolicyDecisionTest.class.getClassLoader().getResourceAsStream(MODEL);
    assertThat(model).as(MODEL + " on the test classpath").isNotNull();
    return model;
  }
}
