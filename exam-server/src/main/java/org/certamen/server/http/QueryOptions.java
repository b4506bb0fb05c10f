package org.certamen.server.http;

import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.certamen.server.shared.DomainException;

/** Query parameters that name one constant of an enum, written in kebab-case. */
public final class QueryOptions {
  private QueryOptions() {
  }

  /**
   * The constant the parameter names ({@code valid-lines} for {@code VALID_LINES}), or
   * {@code absent} when the parameter is missing; fails with {@code INVALID_PARAMETER} listing the
   * accepted values, also when it is missing and {@code absent} is null.
   */
  public static <E extends Enum<E>> E option(RoutingContext ctx, String name, Class<E> type,
      E absent) {
    String value = ctx.queryParams().get(name);
    if (value == null && absent != null) {
      return absent;
    }
    for (E constant : type.getEnumConstants()) {
      if (apiName(constant).equals(value)) {
        return constant;
      }
    }
    List<String> known = Arrays.stream(type.getEnumConstants()).map(QueryOptions::apiName).toList();
    throw DomainException.invalid("INVALID_PARAMETER",
        "Query parameter '" + name + "' must be one of " + String.join(", ", known));
  }

  /** How the API writes the constant: lower case, {@code _} as {@code -}. */
  public static String apiName(Enum<?> constant) {
    return constant.name().replace('_', '-').toLowerCase(Locale.ROOT);
  }
}
