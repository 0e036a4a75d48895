package com.pointsdesk.bench.driver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything read at one instant: per-node /bench/stats, database and machine CPU. */
record Snapshot(long nanos, List<Map<String, Object>> nodes, long dbCpuNanos, long[] machine,
    long driverCpuNanos) {

  static Snapshot take(List<AppNode> nodes, Postgres pg) throws Exception {
    List<Map<String, Object>> stats = new ArrayList<>();
    for (AppNode n : nodes) {
      stats.add(n.stats());
    }
    return new Snapshot(System.nanoTime(), stats, pg == null ? 0 : pg.cpuNanos(),
        Machine.machineCpuNanos(), Machine.ownCpuNanos());
  }

  /** Summed over nodes (per-JVM counters). */
  long sum(String path) {
    return nodes.stream().mapToLong(m -> Json.num(m, path)).sum();
  }

  /** Database-wide (any node sees the same database). */
  long db(String path) {
    return Json.num(nodes.get(0), path);
  }

  /** The deltas and rates between two snapshots that every workload reports. */
  static Map<String, Object> window(Snapshot a, Snapshot b) {
    double seconds = (b.nanos - a.nanos) / 1e9;
    Map<String, Object> w = new LinkedHashMap<>();
    w.put("seconds", round(seconds, 1));
    Map<String, Object> cpu = new LinkedHashMap<>();
    double app = (b.sum("processCpuNanos") - a.sum("processCpuNanos")) / 1e6;
    double db = (b.dbCpuNanos - a.dbCpuNanos) / 1e6;
    double busy = (b.machine[0] - a.machine[0]) / 1e6;
    double total = (b.machine[1] - a.machine[1]) / 1e6;
    double driver = (b.driverCpuNanos - a.driverCpuNanos) / 1e6;
    cpu.put("appMillis", round(app, 0));
    cpu.put("appCoresUsed", round(app / 1000 / seconds, 2));
    for (String k : List.of("intake", "jobs", "acquisition", "other")) {
      cpu.put(k + "ThreadsMillis",
          round((b.sum("threadCpuNanos." + k) - a.sum("threadCpuNanos." + k)) / 1e6, 0));
    }
    cpu.put("gcMillis", b.sum("gcMillis") - a.sum("gcMillis"));
    cpu.put("dbMillis", round(db, 0));
    cpu.put("dbCoresUsed", round(db / 1000 / seconds, 2));
    cpu.put("driverMillis", round(driver, 0));
    cpu.put("machineBusyPercent", total <= 0 ? 0 : round(100 * busy / total, 1));
    cpu.put("otherProcessesMillis", round(Math.max(0, busy - app - db - driver), 0));
    w.put("cpu", cpu);
    Map<String, Object> st = new LinkedHashMap<>();
    Map<String, Object> commits = new LinkedHashMap<>();
    for (String k : List.of("intake", "jobs", "acquisition", "other", "bench")) {
      st.put(k, b.sum("statements." + k) - a.sum("statements." + k));
      commits.put(k, b.sum("commits." + k) - a.sum("commits." + k));
    }
    w.put("statements", st);
    w.put("commits", commits);
    for (String k : List.of("complaints", "resolvedWithRestore", "ceilingCompleted", "jobsSucceeded",
        "jobsFailedAttempts", "outboxSent", "engineCompleted")) {
      w.put("delta." + k, b.db(k) - a.db(k));
    }
    return w;
  }

  static double round(double v, int digits) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return 0;
    }
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }
}
