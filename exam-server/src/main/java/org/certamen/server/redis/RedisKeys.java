package org.certamen.server.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Names of Redis keys. Every key of a session's data is {@code NAMESPACE:{SESSIONID}:NAME}: the
 * braces make the session id the hash tag, so all keys of one session live in one Redis Cluster
 * slot and a script may touch several of them. A centre's data is keyed the same way under
 * {@code NAMESPACE:{centre:CENTREID}:NAME}, and the one index by e-mail address under
 * {@code NAMESPACE:{address:EMAIL}:centre}.
 */
public final class RedisKeys {
  /** The namespace of a production server. */
  public static final String DEFAULT_NAMESPACE = "certamen";

  private final String namespace;

  /** @param namespace the prefix of every key, so that several deployments can share one Redis */
  public RedisKeys(String namespace) {
    if (namespace.isEmpty() || namespace.contains("{") || namespace.contains("}")) {
      throw new IllegalArgumentException("A key namespace is non-empty and has no braces: " + namespace);
    }
    this.namespace = namespace;
  }

  /** The key {@code name} of the session's data. */
  public String of(String sessionId, String name) {
    return namespace + ":{" + sessionId + "}:" + name;
  }

  /** The key {@code name} of the centre's data. */
  public String ofCentre(String centreId, String name) {
    return namespace + ":{centre:" + centreId + "}:" + name;
  }

  /** The key that says which centre an e-mail address belongs to. */
  public String ofAddress(String email) {
    return namespace + ":{address:" + email + "}:centre";
  }

  /**
   * The SHA-256 of a secret, URL-safe: secrets are keyed by digest so that a copy of Redis does
   * not give usable tokens.
   */
  public static String digest(String secret) {
    try {
      return Base64.getUrlEncoder().withoutPadding().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The key of one of the few indexes that span sessions (finalised sessions, for example): its
   * name is its own hash tag, so it lives in one slot and is never mixed with a session's keys.
   */
  public String index(String name) {
    return namespace + ":{" + name + "}";
  }
}
