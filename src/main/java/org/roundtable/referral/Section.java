package org.roundtable.referral;

/** The parts of the referral form, in task-list order. */
public enum Section {
    VICTIM("victim", "Victim"),
    PERPETRATOR("perpetrator", "Alleged perpetrator"),
    CHILDREN("children", "Children and other dependants"),
    INCIDENT("incident", "The incident"),
    CHECKLIST("checklist", "Risk checklist"),
    CRITERIA("criteria", "Referral criteria"),
    CONSENT("consent", "Consent to share information");

    private final String slug;
    private final String title;

    Section(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    static Section fromSlug(String slug) {
        for (Section section : values()) {
            if (section.slug.equals(slug)) {
                return section;
            }
        }
        throw new org.roundtable.web.NotFoundProblem("No section " + slug);
    }
}
