package org.roundtable.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What a contact entry said before one correction by its author. */
@Entity
@Table(name = "contact_entry_correction")
class ContactCorrection {

    @Id
    UUID id;

    @Column(name = "entry_id", nullable = false)
    UUID entryId;

    @Column(name = "corrected_at", nullable = false)
    Instant correctedAt;

    @Column(name = "corrected_by", nullable = false)
    String correctedBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    Map<String, Object> before;
}
