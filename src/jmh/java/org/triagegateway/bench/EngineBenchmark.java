package org.triagegateway.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.triagegateway.household.Household;
import org.triagegateway.rules.Evaluation;
import org.triagegateway.rules.RuleBase;
import org.triagegateway.rules.RulesEngine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/**
 * The rule engine, warm: one evaluation of a typical and of a large household.
 * Run: ./mvnw -Pbench verify (see BENCHMARKS.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class EngineBenchmark {

    /** A couple with two children, one working, renting privately. */
    static final String TYPICAL = """
            {"people": [
              {"id": "claimant", "role": "CLAIMANT", "dateOfBirth": "1988-03-02",
               "earnings": [{"kind": "EMPLOYED", "frequency": "MONTHLY", "gross": 1700.00, "takeHome": 1450.00}]},
              {"id": "partner", "role": "PARTNER", "dateOfBirth": "1990-07-19"},
              {"id": "child1", "role": "CHILD", "dateOfBirth": "2015-09-01"},
              {"id": "child2", "role": "CHILD", "dateOfBirth": "2019-01-23"}],
             "housing": {"tenure": "PRIVATE_RENT", "rent": 850.00, "rentFrequency": "MONTHLY", "rentalArea": "ashford",
                         "council": "Ashford", "councilTax": 1850.00},
             "capital": [{"type": "SAVINGS", "amount": 2100.00}]}
            """;

    /** A couple with six children (two disabled), LCWRA, caring, several incomes and capital. */
    static final String LARGE = """
            {"people": [
              {"id": "claimant", "role": "CLAIMANT", "dateOfBirth": "1984-11-30",
               "disability": {"workCapability": "LCWRA", "workCapabilitySince": "2024-02-01"},
               "otherIncome": [{"type": "NEW_STYLE_ESA", "frequency": "FORTNIGHTLY", "amount": 181.20},
                               {"type": "PRIVATE_PENSION", "frequency": "MONTHLY", "amount": 120.00}]},
              {"id": "partner", "role": "PARTNER", "dateOfBirth": "1986-04-12", "caresForDisabledPerson": true,
               "earnings": [{"kind": "EMPLOYED", "frequency": "WEEKLY", "gross": 180.00, "takeHome": 160.00},
                            {"kind": "SELF_EMPLOYED", "frequency": "MONTHLY", "gross": 250.00, "takeHome": 210.00}],
               "otherIncome": [{"type": "CARERS_ALLOWANCE", "frequency": "WEEKLY", "amount": 83.30}]},
              {"id": "child1", "role": "CHILD", "dateOfBirth": "2008-05-05", "inEducation": true},
              {"id": "child2", "role": "CHILD", "dateOfBirth": "2012-02-14",
               "disability": {"benefit": "DLA_CARE_HIGHEST"}},
              {"id": "child3", "role": "CHILD", "dateOfBirth": "2016-10-10"},
              {"id": "child4", "role": "CHILD", "dateOfBirth": "2018-06-01", "exceptionToTwoChildLimit": true,
               "disability": {"benefit": "DLA_CARE_LOWEST"}},
              {"id": "child5", "role": "CHILD", "dateOfBirth": "2018-06-01", "exceptionToTwoChildLimit": true},
              {"id": "child6", "role": "CHILD", "dateOfBirth": "2021-12-24", "exceptionToTwoChildLimit": false},
              {"id": "grandma", "role": "OTHER_ADULT", "dateOfBirth": "1955-01-01"}],
             "housing": {"tenure": "SOCIAL_RENT", "rent": 160.00, "rentFrequency": "WEEKLY", "bedrooms": 5,
                         "council": "Central Bedfordshire", "councilTax": 2400.00},
             "childcare": {"cost": 320.00, "frequency": "MONTHLY"},
             "capital": [{"type": "SAVINGS", "amount": 7400.00}, {"type": "INVESTMENTS", "amount": 1250.00}]}
            """;

    RulesEngine engine;
    Household typical;
    Household large;
    LocalDate date;

    @Setup
    public void setUp() throws IOException {
        engine = new RulesEngine(RuleBase.load(Path.of(System.getProperty("triage.rules.path", "rules"))));
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        typical = json.readValue(TYPICAL, Household.class);
        large = json.readValue(LARGE, Household.class);
        date = LocalDate.of(2026, 1, 15);
    }

    @Benchmark
    public Evaluation typicalHousehold() {
        return engine.evaluate(typical, date);
    }

    @Benchmark
    public Evaluation largeHousehold() {
        return engine.evaluate(large, date);
    }

    /** Evaluations per second with both cores busy: the engine shares nothing between calls. */
    @Benchmark
    @Threads(2)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Evaluation typicalHouseholdTwoThreads() {
        return engine.evaluate(typical, date);
    }
}
