package com.pointsdesk.ledger;

public enum OrderStatus {
  PENDING, SHIPPED, DELIVERED, FAILED, CANCELLED
}
