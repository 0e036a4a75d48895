package com.pointsdesk.workflow;

import static com.pointsdesk.workflow.ProcessVariables.ESCALATION_DUE_AT;
import static com.pointsdesk.workflow.ProcessVariables.FIRST_RESPONSE_DUE_AT;
import static com.pointsdesk.workflow.ProcessVariables.RESOLUTION_DUE_AT;
import static com.pointsdesk.workflow.ProcessVariables.RESOLUTION_FOLLOW_UP_AT;
import static com.pointsdesk.workflow.ProcessVariables.REVIEW_DUE_AT;
import static com.pointsdesk.workflow.ProcessVariables.REVIEW_FOLLOW_UP_AT;

import com.pointsdesk.sla.ServiceLevels;
import com.pointsdesk.sla.ServiceLevels.DueDates;
import com.pointsdesk.sla.ServiceTargets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** SlaPolicy's outputs and the case's due dates as ComplaintHandling's timers and tasks read them. */
final class SlaVariables {

  private SlaVariables() {}

  static ServiceTargets targets(VariableScope scope) {
    return targets(scope.getVariables());
  }

  static ServiceTargets targets(Map<String, Object> outputs) {
    return new ServiceTargets(
        Duration.ofHours(number(outputs, ProcessVariables.FIRST_RESPONSE_HOURS)),
        number(outputs, ProcessVariables.RESOLUTION_WORKING_DAYS),
        number(outputs, ProcessVariables.ESCALATION_WORKING_DAYS),
        number(outputs, ProcessVariables.PROGRESS_UPDATE_WORKING_DAYS),
        (String) outputs.get(ProcessVariables.RESPONDER_GROUP));
  }

  /**
   * The timers' dates (first response, resolution, escalation) and the tasks' due and follow-up
   * dates: the review is due with the first response until that is given, then with the resolution.
   */
  static VariableMap of(DueDates due, OffsetDateTime received, boolean firstResponseGiven,
      ServiceLevels serviceLevels) {
    OffsetDateTime reviewDue = firstResponseGiven ? due.resolutionDueAt()
        : due.firstResponseDueAt();
    return Variables.createVariables()
        .putValue(FIRST_RESPONSE_DUE_AT, date(due.firstResponseDueAt()))
        .putValue(RESOLUTION_DUE_AT, date(due.resolutionDueAt()))
        .putValue(ESCALATION_DUE_AT, date(due.escalationDueAt()))
        .putValue(REVIEW_DUE_AT, date(reviewDue))
        .putValue(REVIEW_FOLLOW_UP_AT, date(serviceLevels.earlyWarning(received, reviewDue)))
        .putValue(RESOLUTION_FOLLOW_UP_AT,
            date(serviceLevels.earlyWarning(received, due.resolutionDueAt())));
  }

  static DueDates dueDates(Map<String, Object> variables) {
    return new DueDates(at(variables, FIRST_RESPONSE_DUE_AT), at(variables, RESOLUTION_DUE_AT),
        at(variables, ESCALATION_DUE_AT));
  }

  static OffsetDateTime at(VariableScope scope, String name) {
    return at(scope.getVariables(), name);
  }

  static OffsetDateTime at(Map<String, Object> variables, String name) {
    Date date = (Date) variables.get(name);
    return date == null ? null : OffsetDateTime.ofInstant(date.toInstant(), ZoneOffset.UTC);
  }

  static Date date(OffsetDateTime at) {
    return Date.from(at.toInstant());
  }

  private static int number(Map<String, Object> outputs, String name) {
    Object value = outputs.get(name);
    if (!(value instanceof Number number)) {
      throw new IllegalStateException("SlaPolicy gave no " + name);
    }
    return number.intValue();
  }
}
