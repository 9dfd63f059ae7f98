package vn.gov.daklak.identity.audit;

import java.util.List;

/** Append-only: entries are added and read, never changed or removed by the service. */
public interface AuditLog {

    void append(AuditEntry entry);

    /** Newest first; null filters match everything. */
    List<AuditEntry> find(String actor, String action, int limit);
}
