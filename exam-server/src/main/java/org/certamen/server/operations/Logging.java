package org.certamen.server.operations;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Sends every log of the process through SLF4J to Logback in the chosen format: {@code console}
 * ({@code logback.xml}, human lines on standard error) or {@code json} ({@code logback-json.xml},
 * one JSON object a line on standard output, with the access log). Vert.x, Netty and Lettuce log
 * through SLF4J; PDFBox and the JDK through java.util.logging, bridged here.
 */
public final class Logging {
  private Logging() {
  }

  /** Call first thing, before any logger is used. */
  public static void configure(String format) {
    System.setProperty("vertx.logger-delegate-factory-class-name",
        "io.vertx.core.logging.SLF4JLogDelegateFactory");
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    String resource = format.equals("json") ? "/logback-json.xml" : "/logback.xml";
    URL configuration = Logging.class.getResource(resource);
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    try {
      configurator.doConfigure(configuration);
    } catch (JoranException e) {
      throw new IllegalStateException("Cannot configure logging from " + resource, e);
    }
  }
}
