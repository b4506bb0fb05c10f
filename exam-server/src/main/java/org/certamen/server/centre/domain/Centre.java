package org.certamen.server.centre.domain;

/** A school or test centre that plans sessions, as staff created it. */
public record Centre(String id, String name) {
}
