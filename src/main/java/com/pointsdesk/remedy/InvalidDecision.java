package com.pointsdesk.remedy;

/**
 * A reviewer's or approver's form input that cannot be accepted. Thrown from a task listener it
 * rolls the task completion back; Tasklist shows the message and the task stays open.
 */
public class InvalidDecision extends RuntimeException {

  public InvalidDecision(String message) {
    super(message);
  }
}
