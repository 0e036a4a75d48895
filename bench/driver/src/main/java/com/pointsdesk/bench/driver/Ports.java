package com.pointsdesk.bench.driver;

import java.net.InetAddress;
import java.net.ServerSocket;

final class Ports {

  private Ports() {}

  static int free() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }
}
