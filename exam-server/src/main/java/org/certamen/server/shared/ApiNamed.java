package org.certamen.server.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An enum's constant as the API writes it: its name in lower case. */
public interface ApiNamed {
  /** The constant's name, as {@link Enum#name()} gives it. */
  String name();

  default String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The constant of that API name among {@code values}, or empty for any other text. */
  static <E extends ApiNamed> Optional<E> fromApiName(E[] values, String text) {
    return Arrays.stream(values).filter(value -> value.apiName().equals(text)).findFirst();
  }
}
