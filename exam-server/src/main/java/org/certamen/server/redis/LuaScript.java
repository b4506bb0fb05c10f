package org.certamen.server.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.vertx.core.Future;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * A Lua script from the class path ({@code /redis/NAME.lua}), run by its SHA-1 so that only the
 * digest travels. Redis forgets scripts when it restarts; a {@code NOSCRIPT} reply is then answered
 * by sending the source once with {@code EVAL}, which caches it again.
 *
 * <p>Each script declares every key it touches in {@code KEYS}, and callers pass keys of one
 * session only, so a script never spans two Cluster slots.
 */
public final class LuaScript {
  private final String source;
  private final String sha1;
  private final ScriptOutputType output;

  private LuaScript(String source, ScriptOutputType output) {
    this.source = source;
    this.sha1 = sha1(source);
    this.output = output;
  }

  /**
   * Loads {@code /redis/NAME.lua}.
   *
   * @param output how Redis's reply is decoded (INTEGER gives a Long, MULTI a List)
   * @throws IllegalStateException when the script is not on the class path
   */
  public static LuaScript load(String name, ScriptOutputType output) {
    try (InputStream in = LuaScript.class.getResourceAsStream("/redis/" + name + ".lua")) {
      if (in == null) {
        throw new IllegalStateException("Missing Lua script /redis/" + name + ".lua");
      }
      return new LuaScript(new String(in.readAllBytes(), StandardCharsets.UTF_8), output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the script; the future completes once Redis replied (see {@link RedisFutures}). */
  public <T> Future<T> run(RedisConnection connection, String[] keys, String... args) {
    RedisClusterAsyncCommands<String, String> redis = connection.commands();
    CompletionStage<T> reply = redis.<T>evalsha(sha1, output, keys, args)
        .exceptionallyCompose(failure -> unwrap(failure) instanceof RedisNoScriptException
            ? redis.<T>eval(source, output, keys, args)
            : CompletableFuture.failedStage(failure));
    return RedisFutures.toFuture(reply);
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
  }

  private static String sha1(String source) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
