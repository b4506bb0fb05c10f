package org.certamen.engine.cli;

public final class EngineCommand {
  public static void main(String[] args) {
  }
}
