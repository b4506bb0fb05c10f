package org.certamen.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In place of {@code @Test}: runs the test once on each of {@link TestStores#all()} (plus a Redis Cluster
 * with {@code withCluster}), the store named in the test's display name, and sets the test's
 * {@code TestStores.Factory} field before any {@code @BeforeEach}. One method per test rather than a
 * parameterised class, so that Maven's surefire counts every run under the class itself (a
 * {@code @ParameterizedClass} adds a {@code Tests run: 0} line and a report with {@code tests="0"}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(StoreInvocations.class)
public @interface EveryStore {
  /** Also on a Redis Cluster of three masters, for the tests that must run there too. */
  boolean withCluster() default false;
}
