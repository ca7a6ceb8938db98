package org.triagegateway.rules;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Children born on the same day are counted as one birth: twins, triplets (for the Sure Start Maternity Grant). */
public final class MultipleBirths {

    private MultipleBirths() {
    }

    /** The most children among {@code datesOfBirth} born on one day; 0 for none. */
    public static long largest(Collection<?> datesOfBirth) {
        Map<Object, Long> byDay = datesOfBirth.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return byDay.values().stream().mapToLong(Long::longValue).max().orElse(0L);
    }
}
