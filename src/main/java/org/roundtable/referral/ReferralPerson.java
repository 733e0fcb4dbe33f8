package org.roundtable.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A person's part in a referral: victim, alleged perpetrator or child. */
@Entity
@Table(name = "referral_person")
@IdClass(ReferralPerson.Key.class)
public class ReferralPerson {

    public static class Key implements Serializable {
        public UUID referralId;
        public UUID personId;
        public String role;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(referralId, key.referralId)
                    && java.util.Objects.equals(personId, key.personId) && java.util.Objects.equals(role, key.role);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(referralId, personId, role);
        }
    }

    public static final String VICTIM = "VICTIM";
    public static final String PERPETRATOR = "PERPETRATOR";
    public static final String CHILD = "CHILD";

    @Id
    @Column(name = "referral_id")
    public UUID referralId;

    @Id
    @Column(name = "person_id")
    public UUID personId;

    @Id
    public String role;

    public String relationship;
}
