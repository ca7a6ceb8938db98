package org.triagegateway.sharing;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.core.annotation.Nullable;
import org.triagegateway.household.FactPath;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One value that changed between what an agency was sent and what it is sent now.
 *
 * @param value the value's path in the household record, such as "people[0].earnings[0].gross"
 * @param before as it was sent, or null if it was not given
 * @param after as it is now, or null if it is no longer given
 */
public record Change(String value, @Nullable JsonNode before, @Nullable JsonNode after) {

    /** Every value that differs between two versions of the same household's shared values. */
    public static List<Change> between(JsonNode before, JsonNode after) {
        Set<FactPath> paths = new LinkedHashSet<>(FactPath.valuesOf(before));
        paths.addAll(FactPath.valuesOf(after));
        List<Change> changes = new ArrayList<>();
        for (FactPath path : paths) {
            Optional<JsonNode> was = path.read(before);
            Optional<JsonNode> is = path.read(after);
            if (!Objects.equals(was.map(Change::comparable), is.map(Change::comparable))) {
                changes.add(new Change(path.toString(), was.orElse(null), is.orElse(null)));
            }
        }
        return changes;
    }

    /** 500 and 500.00 are the same amount. */
    private static Object comparable(JsonNode node) {
        return node.isNumber() ? node.decimalValue().stripTrailingZeros() : node;
    }
}
