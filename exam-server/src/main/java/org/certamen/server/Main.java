package org.certamen.server;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.time.Clock;
import java.time.zone.ZoneRulesProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import org.certamen.engine.TestDesign;
import org.certamen.engine.bank.BankCapacity;
import org.certamen.engine.bank.BankReader;
import org.certamen.engine.bank.InvalidBankException;
import org.certamen.engine.bank.ItemBank;
import org.certamen.engine.framework.CompetenceFramework;
import org.certamen.server.http.PublicUrl;
import org.certamen.server.shared.StoreUnavailableException;
import org.certamen.server.storage.Store;
import org.certamen.server.storage.Stores;
import sun.misc.Signal;

/** Starts the exam server: {@code java -jar exam-server.jar [options]} (see {@link ServerConfig#USAGE}). */
public final class Main {
  private static final int BAD_OPTIONS = 2;
  private static final Logger LOG = Logger.getLogger(Main.class.getName());
  /** Starts on a bank that cannot serve whole tests, for trials: {@link #shortBankRefusal}. */
  static final String ALLOW_SHORT_BANK = "--allow-short-bank";

  private Main() {
  }

  public static void main(String[] args) {
    if (List.of(args).contains("--help")) {
      System.out.println(ServerConfig.USAGE);
      System.out.println("  " + ALLOW_SHORT_BANK
          + "                start even on a bank that cannot serve whole tests (trials only)");
      return;
    }
    List<String> options = new ArrayList<>(List.of(args));
    boolean allowShortBank = options.remove(ALLOW_SHORT_BANK);
    ServerConfig config;
    TestDesign design;
    try {
      config = ServerConfig.parse(options, System.getenv());
      design = TestDesign.named(config.design(), bank(config));
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println(e.getMessage());
      System.err.println(ServerConfig.USAGE);
      System.exit(BAD_OPTIONS);
      return;
    }
    Optional<String> shortBank = shortBankRefusal(design, allowShortBank);
    if (shortBank.isPresent()) {
      System.err.println(shortBank.get());
      System.exit(BAD_OPTIONS);
      return;
    }
    loadTimeZoneRules();
    Vertx vertx = Vertx.vertx();
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
    ExamServerVerticle.deploy(vertx, config, design, store, clock).onSuccess(instances -> {
      serving.addAll(instances);
      ExamServerVerticle first = instances.get(0);
      LOG.info(String.format("File descriptors: limit %d; connections held at most %d overall and %s"
          + " per client address", FileDescriptors.limit(), first.connections().maxConnections(),
          first.connections().maxPerAddress() == 0 ? "any number"
              : Integer.toString(first.connections().maxPerAddress())));
      String url = "http://localhost:" + first.port();
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
   * cannot serve whole tests to both pools, unless {@value #ALLOW_SHORT_BANK} was given. A test
   * that still runs out of questions ends as {@code ENDED_TECHNICAL}.
   */
  static Optional<String> shortBankRefusal(TestDesign design, boolean allowShortBank) {
    List<BankCapacity.Shortfall> shortfalls = BankCapacity.check(design.bank(), design.length());
    if (shortfalls.isEmpty() || allowShortBank) {
      return Optional.empty();
    }
    return Optional.of("The server does not start: " + BankCapacity.describe(shortfalls,
        design.length()) + System.lineSeparator() + "Give " + ALLOW_SHORT_BANK
        + " to start anyway for trials.");
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
