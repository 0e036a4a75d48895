package com.pointsdesk.bench.driver;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** Load generation: closed loop (N client threads) and open model (fixed arrival rate). */
final class Load {

  private Load() {}

  /** What one request is. */
  record Call(String kind, String path, String body, boolean intake) {}

  interface Source {
    Call next() throws Exception;
  }

  /** Members with a failed redemption, bulk-loaded, topped up in the background when low. */
  static final class Members {
    private final AppNode loader;
    private final ConcurrentLinkedQueue<List<String>> failed = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> plain = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> unexplained = new ConcurrentLinkedQueue<>();
    private final AtomicInteger tags = new AtomicInteger();
    private final AtomicBoolean toppingUp = new AtomicBoolean();
    private final int chunk;
    final LongAdder loaded = new LongAdder();
    final LongAdder topUps = new LongAdder();
    volatile long loadMillis;

    Members(AppNode loader, int chunk) {
      this.loader = loader;
      this.chunk = chunk;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> load(int failedRedemptions, int withoutOrders, int existingCases,
        double openShare, int returnOpenCases) throws Exception {
      return load(failedRedemptions, withoutOrders, existingCases, openShare, returnOpenCases, 0);
    }

    /** Members with an unexplained 2 000-point debit (Mr. Wang's story): their cases wait for review. */
    Map<String, Object> loadUnexplained(int n) throws Exception {
      return load(0, 0, 0, 0, 0, n);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> load(int failedRedemptions, int withoutOrders, int existingCases,
        double openShare, int returnOpenCases, int unexplainedDeductions) throws Exception {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("tag", tagName(tags.getAndIncrement()));
      body.put("failedRedemptions", failedRedemptions);
      body.put("withoutOrders", withoutOrders);
      body.put("existingCases", existingCases);
      body.put("openShare", openShare);
      body.put("returnOpenCases", returnOpenCases);
      body.put("unexplainedDeductions", unexplainedDeductions);
      Map<String, Object> r = Http.postJson(loader.base() + "/bench/fixtures", body);
      for (Object o : (List<Object>) r.get("failedRedemptions")) {
        failed.add((List<String>) o);
      }
      for (Object o : (List<Object>) r.get("withoutOrders")) {
        plain.add((String) o);
      }
      Object u = r.get("unexplainedDeductions");
      if (u instanceof List<?> list) { // absent from an extension older than the SLA timers
        list.forEach(o -> unexplained.add((String) o));
      }
      loaded.add(failedRedemptions + withoutOrders + unexplainedDeductions);
      loadMillis += Json.num(r, "millis");
      return r;
    }

    private static String tagName(int i) {
      return Character.toString('A' + (i % 26)) + (i / 26 == 0 ? "" : Integer.toString(i / 26));
    }

    List<String> nextFailed() throws Exception {
      if (failed.size() < chunk / 4 && toppingUp.compareAndSet(false, true)) {
        Thread t = new Thread(() -> {
          try {
            Log.info("  topping up fixtures: +" + chunk + " members with a failed redemption");
            load(chunk, 0, 0, 0, 0);
            topUps.increment();
          } catch (Exception e) {
            Log.info("  fixture top-up failed: " + e);
          } finally {
            toppingUp.set(false);
          }
        }, "fixture-top-up");
        t.setDaemon(true);
        t.start();
      }
      long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (true) {
        List<String> m = failed.poll();
        if (m != null) {
          return m;
        }
        if (System.nanoTime() > waitUntil) {
          throw new IllegalStateException("ran out of fixture members");
        }
        Thread.sleep(5);
      }
    }

    String nextUnexplained() {
      String m = unexplained.poll();
      if (m == null) {
        throw new IllegalStateException("ran out of members with an unexplained debit");
      }
      return m;
    }

    String nextPlain() {
      String m = plain.poll();
      if (m == null) {
        throw new IllegalStateException("ran out of members without orders");
      }
      return m;
    }
  }

  static final AtomicLong KEYS = new AtomicLong();

  static String complaint(String memberId, String orderId, String channel) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("channel", channel);
    c.put("memberId", memberId);
    c.put("category", "REDEMPTION_FAILED");
    c.put("summary", "兑换会员月卡失败，3000积分被扣");
    if (orderId != null) {
      c.put("orderId", orderId);
    }
    c.put("occurredAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(2).withNano(0).toString());
    c.put("pointsClaimed", 3000);
    c.put("demands", List.of("RESTORE_POINTS"));
    return Json.write(c);
  }

  /** Mr. Wang's complaint: 2 000 points gone two days ago; VERIFIED, then an agent's review. */
  static String unexplainedDeduction(String memberId) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("channel", "IN_APP");
    c.put("memberId", memberId);
    c.put("category", "UNEXPLAINED_DEDUCTION");
    c.put("summary", "积分无故减少2000点");
    c.put("occurredAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(2).plusHours(1).withNano(0).toString());
    c.put("pointsClaimed", 2000);
    c.put("demands", List.of("RESTORE_POINTS", "APOLOGY"));
    return Json.write(c);
  }

  static Source straightThrough(Members members) {
    return () -> {
      List<String> m = members.nextFailed();
      return new Call("new", "/api/v1/complaints", complaint(m.get(0), m.get(1), "IN_APP"), true);
    };
  }

  static Source ceiling() {
    return () -> new Call("ceiling", "/bench/ceiling/start", null, false);
  }

  /** Sends one call; returns the HTTP status (or -1 on an I/O failure / timeout). */
  static int send(AppNode node, Call call) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(node.base() + call.path()))
          .timeout(Duration.ofSeconds(30));
      if (call.intake()) {
        b.header("Authorization", Http.INTAKE_AUTH)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", "bench-" + KEYS.incrementAndGet() + "-" + ProcessHandle.current().pid());
      }
      b.POST(call.body() == null ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofString(call.body()));
      HttpResponse<Void> r = Http.CLIENT.send(b.build(), HttpResponse.BodyHandlers.discarding());
      return r.statusCode();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    } catch (Exception e) {
      return -1;
    }
  }

  /** Per kind of call: latency histogram (µs) and status counts, while {@link #on}. */
  static final class Tally {
    final Map<String, Recorder> recorders = new ConcurrentHashMap<>();
    final Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
    final Map<String, Histogram> collected = new ConcurrentHashMap<>();
    volatile boolean on;

    void record(String kind, int status, long micros) {
      if (!on) {
        return;
      }
      statuses.computeIfAbsent(kind + ":" + status, k -> new LongAdder()).increment();
      if (status >= 200 && status < 300) {
        recorders.computeIfAbsent(kind, k -> new Recorder(3)).recordValue(Math.max(1, micros));
      }
    }

    void start() {
      recorders.values().forEach(r -> r.getIntervalHistogram());
      statuses.clear();
      collected.clear();
      on = true;
    }

    void stop() {
      on = false;
      recorders.forEach((k, r) -> collected.put(k, r.getIntervalHistogram()));
    }

    long ok(String kind) {
      Histogram h = collected.get(kind);
      return h == null ? 0 : h.getTotalCount();
    }

    long errors() {
      return statuses.entrySet().stream()
          .filter(e -> { int s = Integer.parseInt(e.getKey().substring(e.getKey().indexOf(':') + 1));
            return s < 200 || s >= 300; })
          .mapToLong(e -> e.getValue().sum()).sum();
    }

    Map<String, Long> statusCounts() {
      Map<String, Long> m = new java.util.TreeMap<>();
      statuses.forEach((k, v) -> m.put(k, v.sum()));
      return m;
    }

    Map<String, Object> latency(String kind) {
      return summary(collected.get(kind));
    }
  }

  static Map<String, Object> summary(Histogram h) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (h == null || h.getTotalCount() == 0) {
      m.put("count", 0);
      return m;
    }
    m.put("count", h.getTotalCount());
    m.put("p50", ms(h.getValueAtPercentile(50)));
    m.put("p95", ms(h.getValueAtPercentile(95)));
    m.put("p99", ms(h.getValueAtPercentile(99)));
    m.put("max", ms(h.getMaxValue()));
    m.put("mean", ms((long) h.getMean()));
    return m;
  }

  private static double ms(long micros) {
    return Math.round(micros / 100.0) / 10.0;
  }

  /**
   * At most {@code limit} cases in flight (accepted by intake, not yet completed): the closed
   * loop then measures the rate at which cases are completed end to end, instead of letting intake
   * pile up a job backlog that the job executor works through in no particular order.
   */
  static final class Gate implements AutoCloseable {
    final int limit;
    final AtomicLong accepted = new AtomicLong();
    private volatile long completed;
    private volatile boolean polling = true;
    private final long baseline;
    private final Thread poller;
    final LongAdder waits = new LongAdder();

    Gate(AppNode node, String key, int limit) throws Exception {
      this.limit = limit;
      this.baseline = Json.num(Http.getJson(node.base() + "/bench/progress"), key);
      this.poller = new Thread(() -> {
        while (polling) {
          try {
            completed = Json.num(Http.getJson(node.base() + "/bench/progress"), key) - baseline;
            Thread.sleep(200);
          } catch (InterruptedException e) {
            return;
          } catch (Exception e) {
            // next time
          }
        }
      }, "gate-poller");
      poller.setDaemon(true);
      poller.start();
    }

    void awaitRoom() throws InterruptedException {
      if (limit <= 0) {
        return;
      }
      boolean waited = false;
      while (accepted.get() - completed >= limit) {
        if (!waited) {
          waits.increment();
          waited = true;
        }
        Thread.sleep(5);
      }
    }

    @Override
    public void close() {
      polling = false;
      poller.interrupt();
    }
  }

  /** N client threads, each sending the next call as soon as the last one answered. */
  static final class ClosedLoop implements AutoCloseable {
    private final List<AppNode> nodes;
    private final Source source;
    private final Tally tally;
    private final Thread[] threads;
    private final Gate gate;
    private volatile boolean running = true;
    final LongAdder sent = new LongAdder();
    volatile Throwable failure;

    ClosedLoop(List<AppNode> nodes, int clients, Source source, Tally tally, Gate gate) {
      this.nodes = nodes;
      this.source = source;
      this.tally = tally;
      this.gate = gate;
      this.threads = new Thread[clients];
      for (int i = 0; i < clients; i++) {
        AppNode node = nodes.get(i % nodes.size());
        threads[i] = new Thread(() -> loop(node), "client-" + i);
        threads[i].setDaemon(true);
        threads[i].start();
      }
    }

    private void loop(AppNode node) {
      while (running) {
        try {
          if (gate != null) {
            gate.awaitRoom();
          }
          Call call = source.next();
          long t = System.nanoTime();
          int status = send(node, call);
          tally.record(call.kind(), status, (System.nanoTime() - t) / 1000);
          sent.increment();
          if (gate != null && status >= 200 && status < 300) {
            gate.accepted.incrementAndGet();
          }
          if (status < 0 && running) {
            Thread.sleep(50);
          }
        } catch (InterruptedException e) {
          return;
        } catch (Throwable e) {
          failure = e;
          running = false;
        }
      }
    }

    @Override
    public void close() throws InterruptedException {
      running = false;
      for (Thread t : threads) {
        t.join(35_000);
      }
    }
  }

  /**
   * Open model: call i is due at start + i/rate, whatever happened to the calls before it;
   * latency counts from that due time, so a stalled server shows up in the figures
   * (no coordinated omission). Calls are spread round-robin over the nodes.
   */
  static Map<String, Object> openLoop(List<AppNode> nodes, double rate, int seconds,
      Source source, Tally tally) throws Exception {
    ThreadPoolExecutor pool = new ThreadPoolExecutor(256, 256, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "open-client");
          t.setDaemon(true);
          return t;
        });
    long total = Math.round(rate * seconds);
    long period = Math.round(1e9 / rate);
    long start = System.nanoTime() + 20_000_000L;
    long lateDispatch = 0;
    for (long i = 0; i < total; i++) {
      long due = start + i * period;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      } else if (wait < -5_000_000L) {
        lateDispatch++;
      }
      Call call = source.next();
      AppNode node = nodes.get((int) (i % nodes.size()));
      pool.execute(new Scheduled(due, call, () -> {
        int status = send(node, call);
        tally.record(call.kind(), status, (System.nanoTime() - due) / 1000);
      }));
    }
    long sentAt = System.nanoTime();
    pool.shutdown();
    boolean finished = pool.awaitTermination(45, TimeUnit.SECONDS);
    long notSent = 0;
    if (!finished) {
      // calls still queued after the step: never sent; counted as errors (status 0)
      for (Runnable r : pool.shutdownNow()) {
        if (r instanceof Scheduled sc) {
          tally.record(sc.call().kind(), 0, (System.nanoTime() - sc.due()) / 1000);
          notSent++;
        }
      }
      pool.awaitTermination(35, TimeUnit.SECONDS);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scheduled", total);
    m.put("offeredSeconds", (sentAt - start) / 1e9);
    m.put("lateDispatches", lateDispatch);
    m.put("allAnswered", finished);
    m.put("notSent", notSent);
    return m;
  }

  record Scheduled(long due, Call call, Runnable body) implements Runnable {
    @Override
    public void run() {
      body.run();
    }
  }

  static ExecutorService daemonPool(int n, String name) {
    return new ThreadPoolExecutor(n, n, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }
}
