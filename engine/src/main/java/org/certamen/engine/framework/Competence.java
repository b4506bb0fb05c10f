package org.certamen.engine.framework;

/** One competence of the framework, such as 1.1 "Mener une recherche et une veille d'information". */
public record Competence(String code, String name, Area area) {
}
