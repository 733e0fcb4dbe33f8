package org.roundtable.checklist;

/** A new version of a checklist: the version it was edited from (to catch two editors at once), what changed, and the content. */
public record PublishRequest(Integer basedOnVersion, String changeNote, ChecklistDefinition definition) {
}
