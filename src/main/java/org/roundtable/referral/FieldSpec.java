package org.roundtable.referral;

import java.util.List;

/** One input on a referral section page; the section template draws it by kind. */
public record FieldSpec(String name, String label, Kind kind, String hint, List<Option> options, String details) {

    public enum Kind { TEXT, TEXTAREA, NUMBER, DATE, RADIOS, CHECKBOX }

    public record Option(String value, String label) {
    }

    static FieldSpec text(String name, String label, String hint) {
        return new FieldSpec(name, label, Kind.TEXT, hint, List.of(), null);
    }

    static FieldSpec textarea(String name, String label, String hint) {
        return new FieldSpec(name, label, Kind.TEXTAREA, hint, List.of(), null);
    }

    static FieldSpec number(String name, String label, String hint) {
        return new FieldSpec(name, label, Kind.NUMBER, hint, List.of(), null);
    }

    static FieldSpec date(String name, String label, String hint) {
        return new FieldSpec(name, label, Kind.DATE, hint, List.of(), null);
    }

    static FieldSpec checkbox(String name, String label, String hint) {
        return new FieldSpec(name, label, Kind.CHECKBOX, hint, List.of(), null);
    }

    static FieldSpec radios(String name, String label, String hint, List<Option> options, String details) {
        return new FieldSpec(name, label, Kind.RADIOS, hint, options, details);
    }

    public String dayName() {
        return name + "-day";
    }

    public String monthName() {
        return name + "-month";
    }

    public String yearName() {
        return name + "-year";
    }

    public boolean isText() {
        return kind == Kind.TEXT;
    }

    public boolean isTextarea() {
        return kind == Kind.TEXTAREA;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isDate() {
        return kind == Kind.DATE;
    }

    /** The words of the option chosen, as the person answering read them; the value itself if no option has it. */
    public String labelFor(String value) {
        return options == null ? value : options.stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst().orElse(value);
    }

    public boolean isRadios() {
        return kind == Kind.RADIOS;
    }

    public boolean isCheckbox() {
        return kind == Kind.CHECKBOX;
    }
}
