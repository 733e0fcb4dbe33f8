package org.roundtable.report.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Reads the values of a native query's row, whichever JDBC type the driver chose for them. */
public final class SqlValues {

    private SqlValues() {
    }

    public static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A percentage computed by SQL, or null where nothing was there to divide by. */
    static BigDecimal percent(Object value) {
        return value == null ? null : value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }
}
