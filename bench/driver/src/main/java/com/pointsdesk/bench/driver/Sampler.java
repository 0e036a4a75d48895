package com.pointsdesk.bench.driver;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A poor man's profiler for the measurement window: thread dumps of the app (jcmd Thread.print,
 * about once a second) grouped by what busy request and job threads were doing, and PostgreSQL's
 * pg_stat_activity (4 times a second) grouped by state and wait event.
 */
final class Sampler implements AutoCloseable {

  private final Map<String, AtomicLong> stacks = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> threadStates = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> pgWaits = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> pgQueries = new ConcurrentHashMap<>();
  private final AtomicLong dumps = new AtomicLong();
  private final AtomicLong pgSamples = new AtomicLong();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running = true;

  Sampler(List<AppNode> nodes, Postgres pg) {
    Thread t = new Thread(() -> {
      while (running) {
        for (AppNode n : nodes) {
          dump(n.pid());
        }
        sleep(1000);
      }
    }, "stack-sampler");
    t.setDaemon(true);
    threads.add(t);
    if (pg != null) {
      Thread p = new Thread(() -> {
        try (Connection c = pg.server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
          while (running) {
            try (ResultSet rs = s.executeQuery("""
                SELECT state, coalesce(wait_event_type, 'CPU') || ':' || coalesce(wait_event, '-') AS w,
                       regexp_replace(left(query, 90), '\\s+', ' ', 'g') AS q
                FROM pg_stat_activity
                WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND state <> 'idle'""")) {
              pgSamples.incrementAndGet();
              while (rs.next()) {
                String state = rs.getString(1);
                String w = state.equals("active") ? rs.getString(2) : state;
                pgWaits.computeIfAbsent(w, k -> new AtomicLong()).incrementAndGet();
                if (state.equals("active")) {
                  pgQueries.computeIfAbsent(rs.getString(2) + " | " + rs.getString(3), k -> new AtomicLong()).incrementAndGet();
                }
              }
            }
            sleep(250);
          }
        } catch (Exception e) {
          Log.info("  pg sampler stopped: " + e);
        }
      }, "pg-sampler");
      p.setDaemon(true);
      threads.add(p);
    }
    threads.forEach(Thread::start);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void dump(long pid) {
    try {
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
          Long.toString(pid), "Thread.print").redirectErrorStream(true).start();
      List<String> lines;
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        lines = r.lines().collect(Collectors.toList());
      }
      p.waitFor(10, TimeUnit.SECONDS);
      dumps.incrementAndGet();
      String name = null;
      String state = null;
      List<String> frames = new ArrayList<>();
      for (String line : lines) {
        if (line.startsWith("\"")) {
          record(name, state, frames);
          name = line.substring(1, line.indexOf('"', 1));
          state = null;
          frames = new ArrayList<>();
        } else if (line.trim().startsWith("java.lang.Thread.State:")) {
          state = line.trim().substring("java.lang.Thread.State:".length()).trim();
        } else if (line.trim().startsWith("at ")) {
          frames.add(line.trim().substring(3));
        }
      }
      record(name, state, frames);
    } catch (Exception e) {
      // jcmd unavailable: no stacks
    }
  }

  private void record(String name, String state, List<String> frames) {
    if (name == null || frames.isEmpty()) {
      return;
    }
    String group = name.startsWith("http-nio-") && name.contains("-exec-") ? "intake"
        : name.startsWith("camundaTaskExecutor") ? "jobs" : name.startsWith("JobExecutor") ? "acquisition" : null;
    if (group == null) {
      return;
    }
    String all = String.join("\n", frames);
    if (all.contains("TaskQueue.take") || all.contains("TaskQueue.poll") || all.contains("ThreadPoolExecutor.getTask")
        || (group.equals("acquisition") && all.contains("SequentialJobAcquisitionRunnable.suspendAcquisition"))) {
      threadStates.computeIfAbsent(group + " idle", k -> new AtomicLong()).incrementAndGet();
      return;
    }
    threadStates.computeIfAbsent(group + " busy", k -> new AtomicLong()).incrementAndGet();
    // the first frame outside the JDK and the bench's own JDBC proxy: what the thread is in
    String top = frames.stream().filter(f -> !(f.startsWith("java.") || f.startsWith("jdk.") || f.startsWith("sun.")
            || f.startsWith("com.pointsdesk.bench.") || f.startsWith("com.sun.proxy.") || f.startsWith("jdk.proxy")))
        .findFirst().map(Sampler::shorten).orElse(shorten(frames.get(0)));
    String where = frames.stream().filter(f -> f.startsWith("com.pointsdesk.") && !f.startsWith("com.pointsdesk.bench.")).findFirst()
        .or(() -> frames.stream().filter(f -> f.startsWith("org.camunda.bpm.engine.impl.cmd.")
            || f.startsWith("org.camunda.bpm.engine.impl.persistence.entity.")).findFirst())
        .map(Sampler::shorten).orElse("-");
    String waitingOn = all.contains("org.postgresql") ? " [in PostgreSQL driver]" : all.contains("org.h2.") ? " [in H2]" : "";
    stacks.computeIfAbsent(group + " | " + state + " | " + top + " ← " + where + waitingOn,
        k -> new AtomicLong()).incrementAndGet();
  }

  private static String shorten(String frame) {
    int paren = frame.indexOf('(');
    String method = paren > 0 ? frame.substring(0, paren) : frame;
    String[] parts = method.split("\\.");
    return parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : method;
  }

  Map<String, Object> result() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("threadDumps", dumps.get());
    out.put("threadStates", top(threadStates, 20));
    out.put("busyThreadStacks", top(stacks, 15));
    if (pgSamples.get() > 0) {
      out.put("pgSamples", pgSamples.get());
      out.put("pgSessionStates", top(pgWaits, 12));
      out.put("pgActiveQueries", top(pgQueries, 10));
    }
    return out;
  }

  private static List<Map<String, Object>> top(Map<String, AtomicLong> counts, int n) {
    return counts.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get()))
        .limit(n).map(e -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("what", e.getKey());
          m.put("samples", e.getValue().get());
          return m;
        }).collect(Collectors.toList());
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    for (Thread t : threads) {
      t.join(15_000);
    }
  }
}
