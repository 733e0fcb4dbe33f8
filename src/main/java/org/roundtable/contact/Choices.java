package org.roundtable.contact;

/** The fixed answers of the contact log and of closing support, each with the words people see. */
public final class Choices {

    private Choices() {
    }

    public enum Method {
        PHONE("Phone"), TEXT("Text message"), EMAIL("Email"), IN_PERSON("In person"), LETTER("Letter"),
        VIA_PROFESSIONAL("Via another professional");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Outcome {
        SPOKE_TO_VICTIM("Spoke to the victim", true), NO_ANSWER("No answer", false), UNSAFE_TO_TALK("Unsafe to talk", false),
        MESSAGE_LEFT("Message left where safe", false), NUMBER_NOT_RECOGNISED("Number not recognised", false),
        DECLINED_SUPPORT("Declined support", true);

        private final String label;
        private final boolean reachedVictim;

        Outcome(String label, boolean reachedVictim) {
            this.label = label;
            this.reachedVictim = reachedVictim;
        }

        public String label() {
            return label;
        }

        /** A successful contact: the advocate spoke with the victim (who may have declined support). */
        public boolean reachedVictim() {
            return reachedVictim;
        }
    }

    public enum Service {
        REFUGE("Refuge"), COURT_SUPPORT("Court support"),
        LEGAL_PROTECTION("Legal protection (non-molestation or occupation order)"),
        HOUSING_OR_SANCTUARY("Housing or sanctuary scheme"), HEALTH("Health"), CHILDRENS_SERVICES("Children's services"),
        COUNSELLING("Counselling"), OTHER("Other");

        private final String label;

        Service(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The victim's own view of their risk. */
    public enum RiskView {
        LOW("Low"), MEDIUM("Medium"), HIGH("High");

        private final String label;

        RiskView(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Consent {
        GIVEN("Consent to share given"), REFUSED("Consent to share refused"), NOT_DISCUSSED("Not discussed");

        private final String label;

        Consent(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum ClosureReason {
        SUPPORT_COMPLETED("Support completed"), DISENGAGED("Disengaged"), MOVED_OUT_OF_AREA("Moved out of area"),
        DECLINED_SUPPORT("Declined support"), TRANSFERRED("Transferred");

        private final String label;

        ClosureReason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** An abuse type at closure compared with intake (SafeLives Insights). */
    public enum Change {
        STOPPED("Stopped"), REDUCED("Reduced"), SAME("Same"), INCREASED("Increased");

        private final String label;

        Change(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum FeelsSafer {
        YES("Yes"), PARTLY("Partly"), NO("No");

        private final String label;

        FeelsSafer(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
