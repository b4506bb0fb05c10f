package org.certamen.benchmarks.profile;

import java.util.List;

/** The layer of the software a frame's class belongs to, by package, the first matching prefix. */
public enum CodeLayer {
  ENGINE("the engine", "org.certamen.engine."),
  CERTAMEN("the server's own code", "org.certamen."),
  CRYPTOGRAPHY("JDK cryptography", "com.sun.crypto.", "javax.crypto.", "sun.security."),
  JDK("JDK (strings, collections, I/O)", "java.", "javax.", "jdk.", "sun.", "com.sun."),
  NETTY("Netty", "io.netty."),
  VERTX_WEB("vertx-web", "io.vertx.ext.web."),
  MICROMETER("Micrometer", "io.micrometer.", "io.vertx.micrometer."),
  VERTX("Vert.x core", "io.vertx."),
  JACKSON("Jackson", "com.fasterxml.jackson."),
  LETTUCE("Lettuce", "io.lettuce.", "reactor."),
  OTHER("other");

  private final String label;
  private final List<String> prefixes;

  CodeLayer(String label, String... prefixes) {
    this.label = label;
    this.prefixes = List.of(prefixes);
  }

  public String label() {
    return label;
  }

  /** The layer of a class by its binary name (e.g. {@code io.netty.buffer.ByteBuf}). */
  public static CodeLayer of(String className) {
    for (CodeLayer layer : values()) {
      if (layer.prefixes.stream().anyMatch(className::startsWith)) return layer;
    }
    return OTHER;
  }
}
