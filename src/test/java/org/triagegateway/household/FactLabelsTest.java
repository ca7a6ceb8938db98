package org.triagegateway.household;

import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every value and choice of the household record has a name on the staff pages. */
class FactLabelsTest {

    @Test
    void everyValueAndChoiceHasAName() {
        List<String> missing = new ArrayList<>();
        walk(Household.class, new HashSet<>(), missing);
        assertThat(missing).isEmpty();
    }

    @Test
    void sectionsSayWhoAValueIsAbout() throws Exception {
        Household household = new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules().readValue("""
                {"people": [{"id": "a", "role": "CLAIMANT", "name": "Ann", "dateOfBirth": "1990-01-01"},
                            {"id": "c1", "role": "CHILD", "dateOfBirth": "2019-01-01"},
                            {"id": "c2", "role": "CHILD", "dateOfBirth": "2020-01-01"}]}""", Household.class);
        assertThat(FactLabels.section(FactPath.parse("people[0].earnings[1].gross").orElseThrow(), household))
                .isEqualTo("Claimant (Ann), job 2");
        assertThat(FactLabels.section(FactPath.parse("people[2].sex").orElseThrow(), household)).isEqualTo("Child 2");
        assertThat(FactLabels.section(FactPath.parse("housing.rent").orElseThrow(), household)).isEqualTo("Home");
        assertThat(FactLabels.section(FactPath.parse("capital[0].amount").orElseThrow(), household)).isEqualTo("Capital 1");
        assertThat(FactLabels.label(FactPath.parse("housing.rent").orElseThrow())).isEqualTo("Rent");
    }

    private static void walk(Class<?> type, Set<Class<?>> seen, List<String> missing) {
        if (!seen.add(type)) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            Class<?> value = c.getType() == List.class
                    ? (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0] : c.getType();
            if (value.isRecord()) {
                walk(value, seen, missing);
                continue;
            }
            if (type != Household.class && !(c.getName().equals("id") || c.getName().equals("role"))
                    && !FactLabels.has(type.getSimpleName() + "." + c.getName())) {
                missing.add(type.getSimpleName() + "." + c.getName());
            }
            if (value.isEnum()) {
                for (Object constant : value.getEnumConstants()) {
                    String label = FactLabels.choice((Enum<?>) constant);
                    String owner = value.getName().substring(value.getName().lastIndexOf('.') + 1).replace('$', '.');
                    if (!FactLabels.has(owner + "." + ((Enum<?>) constant).name())) {
                        missing.add(owner + "." + constant + " (" + label + ")");
                    }
                }
            }
        }
    }
}
