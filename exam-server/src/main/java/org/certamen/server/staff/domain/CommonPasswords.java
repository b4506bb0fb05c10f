package org.certamen.server.staff.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Passwords too common to protect a staff account, from the resource
 * {@code staff/common-passwords.txt} (one a line; its header says where it comes from).
 */
public final class CommonPasswords {
  private static final String RESOURCE = "/staff/common-passwords.txt";
  private final Set<String> passwords;

  private CommonPasswords(Set<String> passwords) {
    this.passwords = passwords;
  }

  public static CommonPasswords load() {
    try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new CommonPasswords(reader.lines().map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the password is on the list, whatever its letter case. */
  public boolean contains(String password) {
    return passwords.contains(password.strip().toLowerCase(Locale.ROOT));
  }
}
