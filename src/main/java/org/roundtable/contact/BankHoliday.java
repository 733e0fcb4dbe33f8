package org.roundtable.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A bank holiday in England and Wales: not a working day. */
@Entity
@Table(name = "bank_holiday")
class BankHoliday {

    @Id
    LocalDate day;

    @Column(nullable = false)
    String name;

    @Column(name = "added_by", nullable = false)
    String addedBy;

    @Column(name = "added_at", nullable = false)
    Instant addedAt;
}
