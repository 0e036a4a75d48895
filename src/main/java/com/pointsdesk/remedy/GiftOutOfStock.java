package com.pointsdesk.remedy;

/** A business failure: the gift to reissue is out of stock (the model offers an alternative). */
public class GiftOutOfStock extends RuntimeException {

  public GiftOutOfStock(String giftId) {
    super("Gift " + giftId + " is out of stock");
  }
}
