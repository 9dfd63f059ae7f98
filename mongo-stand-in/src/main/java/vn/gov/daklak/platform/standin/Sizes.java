package vn.gov.daklak.platform.standin;

import java.util.Collection;
import java.util.Map;

/** Rough heap sizes of BSON values, for H2's page and cache accounting (it only needs the order of magnitude). */
final class Sizes {

    private Sizes() {
    }

    static int of(Map<String, ?> document) {
        int memory = 48;
        for (Map.Entry<String, ?> entry : document.entrySet()) {
            memory += 32 + 2 * entry.getKey().length() + ofValue(entry.getValue());
        }
        return memory;
    }

    @SuppressWarnings("unchecked")
    static int ofValue(Object value) {
        if (value instanceof String text) {
            return 40 + 2 * text.length();
        }
        if (value instanceof Map<?, ?> map) {
            return of((Map<String, ?>) map);
        }
        if (value instanceof Collection<?> values) {
            int memory = 40;
            for (Object element : values) {
                memory += 8 + ofValue(element);
            }
            return memory;
        }
        return 24;
    }
}
