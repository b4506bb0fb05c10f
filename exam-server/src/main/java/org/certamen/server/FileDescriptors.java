package org.certamen.server;

import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * The process's file descriptors as the JVM sees them. Every connection holds one, so the limit
 * bounds the connections a server can hold; the JVM raises its soft limit to the hard one at start
 * ({@code -XX:+MaxFDLimit}, on by default), so this is the limit the server really runs with.
 */
final class FileDescriptors {
  private FileDescriptors() {
  }

  /** The most descriptors the process may open, or {@link Long#MAX_VALUE} where unknown. */
  static long limit() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof UnixOperatingSystemMXBean unix ? unix.getMaxFileDescriptorCount()
        : Long.MAX_VALUE;
  }
}
