package org.certamen.server.operations;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MetricsDomain;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Vert.x instance that measures itself into a Prometheus registry: HTTP server requests by route
 * template, method and status (never by raw path, so no id becomes a label), latencies as
 * histograms, JVM and process metrics. The product's own metrics join the same registry.
 */
public record Monitoring(Vertx vertx, PrometheusMeterRegistry registry) {
  private static final String HTTP_SERVER_RESPONSE_TIME = "vertx.http.server.response.time";
  /** Vert.x keeps registries by name, process-wide: each Vert.x gets a name of its own. */
  private static final AtomicLong REGISTRIES = new AtomicLong();

  /** A new Vert.x with its own registry (each test server gets one of its own). */
  public static Monitoring start(VertxOptions options) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    registry.config().meterFilter(lastRouteOnly()).meterFilter(histograms());
    new FileDescriptorMetrics().bindTo(registry);
    MicrometerMetricsOptions metrics = new MicrometerMetricsOptions()
        .setEnabled(true)
        .setRegistryName("certamen-" + REGISTRIES.incrementAndGet())
        .setJvmMetricsEnabled(true)
        .addDisabledMetricsCategory(MetricsDomain.HTTP_CLIENT)
        .addDisabledMetricsCategory(MetricsDomain.NAMED_POOLS)
        .setLabels(EnumSet.of(Label.HTTP_ROUTE, Label.HTTP_METHOD, Label.HTTP_CODE));
    Vertx vertx = Vertx.builder()
        .with(new VertxOptions(options).setMetricsOptions(metrics))
        .withMetrics(new MicrometerMetricsFactory(registry))
        .build();
    return new Monitoring(vertx, registry);
  }

  /**
   * Vert.x labels a request with every route it went through ({@code /api/>/api/me/exam}, the
   * body limit's route first): keep the last, the one that served it.
   */
  private static MeterFilter lastRouteOnly() {
    return MeterFilter.replaceTagValues("route", routes -> routes.substring(routes.lastIndexOf('>') + 1));
  }

  /** Latencies as Prometheus histograms, so that percentiles can be aggregated across servers. */
  private static MeterFilter histograms() {
    return new MeterFilter() {
      @Override
      public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
        boolean latency = id.getName().equals(HTTP_SERVER_RESPONSE_TIME)
            || id.getName().equals(ProductMetrics.STORE_COMMAND_TIME);
        return latency
            ? DistributionStatisticConfig.builder().percentilesHistogram(true).build().merge(config)
            : config;
      }
    };
  }
}
