package vn.gov.daklak.platform.standin;

import java.util.Set;

/**
 * Told of every read of a stand-in collection that found its documents by no key (a full scan): the server's own
 * view, for tests whose services run in other processes. {@code fields} are the filter's top-level fields and
 * {@code filter} the whole query as text (both empty for a read of everything, as an aggregate without a keyed
 * {@code $match} makes).
 */
@FunctionalInterface
public interface UnkeyedReadListener {

    void unkeyed(String database, String collection, Set<String> fields, String filter);
}
