/**
 * JMH benchmarks of the KPI engine on synthetic data, compiled and run only by the {@code bench} profile
 * ({@code mvn -B -pl core -Pbench verify}); the normal build excludes this package.
 */
@NullMarked
package com.crmbridge.kpi.bench;

import org.jspecify.annotations.NullMarked;
