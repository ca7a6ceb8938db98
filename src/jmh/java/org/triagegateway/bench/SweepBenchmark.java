package org.triagegateway.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.triagegateway.betteroff.BetterOff;
import org.triagegateway.betteroff.EarningsSweep;
import org.triagegateway.betteroff.SweepRequest;
import org.triagegateway.household.Household;
import org.triagegateway.rules.RuleBase;
import org.triagegateway.rules.RulesEngine;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/**
 * The better-off sweep, warm: 400 points of one adult's monthly pay, each a full assessment.
 * Run: ./mvnw -Pbench verify (see BENCHMARKS.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SweepBenchmark {

    /** From no pay to £3,990 a month in £10 steps: 400 points. */
    static final SweepRequest FOUR_HUNDRED_POINTS = new SweepRequest("claimant", null, null, null, null,
            BigDecimal.ZERO, new BigDecimal("3990.00"), new BigDecimal("10.00"), new BigDecimal("35"));

    EarningsSweep sweeps;
    Household typical;
    Household large;
    LocalDate date;

    @Setup
    public void setUp() throws IOException {
        sweeps = new EarningsSweep(new RulesEngine(RuleBase.load(Path.of(System.getProperty("triage.rules.path", "rules")))));
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        typical = json.readValue(EngineBenchmark.TYPICAL, Household.class);
        large = json.readValue(EngineBenchmark.LARGE, Household.class);
        date = LocalDate.of(2026, 1, 15);
    }

    @Benchmark
    public BetterOff typicalHousehold400Points() {
        return sweeps.sweep(typical, FOUR_HUNDRED_POINTS, date);
    }

    @Benchmark
    public BetterOff largeHousehold400Points() {
        return sweeps.sweep(large, FOUR_HUNDRED_POINTS, date);
    }
}
