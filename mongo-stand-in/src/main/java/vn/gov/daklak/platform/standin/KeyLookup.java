package vn.gov.daklak.platform.standin;

import java.util.List;
import java.util.Optional;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;

/**
 * Where the documents a filter can match are, when the filter pins {@code _id} or every key of a unique index.
 * mongo-java-server itself uses an index only when the filter has exactly the index's keys, so {@code {_id: x,
 * version: 3}} would scan the collection; here the key part finds the candidates and the caller matches the whole
 * filter on them.
 */
final class KeyLookup {

    private KeyLookup() {
    }

    static <P> Optional<Iterable<P>> positions(List<Index<P>> indexes, Document filter, Document orderBy) {
        if (filter == null || filter.isEmpty() || isNaturalOrder(orderBy)) {
            return Optional.empty();
        }
        KeyEqualities equalities = KeyEqualities.of(filter);
        if (equalities.isEmpty()) {
            return Optional.empty();
        }
        for (Index<P> index : indexes) {
            if (!index.isUnique()) {
                continue;
            }
            Document keyFilter = equalities.filterOn(index.getKeys().stream().map(IndexKey::getKey).toList());
            if (keyFilter != null && index.canHandle(keyFilter)) {
                return Optional.of(index.getPositions(keyFilter));
            }
        }
        return Optional.empty();
    }

    /** {@code $natural} order is the storage order: leave it to the full scan, which keeps it. */
    private static boolean isNaturalOrder(Document orderBy) {
        return orderBy != null && orderBy.containsKey("$natural");
    }
}
