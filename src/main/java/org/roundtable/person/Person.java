package org.roundtable.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A victim, alleged perpetrator or child. Linked to referrals of any conference kind. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    public UUID id;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    public String aliases;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(name = "approximate_age")
    public Integer approximateAge;

    public String sex;

    @Column(name = "gender_identity")
    public String genderIdentity;

    public String ethnicity;

    public String disability;

    @Column(name = "sexual_orientation")
    public String sexualOrientation;

    @Column(name = "first_language")
    public String firstLanguage;

    @Column(name = "interpreter_needed", nullable = false)
    public boolean interpreterNeeded;

    public String address;

    public String town;

    public String postcode;

    @Column(name = "safe_phone")
    public String safePhone;

    @Column(name = "safe_email")
    public String safeEmail;

    @Column(name = "safe_contact_notes")
    public String safeContactNotes;

    /** Null when the referrer did not say. */
    @Column(name = "safe_to_leave_message")
    public Boolean safeToLeaveMessage;

    /** The name reduced for exact matching: see {@link Names#matchKey}. */
    @Column(name = "match_name", nullable = false)
    public String matchName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by_agency")
    public String createdByAgency;

    @Version
    public long version;

    /** Set when a coordinator merged this record into another; cleared when the merge is undone. */
    @jakarta.persistence.Column(name = "merged_into")
    public java.util.UUID mergedInto;
}
