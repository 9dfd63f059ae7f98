package vn.gov.daklak.platform.audit;

import java.util.List;

/**
 * Append-only: entries are added and read, never changed or removed. There is deliberately no update or delete
 * operation here, in {@link MongoAuditLog} or behind any endpoint.
 */
public interface AuditLog {

    void append(AuditEntry entry);

    List<AuditEntry> find(AuditQuery query);
}
