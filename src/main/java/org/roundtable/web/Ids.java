package org.roundtable.web;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Record ids posted by a page's checkboxes and radios: anything else was not offered, and is a field error. */
public final class Ids {

    private Ids() {
    }

    public static List<UUID> parseAll(Collection<String> values, String field) {
        try {
            return values == null ? List.of() : values.stream().map(String::trim).map(UUID::fromString).toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "Choose from the options shown");
        }
    }
}
