package com.pointsdesk.complaint;

public enum Priority {
  NORMAL, HIGH
}
