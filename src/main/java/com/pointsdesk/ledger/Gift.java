package com.pointsdesk.ledger;

public record Gift(String id, String name, String nameEn, boolean physical, int pointsPrice,
    int stock, boolean listed) {

  public boolean listedWithoutStock() {
    return listed && stock == 0;
  }
}
