package org.roundtable.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** A record an audit event is about besides its own: a row a list returned, the case a meeting's notes concern. */
@Embeddable
public class AuditSubject {

    @Column(name = "record_type", nullable = false)
    public String recordType;

    @Column(name = "record_id", nullable = false)
    public String recordId;

    protected AuditSubject() {
    }

    public AuditSubject(String recordType, String recordId) {
        this.recordType = Objects.requireNonNull(recordType);
        this.recordId = Objects.requireNonNull(recordId);
    }

    public static AuditSubject of(String recordType, Object recordId) {
        return new AuditSubject(recordType, String.valueOf(recordId));
    }

    /** One subject for each id, all of one record type. */
    public static List<AuditSubject> all(String recordType, Collection<?> ids) {
        return ids.stream().filter(Objects::nonNull).map(id -> of(recordType, id)).distinct().toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditSubject s && s.recordType.equals(recordType) && s.recordId.equals(recordId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recordType, recordId);
    }

    @Override
    public String toString() {
        return recordType + ":" + recordId;
    }
}
