package com.pointsdesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Requests that really race: each runs on its own thread, all released by one latch. */
public final class Race {

  private Race() {}

  /** Runs the calls at the same moment and returns their results in the order given. */
  public static <T> List<T> allAtOnce(List<Callable<T>> calls, Duration patience)
      throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(calls.size());
    try {
      CountDownLatch ready = new CountDownLatch(calls.size());
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> call : calls) {
        futures.add(threads.submit(() -> {
          ready.countDown();
          go.await();
          return call.call();
        }));
      }
      assertThat(ready.await(10, TimeUnit.SECONDS)).as("all threads ready").isTrue();
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(patience.toMillis(), TimeUnit.MILLISECONDS));
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }
}
