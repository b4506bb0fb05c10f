package org.certamen.benchmarks;

import org.certamen.engine.TestDesign;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/** Each design over synthetic banks of each size: the params and the bank every trial loads. */
public abstract class DesignBenchmark extends BenchmarkSettings {
  @Param({"500", "1000", "5000"})
  int items;

  @Param({TestDesign.CERTAMEN, TestDesign.PIX_V3})
  String design;

  TestDesign testDesign;

  @Setup(Level.Trial)
  public void loadBank() {
    testDesign = TestDesign.named(design, Banks.synthetic(items));
  }
}
