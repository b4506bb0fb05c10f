package org.certamen.server.session.domain;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.ErrorKind;

/**
 * Refuses an attempt once {@link #MAX_FAILURES} failed within {@link #WINDOW}, counted in the
 * store so that the limit holds across servers. Used for identities, access codes and passwords.
 */
public final class RateLimiter {
  public static final int MAX_FAILURES = 10;
  public static final Duration WINDOW = Duration.ofMinutes(5);

  private final AttemptRepository attempts;

  public RateLimiter(AttemptRepository attempts) {
    this.attempts = attempts;
  }

  /**
   * Runs the attempt unless the key is blocked (then fails with {@code TOO_MANY_ATTEMPTS}),
   * counting its failure when {@code countsAsFailure} says so.
   */
  public <T> Future<T> guard(String sessionId, String key, Supplier<Future<T>> attempt,
      Predicate<Throwable> countsAsFailure) {
    return attempts.failures(sessionId, key).compose(failures -> {
      if (failures >= MAX_FAILURES) {
        return Future.failedFuture(new DomainException(ErrorKind.TOO_MANY_ATTEMPTS,
            "TOO_MANY_ATTEMPTS", "Too many failed attempts; wait "
            + WINDOW.toMinutes() + " minutes or ask the invigilator"));
      }
      return attempt.get().recover(failure -> countsAsFailure.test(failure)
          ? attempts.recordFailure(sessionId, key, WINDOW).transform(ignored -> Future.failedFuture(failure))
          : Future.failedFuture(failure));
    });
  }

  /** True for refusals with one of the codes. */
  public static Predicate<Throwable> codes(String... codes) {
    return failure -> failure instanceof DomainException e && Arrays.asList(codes).contains(e.code());
  }
}
