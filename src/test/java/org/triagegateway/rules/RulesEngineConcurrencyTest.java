package org.triagegateway.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.triagegateway.household.Household;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine is a pure function: the same answer on any thread, whatever else runs at the same time. */
class RulesEngineConcurrencyTest {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void manyThreadsGetTheSameAnswersAsOneThread() throws Exception {
        RulesEngine engine = new RulesEngine(RuleBase.load(Path.of("rules")));
        List<Household> households = List.of(
                household("{\"people\": [{\"id\": \"c\", \"role\": \"CLAIMANT\", \"dateOfBirth\": \"2003-01-01\"}]}"),
                household("""
                        {"people": [{"id": "c", "role": "CLAIMANT", "dateOfBirth": "1985-01-01",
                                     "earnings": [{"kind": "EMPLOYED", "frequency": "WEEKLY", "takeHome": 250.00}]},
                                    {"id": "k1", "role": "CHILD", "dateOfBirth": "2014-01-01"},
                                    {"id": "k2", "role": "CHILD", "dateOfBirth": "2018-01-01"},
                                    {"id": "k3", "role": "CHILD", "dateOfBirth": "2020-01-01", "exceptionToTwoChildLimit": false}],
                         "housing": {"tenure": "PRIVATE_RENT", "rent": 700.00, "rentFrequency": "MONTHLY"}}"""),
                household("""
                        {"people": [{"id": "c", "role": "CLAIMANT", "dateOfBirth": "1970-01-01",
                                     "disability": {"workCapability": "LCWRA", "workCapabilitySince": "2023-05-01"}},
                                    {"id": "p", "role": "PARTNER", "dateOfBirth": "1972-01-01", "caresForDisabledPerson": true}],
                         "capital": [{"type": "SAVINGS", "amount": 9000.00}]}"""));
        List<LocalDate> dates = List.of(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 6));

        List<Evaluation> expected = new ArrayList<>();
        for (LocalDate date : dates) {
            for (Household household : households) {
                expected.add(engine.evaluate(household, date));
            }
        }

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int run = 0; run < 400; run++) {
                int index = run % expected.size();
                runs.add(pool.submit(() -> engine.evaluate(households.get(index % households.size()),
                        dates.get(index / households.size())).equals(expected.get(index))));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Household household(String json) throws Exception {
        return JSON.readValue(json, Household.class);
    }
}
