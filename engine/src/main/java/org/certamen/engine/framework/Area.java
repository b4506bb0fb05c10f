package org.certamen.engine.framework;

/** A domain of the framework that groups competences, such as "Information et données". */
public record Area(String code, String name) {
}
