package org.roundtable.web;

/** A problem with one input: the field's name as the form and the JSON body spell it, and what to do about it. */
public record FieldError(String field, String message) {
}
