package com.pointsdesk.collective;

import com.pointsdesk.collective.AffectedMembers.Affected;
import com.pointsdesk.collective.CollectiveCases.CollectiveCase;
import com.pointsdesk.collective.CollectiveCases.LinkedCase;
import com.pointsdesk.collective.CollectiveDecisions.Decision;
import com.pointsdesk.complaint.SensitiveText;
import com.pointsdesk.ledger.Catalogue;
import com.pointsdesk.ledger.Gift;
import com.pointsdesk.remedy.InvalidDecision;
import com.pointsdesk.sla.ServiceLevels;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The supervisor's decision form (forms/CollectiveRemedyForm.form): what it shows, and its
 * fields read strictly. A refusal is an {@link InvalidDecision}: Tasklist shows it and the task
 * stays open.
 */
@Component
class DecisionForm {

  /** Lines of a list the form shows before it points to the API (10 000 members fit no form). */
  private static final int SHOWN = 20;
  static final int MAX_COMPENSATION = 1000;
  static final int MAX_WORKING_DAYS = 30;

  private final CollectiveCases collectives;
  private final Catalogue catalogue;
  private final ServiceLevels serviceLevels;
  private final Clock clock;

  DecisionForm(CollectiveCases collectives, Catalogue catalogue, ServiceLevels serviceLevels,
      Clock clock) {
    this.collectives = collectives;
    this.catalogue = catalogue;
    this.serviceLevels = serviceLevels;
    this.clock = clock;
  }

  Map<String, String> briefing(CollectiveCase collective, List<Affected> affected) {
    List<LinkedCase> linked = collectives.linkedTo(collective.id());
    String subject = collective.subject() + catalogue.gift(collective.subject().ref())
        .map(g -> " · " + g.name() + " / " + g.nameEn() + " (" + g.pointsPrice() + ", stock "
            + g.stock() + ")").orElse("");
    return Map.of(
        "briefingSubject", collective.number() + ": " + subject,
        "briefingCases", lines(linked.stream().map(c -> "- " + c.caseNumber() + " · "
            + c.memberId() + " · " + c.status()).toList(), collective),
        "briefingMembers", affected.size() + " affected members, " + affected.stream()
            .filter(a -> a.caseNumber() == null).count() + " of them without a complaint:\n"
            + lines(affected.stream().map(a -> "- " + a.memberId() + " · " + a.pointsOwed()
                + " points · " + (a.orders().isEmpty() ? "no order" : String.join(", ",
                a.orders())) + (a.caseNumber() == null ? "" : " · " + a.caseNumber())).toList(),
                collective),
        "briefingOptions", "Alternative gifts in stock (id · name · points · stock):\n"
            + lines(alternativesFor(collective).stream().map(g -> "- " + g.id() + " · "
                + g.name() + " / " + g.nameEn() + " · " + g.pointsPrice() + " · " + g.stock())
                .toList(), collective));
  }

  Decision read(CollectiveCase collective, String supervisor,
      CollectiveRemedies.DecisionInput in) {
    CollectiveRemedy remedy = remedy(in.remedy());
    if (!remedy.fits(collective.subject().kind())) {
      throw new InvalidDecision("补救方式不适用 / " + remedy + " does not fit a collective case about "
          + collective.subject() + (collective.subject().kind() == SubjectKind.EXPIRY_BATCH
          ? ": restore the expired points" : ": offer alternatives or refund"));
    }
    List<String> alternatives = alternatives(collective, remedy, in.alternativeGiftIds());
    int compensation = bounded(in.compensationPoints(), 0, MAX_COMPENSATION, 0,
        "补偿积分 / Compensation points must be between 0 and " + MAX_COMPENSATION);
    OffsetDateTime now = OffsetDateTime.now(clock);
    OffsetDateTime answerBy = null;
    if (remedy == CollectiveRemedy.ALTERNATIVE_OR_REFUND) {
      int days = bounded(in.answerWithinWorkingDays(), 1, MAX_WORKING_DAYS, -1,
          "答复期限 / Members answer within 1 to " + MAX_WORKING_DAYS + " working days");
      answerBy = serviceLevels.plusWorkingDays(now, days);
    }
    String action = in.correctiveAction() == null ? "" : in.correctiveAction().strip();
    if (action.length() < 2 || action.length() > 500) {
      throw new InvalidDecision("整改措施 / Record the corrective action taken (e.g. \"stock display"
          + " fixed\"), at most 500 characters");
    }
    return new Decision(remedy, alternatives, compensation, answerBy,
        SensitiveText.clean(action).text(), supervisor, now);
  }

  private List<String> alternatives(CollectiveCase collective, CollectiveRemedy remedy,
      String field) {
    Set<String> ids = new LinkedHashSet<>();
    if (field != null) {
      Arrays.stream(field.split("[,，\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
          .map(s -> s.toUpperCase(Locale.ROOT)).forEach(ids::add);
    }
    if (remedy != CollectiveRemedy.ALTERNATIVE_OR_REFUND) {
      if (!ids.isEmpty()) {
        throw new InvalidDecision("替代礼品 / Alternative gifts go with \"alternative or refund\""
            + " only");
      }
      return List.of();
    }
    Set<String> inStock = new LinkedHashSet<>(alternativesFor(collective).stream()
        .map(Gift::id).toList());
    if (ids.isEmpty() || !inStock.containsAll(ids)) {
      ids.removeAll(inStock);
      throw new InvalidDecision("替代礼品 / Offer one or more gifts in stock: " + inStock
          + (ids.isEmpty() ? "" : "; not offerable: " + ids));
    }
    return List.copyOf(ids);
  }

  private List<Gift> alternativesFor(CollectiveCase collective) {
    return catalogue.inStock().stream()
        .filter(g -> !g.id().equals(collective.subject().ref())).toList();
  }

  private static CollectiveRemedy remedy(String value) {
    try {
      return CollectiveRemedy.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidDecision("补救方式 / Choose the remedy: " + Arrays.toString(
          CollectiveRemedy.values()));
    }
  }

  private static int bounded(Long value, int min, int max, int absent, String message) {
    if (value == null && absent >= 0) {
      return absent;
    }
    if (value == null || value < min || value > max) {
      throw new InvalidDecision(message);
    }
    return value.intValue();
  }

  private static String lines(List<String> lines, CollectiveCase collective) {
    if (lines.isEmpty()) {
      return "- none";
    }
    String shown = String.join("\n", lines.subList(0, Math.min(SHOWN, lines.size())));
    return lines.size() <= SHOWN ? shown : shown + "\n- … " + (lines.size() - SHOWN)
        + " more: GET /api/v1/collective-cases/" + collective.number();
  }
}
