package dev.cim.tck;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Runs tasks on many threads that start at once (a latch gate), and collects what each returned or threw. Bounded:
 * a task that has not finished after {@link #TIMEOUT_SECONDS} fails the test as a probable deadlock. Not API.
 */
final class Race {
  static final long TIMEOUT_SECONDS = 60;

  /**
   * What one task did.
   *
   * @param <R> the result type
   * @param value what it returned, or null if it threw
   * @param error what it threw, or null
   */
  record Outcome<R>(R value, Throwable error) {
    boolean succeeded() {
      return error == null;
    }
  }

  private Race() {}

  /**
   * Runs {@code threads} tasks at once, task {@code i} being {@code task.apply(i)}, and waits for all.
   *
   * @param description the rule being checked, for a timeout message
   * @param threads how many tasks and threads
   * @param task makes task {@code i}
   * @return the outcomes, by task index
   */
  static <R> List<Outcome<R>> run(String description, int threads, IntFunction<Callable<R>> task) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "cim-tck-race");
      t.setDaemon(true);
      return t;
    });
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Outcome<R>>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<R> c = task.apply(i);
        futures.add(pool.submit(() -> {
          ready.countDown();
          start.await();
          try {
            return new Outcome<>(c.call(), null);
          } catch (Throwable t) {
            return new Outcome<>(null, t);
          }
        }));
      }
      if (!ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        fail("[" + description + "] the " + threads + " threads did not start within " + TIMEOUT_SECONDS + " s");
      }
      start.countDown();
      List<Outcome<R>> outcomes = new ArrayList<>();
      for (Future<Outcome<R>> f : futures) {
        outcomes.add(f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
      }
      return outcomes;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("[" + description + "] interrupted", e);
    } catch (TimeoutException e) {
      throw new AssertionError("[" + description + "] a thread did not finish within " + TIMEOUT_SECONDS
          + " s: a deadlock?", e);
    } catch (ExecutionException e) {
      throw new AssertionError("[" + description + "] a task failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
