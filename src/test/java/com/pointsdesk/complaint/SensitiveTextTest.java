package com.pointsdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.pointsdesk.complaint.SensitiveText.Cleaned;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seed FAQ Q4/Q5: passwords never survive intake, phone numbers are masked.
 *
 * <p>Where the line lies between "a password" and "a sentence about passwords": a value is a
 * secret when it follows a password keyword and an explicit separator (是 / 为 / : / ：/ =), or when
 * it follows the keyword directly and looks like a credential (printable ASCII with a digit). A
 * secret is written in ASCII: Chinese words after the keyword ("密码是什么") are never taken for
 * one. After the English words "is" / "was" only a credential-looking token (with a digit) counts,
 * so "password was reset" stays readable while "password is hunter2" does not.
 */
class SensitiveTextTest {

  @Nested
  class Passwords {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        我的密码是abc123                 | 我的密码是[密码已隐去 REDACTED]
        支付密码：884213                 | 支付密码：[密码已隐去 REDACTED]
        支付密码是：884213               | 支付密码是：[密码已隐去 REDACTED]
        支付密码是８８４２１３             | 支付密码是[密码已隐去 REDACTED]
        密码 123456                     | 密码 [密码已隐去 REDACTED]
        密码abc123                      | 密码[密码已隐去 REDACTED]
        支付密码884213                   | 支付密码[密码已隐去 REDACTED]
        登录密码为 Qwe!2345              | 登录密码为 [密码已隐去 REDACTED]
        密码为：abc                      | 密码为：[密码已隐去 REDACTED]
        交易密码=600519                  | 交易密码=[密码已隐去 REDACTED]
        password: hunter2               | password: [密码已隐去 REDACTED]
        Password:hunter                 | Password:[密码已隐去 REDACTED]
        PWD=xyz789                      | PWD=[密码已隐去 REDACTED]
        passwd：s3cr3t!                  | passwd：[密码已隐去 REDACTED]
        my payment password is 884213   | my payment password is [密码已隐去 REDACTED]
        PIN code: 1234                  | PIN code: [密码已隐去 REDACTED]
        """)
    void theValueIsRedactedAndTheKeywordStays(String text, String expected) {
      // When
      Cleaned cleaned = SensitiveText.clean(text);

      // Then
      assertThat(cleaned.text()).isEqualTo(expected);
      assertThat(cleaned.secretsRemoved()).isTrue();
    }

    @Test
    void theRestOfAChineseSentenceSurvivesItsPassword() {
      // Given a password written straight into a Chinese sentence, without punctuation
      String text = "我的密码是abc123积分被扣了2000点，订单R-20261110-0003";

      // When
      Cleaned cleaned = SensitiveText.clean(text);

      // Then only the password is gone; the facts of the complaint are kept
      assertThat(cleaned.text())
          .isEqualTo("我的密码是[密码已隐去 REDACTED]积分被扣了2000点，订单R-20261110-0003");
    }

    @Test
    void everySecretInATextIsRedacted() {
      // When
      Cleaned cleaned = SensitiveText.clean("登录密码：Qwe!2345，支付密码：884213。");

      // Then
      assertThat(cleaned.text()).doesNotContain("Qwe!2345").doesNotContain("884213")
          .isEqualTo("登录密码：[密码已隐去 REDACTED]，支付密码：[密码已隐去 REDACTED]。");
    }

    @Test
    void aPasswordThatLooksLikeTheRedactionMarkIsStillRedacted() {
      // When
      Cleaned cleaned = SensitiveText.clean("密码是[abc123]");

      // Then
      assertThat(cleaned.text()).isEqualTo("密码是[密码已隐去 REDACTED]");
      assertThat(cleaned.secretsRemoved()).isTrue();
    }

    @Test
    void cleaningTwiceChangesNothingTheSecondTime() {
      // Given
      Cleaned once = SensitiveText.clean("支付密码：884213，电话13812345678");

      // When
      Cleaned twice = SensitiveText.clean(once.text());

      // Then
      assertThat(twice.text()).isEqualTo(once.text());
      assertThat(twice.secretsRemoved()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "请勿泄露密码等敏感信息",
        "我没有告诉任何人我的支付密码",
        "我的支付密码是什么我忘了",
        "密码是对的，但是登录不了",
        "密码错误3次被锁",
        "修改密码后积分少了2000",
        "password reset did not work",
        "my password was reset on 2026-11-18",
        "the password isn't accepted",
        "passwords are important",
        "I changed my password yesterday, then 2000 points were gone"
    })
    void sentencesAboutPasswordsAreLeftAlone(String text) {
      // When
      Cleaned cleaned = SensitiveText.clean(text);

      // Then
      assertThat(cleaned.text()).isEqualTo(text);
      assertThat(cleaned.secretsRemoved()).isFalse();
    }
  }

  @Nested
  class PhoneNumbers {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        13812345678                   | 138****5678
        手机13812345678，请回电         | 手机138****5678，请回电
        +8613812345678                | +86138****5678
        +86 13812345678               | +86 138****5678
        +86-13812345678               | +86-138****5678
        138 1234 5678                 | 138 **** 5678
        138-1234-5678                 | 138-****-5678
        010-12345678                  | 010-****5678
        座机0755-87654321              | 座机0755-****4321
        """)
    void phoneNumbersAreMasked(String text, String expected) {
      // When
      Cleaned cleaned = SensitiveText.clean(text);

      // Then
      assertThat(cleaned.text()).isEqualTo(expected);
      assertThat(SensitiveText.maskPhones(text)).isEqualTo(expected);
    }

    @Test
    void aMaskedPhoneIsNotAnAlarm() {
      // When
      Cleaned cleaned = SensitiveText.clean("我的手机13812345678");

      // Then phone masking alone does not warn the member about a password
      assertThat(cleaned.secretsRemoved()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "订单R-20261020-0001",
        "案件PD-2026-000123",
        "12000积分",
        "2026-11-18 03:12:47",
        "138123456789",
        "会员U10002"
    })
    void numbersThatAreNoPhonesStay(String text) {
      assertThat(SensitiveText.maskPhones(text)).isEqualTo(text);
    }
  }

  @Test
  void nullStaysNull() {
    // When
    Cleaned cleaned = SensitiveText.clean(null);

    // Then
    assertThat(cleaned.text()).isNull();
    assertThat(cleaned.secretsRemoved()).isFalse();
    assertThat(SensitiveText.maskPhones(null)).isNull();
  }

  @Test
  void textWithoutSecretsIsUnchanged() {
    // Given
    String text = "11月18日早上发现积分少了2000点，没有兑换任何东西。";

    // When
    Cleaned cleaned = SensitiveText.clean(text);

    // Then
    assertThat(cleaned.text()).isEqualTo(text);
    assertThat(cleaned.secretsRemoved()).isFalse();
  }
}
