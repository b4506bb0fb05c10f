package org.certamen.server;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.io.IOException;
import java.time.Clock;
import java.time.zone.ZoneRulesProvider;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.certamen.engine.TestDesign;
import org.certamen.engine.bank.BankCapacity;
import org.certamen.engine.bank.BankReader;
import org.certamen.engine.bank.InvalidBankException;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.framework.CompetenceFramework;
import org.certamen.server.operations.Logging;
import org.certamen.server.operations.Monitoring;
import org.certamen.server.http.PublicUrl;
import org.certamen.server.shared.StoreUnavailableException;
import org.certamen.server.storage.Store;
import org.certamen.server.storage.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.ParameterException;
import sun.misc.Signal;

/** Starts the exam server: {@code java -jar exam-server.jar [options]} (see {@link ServerCommand}). */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);
  private static final int BAD_OPTIONS = 2;

  private Main() {
  }

  public static void main(String[] args) {
    // Before any log line: see loadTimeZoneRules.
    loadTimeZoneRules();
    ServerCommand command;
    try {
      command = ServerCommand.parse(List.of(args), System.getenv());
    } catch (ParameterException e) {
      System.err.println(e.getMessage());
      e.getCommandLine().usage(System.err);
      System.exit(BAD_OPTIONS);
      return;
    }
    if (command.helpRequested()) {
      command.usage(System.out);
      return;
    }
    ServerConfig config = command.config();
    TestDesign design;
    try {
      design = TestDesign.named(config.design(), bank(config));
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println(e.getMessage());
      System.exit(BAD_OPTIONS);
      return;
    }
    Optional<String> shortBank = shortBankRefusal(design, command.allowShortBank());
    if (shortBank.isPresent()) {
      System.err.println(shortBank.get());
      System.exit(BAD_OPTIONS);
      return;
    }
    Logging.configure(config.operations().logFormat());
    boolean json = config.operations().logFormat().equals("json");
    // Vert.x runs as many event loops as serve requests, and Lettuce shares them (Stores.open): no
    // idle loops, and Redis's replies read on the loops that wait for them.
    Monitoring monitoring = Monitoring.start(
        new VertxOptions().setEventLoopPoolSize(config.eventLoops()));
    Vertx vertx = monitoring.vertx();
    Clock clock = Clock.systemUTC();
    Store store;
    try {
      store = Stores.open(config.store(), vertx, clock);
    } catch (IllegalArgumentException | StoreUnavailableException e) {
      System.err.println(e.getMessage());
      vertx.close();
      System.exit(BAD_OPTIONS);
      return;
    }
    List<ExamServerVerticle> serving = new CopyOnWriteArrayList<>();
    GracefulShutdown shutdown = new GracefulShutdown(vertx, () -> List.copyOf(serving), store);
    for (String signal : List.of("TERM", "INT")) {
      Signal.handle(new Signal(signal), received -> System.exit(shutdown.run()));
    }
    ExamServerVerticle.deploy(monitoring, config, design, store, clock).onSuccess(instances -> {
      serving.addAll(instances);
      ExamServerVerticle first = instances.get(0);
      LOG.info(String.format("File descriptors: limit %d; connections held at most %d overall and %s"
          + " per client address", FileDescriptors.limit(), first.connections().maxConnections(),
          first.connections().maxPerAddress() == 0 ? "any number"
              : Integer.toString(first.connections().maxPerAddress())));
      String url = "http://localhost:" + first.port();
      if (json) {
        // A log holds no secret: the staff token and the demo's passwords stay out of it.
        if (config.staffTokenGenerated()) {
          LOG.warn("No staff token set: staff routes refuse every request until {} is set",
              ServerConfig.STAFF_TOKEN_VARIABLE);
        }
        if (first.demo() != null) {
          LOG.warn("The demo's codes and passwords are printed in the console log format only");
        }
        LOG.info("Listening on {}", url);
        return;
      }
      if (config.staffTokenGenerated()) {
        System.out.println("Staff token (set " + ServerConfig.STAFF_TOKEN_VARIABLE
            + " to choose it): " + config.staffToken());
      }
      if (first.demo() != null) {
        System.out.print(first.demo().describe(PublicUrl.of(config.publicUrl()).orElse(url)));
      }
      System.out.println("Listening on " + url);
    }).onFailure(failure -> {
      System.err.println("The server could not start: " + failure.getMessage());
      store.close().eventually(vertx::close).onComplete(done -> System.exit(1));
    });
  }

  /**
   * Loads the time-zone rules now. The log formatter reads them at its first line, opening a file;
   * when that first line reported running out of file descriptors, the load failed, the JDK's
   * zone-rules class stayed broken, and the error killed the thread that accepts connections.
   */
  private static void loadTimeZoneRules() {
    ZoneRulesProvider.getAvailableZoneIds();
  }

  /**
   * Why the server must not start on the design's bank: the {@code validate} message when the bank
   * cannot serve whole tests to both pools, unless {@code --allow-short-bank} was given. A test
   * that still runs out of questions ends as {@code ENDED_TECHNICAL}.
   */
  static Optional<String> shortBankRefusal(TestDesign design, boolean allowShortBank) {
    List<BankCapacity.Shortfall> shortfalls = BankCapacity.check(design.bank(), design.length());
    if (shortfalls.isEmpty() || allowShortBank) {
      return Optional.empty();
    }
    return Optional.of("The server does not start: " + BankCapacity.describe(shortfalls,
        design.length()) + System.lineSeparator()
        + "Give --allow-short-bank to start anyway for trials.");
  }

  private static ItemBank bank(ServerConfig config) {
    if (config.bank() == null) {
      return BankReader.demoBank();
    }
    try {
      return new BankReader(CompetenceFramework.crcn()).read(config.bank());
    } catch (IOException e) {
      throw new IllegalArgumentException("Option --bank: cannot read " + config.bank() + ": " + e.getMessage());
    } catch (InvalidBankException e) {
      throw new IllegalArgumentException("Option --bank: " + config.bank() + ": " + e.getMessage());
    }
  }
}
