package org.certamen.server.memory;

import io.vertx.core.Future;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.certamen.server.shared.Expiring;
import org.certamen.server.shared.ExpiringSecrets;

/** Secrets in a map by their value, for one server process; an expired one is forgotten when looked up. */
public final class InMemorySecrets<T extends Expiring> implements ExpiringSecrets<T> {
  private final Map<String, T> byValue = new ConcurrentHashMap<>();
  private final Function<T, String> valueOf;
  private final Clock clock;

  /** @param valueOf a secret's value, by which it is found */
  public InMemorySecrets(Function<T, String> valueOf, Clock clock) {
    this.valueOf = valueOf;
    this.clock = clock;
  }

  @Override
  public Future<Void> save(T secret) {
    byValue.put(valueOf.apply(secret), secret);
    return Future.succeededFuture();
  }

  @Override
  public Future<Optional<T>> find(String value) {
    T secret = byValue.get(value);
    if (secret != null && secret.isExpiredAt(clock.instant())) {
      byValue.remove(value, secret);
      secret = null;
    }
    return Future.succeededFuture(Optional.ofNullable(secret));
  }

  @Override
  public Future<Optional<T>> take(String value) {
    return Future.succeededFuture(Optional.ofNullable(byValue.remove(value))
        .filter(secret -> !secret.isExpiredAt(clock.instant())));
  }

  @Override
  public Future<Void> delete(T secret) {
    byValue.remove(valueOf.apply(secret));
    return Future.succeededFuture();
  }
}
