package com.pointsdesk.channel.phone;

import static com.pointsdesk.support.HotlineCallForms.u10003sFailedRedemption;
import static org.assertj.core.api.Assertions.assertThat;

import com.pointsdesk.complaint.Category;
import com.pointsdesk.complaint.Channel;
import com.pointsdesk.complaint.ComplaintRequest;
import com.pointsdesk.complaint.Demand;
import com.pointsdesk.system.ApiException.FieldError;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What Tasklist's start form sends, read as the API's request: kinds checked, nothing else read. */
class HotlineFormTest {

  private final List<FieldError> errors = new ArrayList<>();

  @Test
  void u10003sCallAsTheFormSendsItIsTheApisRequestOnThePhoneChannel() {
    // Given the form's values for U10003's failed redemption, with spaces around the member
    // id, the description left empty and the points as the number field may send them
    Map<String, Object> values = u10003sFailedRedemption();
    values.put("memberId", " U10003 ");
    values.put("description", "");
    values.put("pointsClaimed", 3000.0);

    // When it is read
    ComplaintRequest request = new HotlineForm(values).toRequest(errors);

    // Then it is the request the API would take, channel PHONE, never a public post
    assertThat(errors).isEmpty();
    assertThat(request).isEqualTo(new ComplaintRequest(Channel.PHONE, "U10003",
        Category.REDEMPTION_FAILED, "兑换会员月卡失败，3000积分被扣", null,
        OffsetDateTime.parse("2026-11-10T20:41:00+08:00"), "R-20261110-0003", 3000,
        List.of(Demand.RESTORE_POINTS), null, null));
  }

  @Test
  void aTimeWithoutOffsetIsShanghaiTimeAndADateItsMidnight() {
    assertThat(occurredAt("2026-11-10T20:41")).isEqualTo("2026-11-10T20:41+08:00");
    assertThat(occurredAt("2026-11-10T12:41Z")).isEqualTo("2026-11-10T12:41Z");
    assertThat(occurredAt("2026-11-10")).isEqualTo("2026-11-10T00:00+08:00");
    assertThat(errors).isEmpty();
  }

  @Test
  void aDateVariableIsTakenAsTheInstantItIs() {
    Date at = Date.from(OffsetDateTime.parse("2026-11-10T12:41:00Z").toInstant());

    ComplaintRequest request = new HotlineForm(Map.of("occurredAt", at)).toRequest(errors);

    assertThat(request.occurredAt().toInstant()).isEqualTo(at.toInstant());
  }

  @Test
  void valuesOfTheWrongKindAreFieldErrorsAndTakenAsEmpty() {
    // Given values no form field sends
    Map<String, Object> values = new HashMap<>();
    values.put("memberId", 10003);
    values.put("category", "POINTS_STOLEN");
    values.put("occurredAt", "last Tuesday");
    values.put("pointsClaimed", 12.5);
    values.put("demandCompensation", "yes please");

    // When they are read
    ComplaintRequest request = new HotlineForm(values).toRequest(errors);

    // Then each is an error with its field, and none reaches the request
    assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("memberId",
        "category", "occurredAt", "pointsClaimed", "demandCompensation");
    assertThat(errors).filteredOn(e -> e.field().equals("category")).singleElement()
        .extracting(FieldError::message).asString().startsWith("must be one of [REDEMPTION_FAILED");
    assertThat(request.memberId()).isNull();
    assertThat(request.category()).isNull();
    assertThat(request.pointsClaimed()).isNull();
    assertThat(request.demands()).isEmpty();
  }

  @Test
  void pointsAsTextAreReadAndAFractionIsNot() {
    assertThat(new HotlineForm(Map.of("pointsClaimed", "1500")).toRequest(errors)
        .pointsClaimed()).isEqualTo(1500);
    assertThat(errors).isEmpty();

    new HotlineForm(Map.of("pointsClaimed", "1500.5")).toRequest(errors);
    assertThat(errors).extracting(FieldError::message).containsExactly("must be a whole number");
  }

  @Test
  void onlyTheFormsFieldsAreKept() {
    HotlineForm form = new HotlineForm(Map.of("memberId", "U10003", "agentId", "senior",
        "priority", "HIGH", "publicPost", true, "channel", "WEIBO"));

    assertThat(form.values()).containsOnlyKeys(HotlineForm.FIELDS);
    ComplaintRequest request = form.toRequest(errors);
    assertThat(request.channel()).isEqualTo(Channel.PHONE);
    assertThat(request.isPublicPost()).isFalse();
  }

  @Test
  void everyDemandHasItsTickBox() {
    assertThat(HotlineForm.DEMAND_FIELDS).containsOnlyKeys("demandRestorePoints",
        "demandReissueGift", "demandReturnOrExchange", "demandCompensation", "demandApology");
    assertThat(HotlineForm.DEMAND_FIELDS.values()).containsExactly(Demand.values());
  }

  private String occurredAt(String text) {
    return new HotlineForm(Map.of("occurredAt", text)).toRequest(errors).occurredAt().toString();
  }
}
