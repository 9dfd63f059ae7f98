package vn.gov.daklak.feedback.transparency;

import java.util.List;
import java.util.function.Function;

/** One page of a public listing; {@code page} counts from 0. */
public record PublicPage<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public PublicPage(List<T> items, int page, int size, long totalItems) {
        this(items, page, size, totalItems, (totalItems + size - 1) / size);
    }

    public <R> PublicPage<R> map(Function<T, R> mapping) {
        return new PublicPage<>(items.stream().map(mapping).toList(), page, size, totalItems, totalPages);
    }
}
