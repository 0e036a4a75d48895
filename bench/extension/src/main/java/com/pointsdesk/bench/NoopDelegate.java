package com.pointsdesk.bench;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Stands in for every delegate and listener of the ceiling model. */
public class NoopDelegate implements JavaDelegate, ExecutionListener, TaskListener {

  @Override
  public void execute(DelegateExecution execution) {
    // no-op: the ceiling measures the engine, not PointsDesk's work
  }

  @Override
  public void notify(DelegateExecution execution) {
    // no-op
  }

  @Override
  public void notify(DelegateTask task) {
    // no-op
  }

  /** The SLA timers' and tasks' dates in the copy: the app reads them from the case's record. */
  public java.util.Date aMonthFromNow() {
    return java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(30)));
  }
}
