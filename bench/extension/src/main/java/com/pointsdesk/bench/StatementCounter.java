package com.pointsdesk.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * Counts the JDBC statements the app executes, and the transactions it commits, by the kind of
 * thread that ran them: {@code intake} (Tomcat request threads), {@code jobs} (Camunda job
 * executor worker threads), {@code acquisition} (the job acquisition thread), {@code other}
 * (outbox relay, start-up, …). The bench's own endpoints are counted apart as {@code bench}.
 * A statement is one execute call or one entry of a JDBC batch; {@code roundTrips} counts
 * execute calls and batches once each.
 */
public final class StatementCounter {

  public enum Kind { intake, jobs, acquisition, other, bench }

  private static final ThreadLocal<Boolean> BENCH = ThreadLocal.withInitial(() -> false);
  private static final Map<Kind, LongAdder> STATEMENTS = adders();
  private static final Map<Kind, LongAdder> ROUND_TRIPS = adders();
  private static final Map<Kind, LongAdder> COMMITS = adders();
  private static final Map<Kind, LongAdder> ROLLBACKS = adders();

  private StatementCounter() {}

  private static Map<Kind, LongAdder> adders() {
    Map<Kind, LongAdder> map = new LinkedHashMap<>();
    for (Kind kind : Kind.values()) {
      map.put(kind, new LongAdder());
    }
    return map;
  }

  static void benchThread(boolean on) {
    BENCH.set(on);
  }

  static Kind current() {
    if (BENCH.get()) {
      return Kind.bench;
    }
    String name = Thread.currentThread().getName();
    if (name.startsWith("http-nio-") || name.startsWith("http-")) {
      return Kind.intake;
    }
    if (name.startsWith("camundaTaskExecutor")) {
      return Kind.jobs;
    }
    if (name.startsWith("JobExecutor")) {
      return Kind.acquisition;
    }
    return Kind.other;
  }

  static Map<String, Object> snapshot() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("statements", values(STATEMENTS));
    out.put("roundTrips", values(ROUND_TRIPS));
    out.put("commits", values(COMMITS));
    out.put("rollbacks", values(ROLLBACKS));
    return out;
  }

  private static Map<String, Long> values(Map<Kind, LongAdder> adders) {
    Map<String, Long> out = new LinkedHashMap<>();
    adders.forEach((k, v) -> out.put(k.name(), v.sum()));
    return out;
  }

  static DataSource wrap(DataSource target) {
    return (DataSource) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
        new Class<?>[] {DataSource.class}, new Handler(target, Handler.Role.DATASOURCE));
  }

  private static final class Handler implements InvocationHandler {

    enum Role { DATASOURCE, CONNECTION, STATEMENT }

    private final Object target;
    private final Role role;

    Handler(Object target, Role role) {
      this.target = target;
      this.role = role;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (name.equals("unwrap") && args != null && args[0] instanceof Class<?> c
          && c.isInstance(proxy)) {
        return proxy;
      }
      if (name.equals("equals") && args != null && args.length == 1) {
        return proxy == args[0];
      }
      if (name.equals("hashCode") && (args == null || args.length == 0)) {
        return System.identityHashCode(proxy);
      }
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      switch (role) {
        case DATASOURCE -> {
          if (result instanceof Connection c && name.equals("getConnection")) {
            return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new Handler(c, Role.CONNECTION));
          }
        }
        case CONNECTION -> {
          if (name.equals("commit")) {
            COMMITS.get(current()).increment();
          } else if (name.equals("rollback") && (args == null || args.length == 0)) {
            ROLLBACKS.get(current()).increment();
          } else if (result instanceof Statement s) {
            Class<?> type = s instanceof CallableStatement ? CallableStatement.class
                : s instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
            return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                new Class<?>[] {type}, new Handler(s, Role.STATEMENT));
          }
        }
        case STATEMENT -> {
          if (name.startsWith("execute")) {
            Kind kind = current();
            ROUND_TRIPS.get(kind).increment();
            if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
              STATEMENTS.get(kind).add(result instanceof int[] a ? a.length
                  : result instanceof long[] l ? l.length : 1);
            } else {
              STATEMENTS.get(kind).increment();
            }
          }
        }
        default -> { }
      }
      return result;
    }
  }
}
