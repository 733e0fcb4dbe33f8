package org.roundtable.report.outcomes;

import org.roundtable.agency.ConferenceKind;
import org.roundtable.web.InvalidInputException;

/** The advocate services whose outcomes are reported, each with the conference kind whose victims it supports. */
public enum AdvocateService {
    IDVA("IDVA service", ConferenceKind.MARAC, 100), ISVA("ISVA service", ConferenceKind.SARAC, null);

    private final String label;
    private final ConferenceKind kind;
    private final Integer plannedCasesAYear;

    AdvocateService(String label, ConferenceKind kind, Integer plannedCasesAYear) {
        this.label = label;
        this.kind = kind;
        this.plannedCasesAYear = plannedCasesAYear;
    }

    public String label() {
        return label;
    }

    public ConferenceKind kind() {
        return kind;
    }

    /** SafeLives plans about 100 referrals a year for one full-time IDVA; no such figure is published for ISVAs. */
    public Integer plannedCasesAYear() {
        return plannedCasesAYear;
    }

    static AdvocateService parse(String value) {
        if (value == null || value.isBlank()) {
            return IDVA;
        }
        for (AdvocateService service : values()) {
            if (service.name().equalsIgnoreCase(value.trim())) {
                return service;
            }
        }
        throw new InvalidInputException("service", "Choose IDVA or ISVA");
    }
}
