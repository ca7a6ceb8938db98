package org.triagegateway.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalServicesTest {

    static final String FOOD = """
            council: Somewhere
            services:
              - kind: food_support
                name: Somewhere Food Bank
                what: Emergency food parcels.
                website: https://food.example.org/
                source: https://food.example.org/contact
            """;
    static final String NATIONAL = """
            council: national
            services:
              - kind: debt_advice
                name: A debt charity
                what: Free debt advice.
                phone: "0800 000 000"
                website: https://debt.example.org/
                source: https://debt.example.org/
            """;

    @Test
    void aCouncilsOwnServicesComeFirstThenTheNationalOnes(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("somewhere.yaml"), FOOD);
        Files.writeString(folder.resolve("national.yaml"), NATIONAL);

        LocalServices services = LocalServices.load(folder);

        assertThat(services.forCouncil("somewhere")).extracting(LocalService::name)
                .containsExactly("Somewhere Food Bank", "A debt charity");
        assertThat(services.forCouncil("elsewhere")).extracting(LocalService::name).containsExactly("A debt charity");
        assertThat(services.forCouncil(null)).extracting(LocalService::phone).containsExactly("0800 000 000");
    }

    @Test
    void aServiceWithoutAnHttpsSourceIsRefused(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("somewhere.yaml"), FOOD.replace("https://food.example.org/contact", "http://x"));

        assertThatThrownBy(() -> LocalServices.load(folder)).hasMessageContaining("https");
    }

    @Test
    void eachPilotCouncilListsDebtFoodWorkAndHousingHelp() {
        LocalServices services = LocalServices.load(Path.of("rules", "services"));

        for (String council : new String[] {"luton", "central_bedfordshire"}) {
            assertThat(services.forCouncil(council)).as(council).extracting(LocalService::kind)
                    .contains("debt_advice", "food_support", "employment_support", "housing_advice");
        }
    }
}
