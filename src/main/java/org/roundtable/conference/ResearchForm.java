package org.roundtable.conference;

/** What an agency holds about a listed case. */
public record ResearchForm(Boolean known, String summary, String involvement, String risks, String childrenDetails) {
}
