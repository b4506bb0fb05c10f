package org.certamen.server.limits.domain;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.certamen.server.shared.DomainException;
import org.certamen.server.shared.ErrorKind;

/**
 * Refuses attempts once {@link #MAX_FAILURES} failed within {@link #WINDOW}, counted in the store
 * so that the limit holds across servers, and decided in the same atomic step as the count so
 * that it holds under bursts too. Used for identities, access codes, passwords and session numbers.
 */
public record RateLimiter(AttemptRepository attempts) {
  public static final int MAX_FAILURES = 10;
  public static final Duration WINDOW = Duration.ofMinutes(5);

  /**
   * Runs the attempt unless the key is blocked (then fails with {@code TOO_MANY_ATTEMPTS} without
   * running it). The attempt is counted before it runs, so that at most {@link #MAX_FAILURES} run
   * whatever the number sent at once; the count is taken back unless {@code countsAsFailure} says
   * it failed. Attempts in flight therefore count too: at most that many run at once per key.
   */
  public <T> Future<T> guard(String scope, String key, Supplier<Future<T>> attempt,
      Predicate<Throwable> countsAsFailure) {
    return attempts.admit(scope, key, MAX_FAILURES, WINDOW, true).compose(admitted -> {
      if (!admitted) {
        return tooMany();
      }
      return Future.<Void>succeededFuture().compose(ignored -> attempt.get()).compose(
          success -> attempts.release(scope, key).transform(released -> Future.succeededFuture(success)),
          failure -> countsAsFailure.test(failure) ? Future.failedFuture(failure)
              : attempts.release(scope, key).transform(released -> Future.failedFuture(failure)));
    });
  }

  /**
   * Runs a lookup that changes nothing, then decides in one atomic step: once the key is blocked
   * its outcome is replaced by {@code TOO_MANY_ATTEMPTS}, otherwise a failure that
   * {@code countsAsFailure} is counted. Unlike {@link #guard}, lookups that succeed never wait on
   * one another, which suits keys many legitimate people share (one school's address); the answers
   * revealed still hold at most {@link #MAX_FAILURES} failures, as if the lookups came one by one.
   */
  public <T> Future<T> guardLookup(String scope, String key, Supplier<Future<T>> lookup,
      Predicate<Throwable> countsAsFailure) {
    return Future.<Void>succeededFuture().compose(ignored -> lookup.get()).compose(
        success -> attempts.admit(scope, key, MAX_FAILURES, WINDOW, false)
            .compose(admitted -> admitted ? Future.succeededFuture(success) : tooMany()),
        failure -> !countsAsFailure.test(failure) ? Future.failedFuture(failure)
            : attempts.admit(scope, key, MAX_FAILURES, WINDOW, true)
                .compose(admitted -> admitted ? Future.failedFuture(failure) : tooMany()));
  }

  /**
   * Runs the attempt unless the key is blocked, counting every attempt, successful or not: for
   * requests whose success costs someone else (a mail sent), so that no one sends more than
   * {@link #MAX_FAILURES} within the window.
   */
  public <T> Future<T> count(String scope, String key, Supplier<Future<T>> attempt) {
    return attempts.admit(scope, key, MAX_FAILURES, WINDOW, true)
        .compose(admitted -> admitted ? attempt.get() : tooMany());
  }

  /** True for refusals with one of the codes. */
  public static Predicate<Throwable> codes(String... codes) {
    return failure -> failure instanceof DomainException e && Arrays.asList(codes).contains(e.code());
  }

  private static <T> Future<T> tooMany() {
    return Future.failedFuture(new DomainException(ErrorKind.TOO_MANY_ATTEMPTS,
        "TOO_MANY_ATTEMPTS", "Too many failed attempts; wait "
        + WINDOW.toMinutes() + " minutes or ask the invigilator"));
  }
}
