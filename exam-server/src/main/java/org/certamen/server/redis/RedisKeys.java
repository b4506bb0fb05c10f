package org.certamen.server.redis;

/**
 * Names of Redis keys. Every key of a session's data is {@code NAMESPACE:{SESSIONID}:NAME}: the
 * braces make the session id the hash tag, so all keys of one session live in one Redis Cluster
 * slot and a script may touch several of them.
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
}
