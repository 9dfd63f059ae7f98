package vn.gov.daklak.platform.test.mongo;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A read without a key that the stand-in may serve while services in other processes handle reports, and why: the
 * collection ({@code "database.collection"}, or {@code "*.collection"} in every database) and the filter's top-level
 * fields. Where the sending code is known, name it with {@link KeyedAccessExemption} instead.
 */
public record StandInExemption(String namespace, Set<String> fields, String reason) {

    public StandInExemption {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An exemption needs its reason: " + namespace + " " + fields);
        }
        fields = Set.copyOf(fields);
    }

    /** {@code fields}: the filter's top-level fields, comma-separated ({@code ""} for a read of everything). */
    public static StandInExemption of(String namespace, String fields, String reason) {
        return new StandInExemption(namespace, Arrays.stream(fields.split(",")).map(String::strip)
                .filter(f -> !f.isEmpty()).collect(Collectors.toSet()), reason);
    }

    boolean covers(String database, String collection, Set<String> filterFields) {
        boolean sameCollection = namespace.equals(database + "." + collection)
                || namespace.equals("*." + collection);
        return sameCollection && fields.equals(filterFields);
    }
}
