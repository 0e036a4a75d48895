package com.pointsdesk.bench.driver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Everything the driver started, stopped on exit, failure or Ctrl-C (newest first). */
final class Cleanup {

  private static final Set<AutoCloseable> OPEN = Collections.synchronizedSet(new LinkedHashSet<>());

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Cleanup::closeAll, "bench-cleanup"));
  }

  private Cleanup() {}

  static void register(AutoCloseable c) {
    OPEN.add(c);
  }

  /** Appends a started process's pid to the file bench/run's trap kills on exit (-Dbench.pidfile). */
  static void recordPid(long pid) {
    String file = System.getProperty("bench.pidfile");
    if (file == null || pid <= 0) {
      return;
    }
    try {
      java.nio.file.Files.writeString(java.nio.file.Path.of(file), pid + "\n",
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    } catch (java.io.IOException e) {
      System.err.println("cannot record pid " + pid + ": " + e);
    }
  }

  static void unregister(AutoCloseable c) {
    OPEN.remove(c);
  }

  static void closeAll() {
    List<AutoCloseable> all;
    synchronized (OPEN) {
      all = new ArrayList<>(OPEN);
    }
    Collections.reverse(all);
    for (AutoCloseable c : all) {
      try {
        c.close();
      } catch (Exception e) {
        System.err.println("cleanup: " + e);
      }
    }
  }
}
