package org.triagegateway.audit;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditEntries extends GenericRepository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    /** Entries are chained one at a time: this lock, held to the end of the transaction, queues writers. */
    @Query("SELECT 1 FROM pg_advisory_xact_lock(7457727)")
    int lockChain();

    Optional<AuditEntry> findFirstOrderBySeqDesc();

    @Query("SELECT EXISTS (SELECT 1 FROM audit_entry WHERE sealed)")
    boolean anySealed();

    /** The newest entry and the number of entries, seen at one moment (one statement, one snapshot). */
    @Query("SELECT e.seq, e.hash, (SELECT count(*) FROM audit_entry) AS entries FROM audit_entry e ORDER BY e.seq DESC LIMIT 1")
    Optional<Head> head();

    /** A page of the chain in order, for checking it without holding it all in memory. */
    @Query("SELECT * FROM audit_entry WHERE seq > :after ORDER BY seq LIMIT :size")
    List<AuditEntry> findAfter(long after, int size);

    @Query("SELECT * FROM audit_entry ORDER BY seq DESC LIMIT :size")
    List<AuditEntry> findLatest(int size);

    @Query("SELECT * FROM audit_entry WHERE record_type = :recordType AND record_id = :recordId ORDER BY seq DESC LIMIT :size")
    List<AuditEntry> findForRecord(String recordType, String recordId, int size);

    @Introspected
    record Head(long seq, String hash, long entries) {
    }
}
