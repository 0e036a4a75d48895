package com.pointsdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pointsdesk.complaint.Category;
import com.pointsdesk.ledger.Member;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every member-facing mail exists in zh-CN and English, and renders completely. */
class MailTemplatesTest {

  private static final Locale ZH_CN = Locale.forLanguageTag("zh-CN");
  private static final String[] TEMPLATES = {"acknowledgement", "acknowledgement-merged",
      "evidence-request", "evidence-reminder", "closed-no-evidence", "resolved", "rejected",
      "agent-reply", "progress-update", "attachments-refused"};

  private final MailTemplates templates = new MailTemplates();

  static Stream<Arguments> everyTemplateInEveryLanguage() {
    return Stream.of(TEMPLATES).flatMap(template -> Stream.of(
        Arguments.of(template, ZH_CN), Arguments.of(template, Locale.ENGLISH)));
  }

  @ParameterizedTest(name = "[{index}] {0} {1}")
  @MethodSource("everyTemplateInEveryLanguage")
  void rendersASubjectAndABodyWithNoPlaceholderLeft(String template, Locale locale) {
    // When
    RenderedMail mail = templates.render(template, locale, allValues());

    // Then
    // the case number in brackets, as a member's reply is recognised by (channel/email)
    assertThat(mail.subject()).isNotBlank().doesNotStartWith("Subject:").doesNotContain("\n")
        .contains("[PD-2026-000123]");
    assertThat(mail.body()).isNotBlank().contains("张女士")
        .doesNotContain("{{").doesNotContain("}}").doesNotContain("\n\n\n");
    assertThat(mail.subject() + mail.body()).doesNotContain("{{");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("everyTemplateInEveryLanguage")
  void theTwoLanguagesAreReallyDifferentTexts(String template, Locale locale) {
    // Given values without any Chinese, so that only the template's own words are judged
    Map<String, String> values = new HashMap<>();
    allValues().keySet().forEach(key -> values.put(key, "<" + key + ">"));

    // When
    RenderedMail mail = templates.render(template, locale, values);

    // Then the Chinese mail is written in Chinese, the English one has no Chinese in it
    if (locale.equals(Locale.ENGLISH)) {
      assertThat(mail.subject()).startsWith("[Points complaint]");
      assertThat(mail.body()).startsWith("Dear <name>").doesNotContainPattern("\\p{IsHan}");
    } else {
      assertThat(mail.subject()).startsWith("【积分投诉】");
      assertThat(mail.body()).contains("您好");
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(textBlock = """
      zh-CN
      en
      """)
  void theEmailFormatHelpShowsTheSeedsSubjectFormatWithAnExample(String languageTag) {
    // Given
    Map<String, String> values = Map.of("reason", "邮件主题中没有用户ID。",
        "reasonEn", "the subject has no member ID.", "maxSize", "20 MB");

    // When
    RenderedMail mail = templates.render("email-format-help", Locale.forLanguageTag(languageTag),
        values);

    // Then both languages explain the format with an example, and the English reason is given
    assertThat(mail.body()).contains("【积分投诉】积分无故减少2000点 U10002")
        .contains("the subject has no member ID.").contains("20 MB").doesNotContain("{{");
    if (languageTag.equals("zh-CN")) {
      assertThat(mail.body()).startsWith("您好").contains("【积分投诉】+问题简述+用户ID")
          .contains("邮件主题中没有用户ID。").contains("English:");
    }
  }

  @Test
  void aMissingValueIsAnErrorNotAnEmptyHole() {
    // Given
    Map<String, String> values = allValues();
    values.remove("caseNumber");

    // Then
    assertThatThrownBy(() -> templates.render("acknowledgement", ZH_CN, values))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{{caseNumber}}");
  }

  @Test
  void anEmptyOptionalParagraphLeavesNoHole() {
    // Given an acknowledgement without a redaction warning
    Map<String, String> values = allValues();
    values.put("redactionWarning", "");

    // When
    RenderedMail mail = templates.render("acknowledgement", ZH_CN, values);

    // Then
    assertThat(mail.body()).doesNotContain("\n\n\n");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @EnumSource(Category.class)
  void everyCategoryHasALabelInBothLanguages(Category category) {
    // When
    String zh = templates.label("category." + category.name(), ZH_CN);
    String en = templates.label("category." + category.name(), Locale.ENGLISH);

    // Then
    assertThat(zh).isNotEqualTo("category." + category.name()).containsPattern("\\p{IsHan}");
    assertThat(en).isNotEqualTo("category." + category.name()).matches("\\p{ASCII}+");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @EnumSource(Category.class)
  void everyCategoryHasAnEvidenceTextInBothLanguages(Category category) {
    // When
    String zh = templates.label("evidence." + category.name(), ZH_CN);
    String en = templates.label("evidence." + category.name(), Locale.ENGLISH);

    // Then each line is a list item
    assertThat(zh).isNotEqualTo("evidence." + category.name()).startsWith("- ")
        .containsPattern("\\p{IsHan}");
    assertThat(en).isNotEqualTo("evidence." + category.name()).startsWith("- ")
        .matches("\\p{ASCII}+");
    assertThat(zh.lines()).allMatch(line -> line.startsWith("- "))
        .hasSameSizeAs(en.lines().toList());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      REDEMPTION_FAILED      | 兑换失败积分被扣
      DELIVERY_DELAYED       | 礼品发货严重延迟
      NOT_AS_DESCRIBED       | 收到礼品与描述不符
      UNEXPLAINED_DEDUCTION  | 积分异常扣除
      SLOW_SERVICE           | 客服响应迟缓
      RULE_CHANGED           | 活动规则单方面变更
      EXPIRED_WITHOUT_NOTICE | 积分到期未提醒清零
      """)
  void chineseCategoryLabelsUseTheSeedWording(Category category, String seedWording) {
    assertThat(templates.label("category." + category.name(), ZH_CN)).isEqualTo(seedWording);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(textBlock = """
      redaction-warning
      remedy.restored
      remedy.compensation
      remedy.reissued
      remedy.alternative
      email.reason.NO_MEMBER_ID
      email.reason.UNKNOWN_MEMBER
      email.reason.NO_CATEGORY
      email.reason.NO_TEXT
      email.reason.UNKNOWN_CASE
      email.reason.NOT_YOUR_CASE
      email.reason.REFUSED
      attachment.EMPTY
      attachment.TOO_LARGE
      attachment.UNSUPPORTED_TYPE
      """)
  void theOtherLabelsExistInBothLanguages(String key) {
    assertThat(templates.label(key, ZH_CN)).isNotEqualTo(key);
    assertThat(templates.label(key, Locale.ENGLISH)).isNotEqualTo(key);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(textBlock = """
      fr
      de-DE
      ja
      zh-TW
      zh
      und
      """)
  void anUnknownLanguageFallsBackToSimplifiedChinese(String languageTag) {
    // Given
    Locale locale = Locale.forLanguageTag(languageTag);

    // When
    RenderedMail mail = templates.render("acknowledgement", locale, allValues());

    // Then
    assertThat(MailTemplates.supported(locale)).isEqualTo(ZH_CN);
    assertThat(mail).isEqualTo(templates.render("acknowledgement", ZH_CN, allValues()));
    assertThat(templates.label("category.SLOW_SERVICE", locale)).isEqualTo("客服响应迟缓");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(textBlock = """
      en
      en-US
      en-GB
      """)
  void everyEnglishVariantGetsTheEnglishMail(String languageTag) {
    assertThat(MailTemplates.supported(Locale.forLanguageTag(languageTag)))
        .isEqualTo(Locale.ENGLISH);
  }

  @Test
  void aMemberWhoPrefersEnglishGetsEnglish() {
    // Given U10010 (Alex Chen), whose preferred locale in the demo data is "en"
    Member alex = new Member("U10010", "Alex Chen", "u10010@members.example", "13800010010",
        "en");

    // When
    RenderedMail mail = templates.render("evidence-request",
        MailTemplates.supported(alex.locale()), allValues());

    // Then
    assertThat(mail.subject()).isEqualTo("[Points complaint] Evidence needed for [PD-2026-000123]");
  }

  private static Map<String, String> allValues() {
    Map<String, String> values = new HashMap<>();
    values.put("name", "张女士");
    values.put("caseNumber", "PD-2026-000123");
    values.put("category", "礼品发货严重延迟");
    values.put("summary", "兑换的蓝牙音箱一个月了还没发货");
    values.put("receivedAt", "2026-11-20 21:05 (UTC+8)");
    values.put("firstResponseDue", "2026-11-21 21:05 (UTC+8)");
    values.put("resolutionDue", "2026-11-27 21:05 (UTC+8)");
    values.put("redactionWarning", "安全提示");
    values.put("evidenceNeeded", "- 订单号及兑换成功页面截图");
    values.put("deadline", "2026-11-27 21:05 (UTC+8)");
    values.put("remedy", "- 已恢复 2000 积分");
    values.put("reason", "积分记录中未见异常");
    values.put("status", "客服审核中");
    values.put("text", "您好，我们正在核实。");
    values.put("refused", "- virus.png: 文件内容不是允许的类型");
    values.put("maxSize", "20 MB");
    return values;
  }
}
