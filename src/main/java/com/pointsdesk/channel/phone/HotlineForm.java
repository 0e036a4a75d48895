package com.pointsdesk.channel.phone;

import com.pointsdesk.complaint.Category;
import com.pointsdesk.complaint.Channel;
import com.pointsdesk.complaint.ComplaintRequest;
import com.pointsdesk.complaint.Demand;
import com.pointsdesk.system.ApiException.FieldError;
import com.pointsdesk.system.BusinessTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What an agent entered on the hotline start form ({@code forms/HotlineComplaintForm.form}), as
 * Tasklist submitted it: texts, a number, a date-time text and one tick box per demand (Tasklist
 * sends a checklist as a Json variable, which this engine, without Spin and without serialized
 * variables, refuses). The values come from people through the REST API, so each is checked for
 * its kind here; only the fields named in {@link #FIELDS} are ever read.
 */
public record HotlineForm(Map<String, Object> values) {

  public static final String MEMBER_ID = "memberId";
  public static final String CATEGORY = "category";
  public static final String SUMMARY = "summary";
  public static final String DESCRIPTION = "description";
  public static final String OCCURRED_AT = "occurredAt";
  public static final String ORDER_ID = "orderId";
  public static final String POINTS_CLAIMED = "pointsClaimed";

  /** The tick box of each demand: {@code demandRestorePoints}, {@code demandApology} … */
  static final Map<String, Demand> DEMAND_FIELDS = demandFields();

  /** Date, date and time, or date, time and offset ({@code Z} or {@code +08:00}). */
  private static final DateTimeFormatter FORM_TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
      .optionalStart().appendOffsetId().optionalEnd().optionalEnd().toFormatter();

  /** Every field of the form: the only values a hotline complaint is made of. */
  public static final List<String> FIELDS = Stream.concat(Stream.of(MEMBER_ID, CATEGORY, SUMMARY,
      DESCRIPTION, OCCURRED_AT, ORDER_ID, POINTS_CLAIMED), DEMAND_FIELDS.keySet().stream()).toList();

  /** Keeps the form's fields and nothing else; a field left empty may be missing or null. */
  public HotlineForm {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (String field : FIELDS) {
      fields.put(field, values.get(field));
    }
    values = Collections.unmodifiableMap(fields);
  }

  /**
   * The API's request for these values, channel PHONE (no public post, no external reference).
   * A value of the wrong kind adds an error to {@code errors} and is taken as empty.
   */
  ComplaintRequest toRequest(List<FieldError> errors) {
    List<Demand> demands = new ArrayList<>();
    DEMAND_FIELDS.forEach((field, demand) -> {
      if (tick(field, errors)) {
        demands.add(demand);
      }
    });
    return new ComplaintRequest(Channel.PHONE, text(MEMBER_ID, errors), category(errors),
        text(SUMMARY, errors), text(DESCRIPTION, errors), occurredAt(errors),
        text(ORDER_ID, errors), points(errors), demands, null, null);
  }

  private String text(String field, List<FieldError> errors) {
    Object value = values.get(field);
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    if (value instanceof String s) {
      return s.strip();
    }
    errors.add(new FieldError(field, "must be text"));
    return null;
  }

  private Category category(List<FieldError> errors) {
    String code = text(CATEGORY, errors);
    if (code == null) {
      return null;
    }
    try {
      return Category.valueOf(code);
    } catch (IllegalArgumentException unknown) {
      errors.add(new FieldError(CATEGORY,
          "must be one of " + Arrays.toString(Category.values())));
      return null;
    }
  }

  /** As the form's date-time field sends it (with offset), or a local time in Asia/Shanghai. */
  private OffsetDateTime occurredAt(List<FieldError> errors) {
    Object value = values.get(OCCURRED_AT);
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    if (value instanceof Date date) {
      return OffsetDateTime.ofInstant(date.toInstant(), BusinessTime.ZONE);
    }
    try {
      TemporalAccessor time = FORM_TIME.parseBest(String.valueOf(value).strip(),
          OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
      if (time instanceof OffsetDateTime withOffset) {
        return withOffset;
      }
      return time instanceof LocalDateTime local
          ? local.atZone(BusinessTime.ZONE).toOffsetDateTime()
          : ((LocalDate) time).atStartOfDay(BusinessTime.ZONE).toOffsetDateTime();
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(OCCURRED_AT,
          "must be a date and time, e.g. 2026-11-10T20:41+08:00"));
      return null;
    }
  }

  /** The form's number field sends a JSON number (Integer, Long or Double), or text. */
  private Integer points(List<FieldError> errors) {
    Object value = values.get(POINTS_CLAIMED);
    if (value == null || value instanceof String s && s.isBlank()) {
      return null;
    }
    Double points = value instanceof Number n ? Double.valueOf(n.doubleValue())
        : value instanceof String s && s.strip().matches("-?\\d{1,10}(\\.0*)?")
            ? Double.valueOf(s.strip()) : null;
    if (points != null && points == Math.rint(points) && Math.abs(points) <= Integer.MAX_VALUE) {
      return points.intValue();
    }
    errors.add(new FieldError(POINTS_CLAIMED, "must be a whole number"));
    return null;
  }

  private boolean tick(String field, List<FieldError> errors) {
    Object value = values.get(field);
    if (value == null || value instanceof Boolean || "true".equals(value)
        || "false".equals(value)) {
      return Boolean.TRUE.equals(value) || "true".equals(value);
    }
    errors.add(new FieldError(field, "must be true or false"));
    return false;
  }

  private static Map<String, Demand> demandFields() {
    Map<String, Demand> fields = new LinkedHashMap<>();
    for (Demand demand : Demand.values()) {
      StringBuilder name = new StringBuilder("demand");
      for (String word : demand.name().split("_")) {
        name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
      }
      fields.put(name.toString(), demand);
    }
    return fields;
  }
}
