package org.roundtable.checklist;

import java.util.List;

/** The result of scoring answers on one checklist version, with the reasons a practitioner can check. */
public record Score(int total, Band band, Boolean eligible, int yesCount, List<String> reasons) {
}
