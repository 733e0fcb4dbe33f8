package org.roundtable.report.matrix;

import java.util.List;
import org.roundtable.web.FieldError;
import org.roundtable.web.InvalidInputException;

/** A CSV file with problems, each at its row (the header is row 1, as a spreadsheet numbers them) and column. Nothing was imported. */
public class RejectedImport extends InvalidInputException {

    public record Problem(int row, String column, String message) {

        /** The API's field name: "row 4, harm_to_people", or "row 4" for the row as a whole. */
        String field() {
            return "row " + row + (column.isEmpty() ? "" : ", " + column);
        }
    }

    private final transient List<Problem> problems;

    RejectedImport(List<Problem> problems) {
        super(problems.stream().map(p -> new FieldError(p.field(), p.message())).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
