package com.crmbridge.kpi.bench;

import com.crmbridge.kpi.KpiConfig;
import com.crmbridge.kpi.KpiEngine;
import com.crmbridge.kpi.KpiResults;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine on the data (10,000 managers, 200,000 customers, 1,000,000 deals, 300,000 feedback, targets
 * over 8 quarters) at three scales, in a JVM limited to 512 MB. {@code generateOnly} reads the same streams
 * without the engine, so that the engine's own time is the difference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class KpiEngineBenchmark {
    @Param({"0.25", "0.5", "1.0"})
    public double scale;

    private SyntheticData data = SyntheticData.ofScale(1);
    private final KpiEngine engine = new KpiEngine(KpiConfig.defaults());

    @Setup
    public void setUp() {
        data = SyntheticData.ofScale(scale);
    }

    @Benchmark
    public KpiResults compute() {
        return engine.compute(data, SyntheticData.AS_OF);
    }

    @Benchmark
    public void generateOnly(Blackhole sink) {
        data.managers().forEach(sink::consume);
        data.customers().forEach(sink::consume);
        data.deals().forEach(sink::consume);
        data.feedback().forEach(sink::consume);
        data.targets().forEach(sink::consume);
    }
}
