package org.certamen.server.shared;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes passwords people choose with PBKDF2-HMAC-SHA256, slow on purpose so that a copy of the
 * store costs an attacker {@link #ITERATIONS} HMACs per guess, on worker threads so that the event
 * loop never waits for it. Stored in the PHC string format, which names its algorithm and cost:
 * {@code $pbkdf2-sha256$i=600000$SALT$HASH} (base64 without padding). Hashes of the earlier
 * salted SHA-256 ({@link PasswordHash}) still verify, and ask to be hashed again.
 */
public final class PasswordHasher {
  /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet). */
  public static final int ITERATIONS = 600_000;
  private static final String ALGORITHM = "pbkdf2-sha256";
  private static final Pattern STORED = Pattern.compile(
      "\\$" + ALGORITHM + "\\$i=([1-9][0-9]{0,8})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Whether a password matched, and whether its stored hash should be replaced by a new one. */
  public record Verification(boolean matches, boolean needsRehash) {
  }

  private final WorkerExecutor workers;

  private PasswordHasher(WorkerExecutor workers) {
    this.workers = workers;
  }

  /**
   * A hasher on a pool of one thread per core, shared by every caller on this Vert.x instance:
   * a burst of logins waits its turn there instead of taking every worker thread. Created from a
   * verticle, the pool closes when the verticle is undeployed.
   */
  public static PasswordHasher create(Vertx vertx) {
    return new PasswordHasher(vertx.createSharedWorkerExecutor("certamen-password-hashing",
        Runtime.getRuntime().availableProcessors()));
  }

  /** The password's hash to store, with a fresh salt. */
  public Future<String> hash(String password) {
    return workers.executeBlocking(() -> {
      byte[] salt = new byte[SALT_BYTES];
      RANDOM.nextBytes(salt);
      return format(ITERATIONS, salt, pbkdf2(password, salt, ITERATIONS));
    }, false);
  }

  /**
   * Checks the password against a stored hash of either format, in constant time; a hash that is
   * unreadable or missing never matches.
   */
  public Future<Verification> verify(String password, String stored) {
    if (stored == null || password == null) {
      return Future.succeededFuture(new Verification(false, false));
    }
    Matcher pbkdf2 = STORED.matcher(stored);
    if (!pbkdf2.matches()) {
      return workers.executeBlocking(() -> new Verification(
          PasswordHash.matches(password, stored), true), false);
    }
    int iterations = Integer.parseInt(pbkdf2.group(1));
    byte[] salt = Base64.getDecoder().decode(pbkdf2.group(2));
    byte[] expected = Base64.getDecoder().decode(pbkdf2.group(3));
    return workers.executeBlocking(() -> new Verification(
        MessageDigest.isEqual(expected, pbkdf2(password, salt, iterations)),
        iterations < ITERATIONS), false);
  }

  /** The stored form of a hash. */
  static String format(int iterations, byte[] salt, byte[] hash) {
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    return "$" + ALGORITHM + "$i=" + iterations + "$" + base64.encodeToString(salt) + "$"
        + base64.encodeToString(hash);
  }

  static byte[] pbkdf2(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
    } finally {
      spec.clearPassword();
    }
  }
}
