package com.pointsdesk.workflow;

import com.pointsdesk.sla.ServiceTargets;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * SlaPolicy.dmn's outputs. Task_DetermineServiceLevels maps each of them through
 * {@code ${slaOutput.transientValue(…)}}: a transient value, never stored, which the intake reads
 * back and keeps on the case's record. The process keeps no variable for them.
 */
@Component("slaOutput")
public class ServiceTargetsOutput {

  static final String[] NAMES = {"firstResponseHours", "resolutionWorkingDays",
      "escalationWorkingDays", "progressUpdateWorkingDays", "responderGroup"};

  public TypedValue transientValue(Object value) {
    return Variables.untypedValue(value, true);
  }

  static ServiceTargets of(Map<String, Object> outputs) {
    return new ServiceTargets(Duration.ofHours(number(outputs, NAMES[0])),
        number(outputs, NAMES[1]), number(outputs, NAMES[2]), number(outputs, NAMES[3]),
        (String) outputs.get(NAMES[4]));
  }

  private static int number(Map<String, Object> outputs, String name) {
    if (!(outputs.get(name) instanceof Number number)) {
      throw new IllegalStateException("SlaPolicy gave no " + name);
    }
    return number.intValue();
  }
}
