package dev.cim.core.cache;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test doubles around a store: counts calls per method name and, when armed, makes the next write throw after it
 * reached the store (a write that "may or may not have happened").
 */
final class Spy {
  final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  volatile String failAfter;

  /** Wraps a store of the given interface. */
  <T> T wrap(Class<T> type, T target) {
    Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
      calls.computeIfAbsent(method.getName(), k -> new AtomicInteger()).incrementAndGet();
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      if (method.getName().equals(failAfter)) {
        failAfter = null;
        throw new dev.cim.core.spi.StoreException("connection lost after " + method.getName(), null);
      }
      return result;
    });
    return type.cast(proxy);
  }

  int calls(String method) {
    AtomicInteger n = calls.get(method);
    return n == null ? 0 : n.get();
  }

  /** A ticker that moves only when told. */
  static final class FakeTicker implements com.github.benmanes.caffeine.cache.Ticker {
    private final AtomicLong nanos = new AtomicLong();

    void advance(java.time.Duration d) {
      nanos.addAndGet(d.toNanos());
    }

    @Override
    public long read() {
      return nanos.get();
    }
  }
}
