package org.roundtable.person;

import java.util.List;

/** The match weight (sum of log2 Bayes factors) of one identity, with the reasons a practitioner can check. */
record MatchScore(double weight, List<String> reasons) {
}
