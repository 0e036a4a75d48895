package com.pointsdesk.workflow;

import com.pointsdesk.complaint.CaseProgress;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AwaitEvidence}: while the case waits on the member its SLA clock stands still. On
 * start the SLA timers are suspended; on end (evidence, reply or deadline) the record's due dates
 * move by the time each clock would have counted, and the timers are set to them and go on.
 */
@Component
class SlaPauseListener implements ExecutionListener {

  private final CaseProgress progress;

  SlaPauseListener(CaseProgress progress) {
    this.progress = progress;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (EVENTNAME_START.equals(execution.getEventName())) {
      CaseClocks.suspend(execution);
    } else {
      progress.resumeClock(ProcessVariables.caseNumber(execution))
          .ifPresent(moved -> CaseClocks.resume(execution, moved.dueDates()));
    }
  }
}
