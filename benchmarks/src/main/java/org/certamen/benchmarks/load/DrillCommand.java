package org.certamen.benchmarks.load; public final class DrillCommand { public static void main(String[] a){} }
