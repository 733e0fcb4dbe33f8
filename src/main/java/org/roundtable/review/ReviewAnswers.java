package org.roundtable.review;

/** The two questions of the six-month review, answered yes (true) or no (false); both are required. */
public record ReviewAnswers(Boolean furtherIncidents, Boolean closedWithRiskReduced) {
}
