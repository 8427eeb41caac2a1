package dev.cim.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A small reflective null tester in the manner of Caffeine's {@code CaffeineTest.nullParameters}, shared by the
 * per-package null-argument tests.
 */
public final class NullChecks {
  private NullChecks() {}

  /**
   * Calls every public constructor and method of {@code type} (static ones, and instance ones on {@code receiver})
   * with one null reference argument at a time, the others from {@code sample}, and asserts a
   * {@link NullPointerException}.
   *
   * @param type the type under test
   * @param receiver the instance for instance methods (may be null if the type has none worth calling)
   * @param sample a valid value for each parameter type
   * @param nullable names of methods whose parameters may be null ("name" for all, "name#i" for parameter i)
   */
  public static void assertRejectsNulls(Class<?> type, Object receiver, Function<Class<?>, Object> sample,
      Set<String> nullable) {
    List<Executable> all = new ArrayList<>(List.of(type.getConstructors()));
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge() && !m.getName().equals("equals")
          && !m.getName().equals("valueOf")) {
        all.add(m);
      }
    }
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Executable e : all) {
      Class<?>[] params = e.getParameterTypes();
      for (int i = 0; i < params.length; i++) {
        if (params[i].isPrimitive() || nullable.contains(e.getName()) || nullable.contains(e.getName() + "#" + i)) {
          continue;
        }
        Object[] args = new Object[params.length];
        for (int j = 0; j < params.length; j++) {
          args[j] = j == i ? null : sample.apply(params[j]);
        }
        checked++;
        String what = e + " with null argument " + i;
        try {
          if (e instanceof Constructor<?> c) {
            c.newInstance(args);
          } else {
            Method m = (Method) e;
            m.invoke(Modifier.isStatic(m.getModifiers()) ? null : receiver, args);
          }
          failures.add(what + " returned normally");
        } catch (InvocationTargetException ex) {
          if (!(ex.getCause() instanceof NullPointerException)) {
            failures.add(what + " threw " + ex.getCause());
          }
        } catch (ReflectiveOperationException ex) {
          failures.add("cannot call " + what + ": " + ex);
        }
      }
    }
    assertThat(failures).as("calls that did not throw NullPointerException").isEmpty();
    assertThat(checked).as("null checks made on " + type.getSimpleName()).isPositive();
  }
}
