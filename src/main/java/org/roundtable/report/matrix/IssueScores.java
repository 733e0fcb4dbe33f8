package org.roundtable.report.matrix;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import org.roundtable.web.Limits;

/** An issue's name and its nine scores, as a page form, an API body or a CSV row sends them. */
public record IssueScores(
        @Size(max = Limits.NAME, message = "Name must be {max} characters or fewer") String name,
        @Min(value = Criterion.LOWEST, message = IssueScores.RANGE) @Max(value = Criterion.HIGHEST, message = IssueScores.RANGE)
        Integer performanceDeteriorating,
        @Min(value = Criterion.LOWEST, message = IssueScores.RANGE) @Max(value = Criterion.HIGHEST, message = IssueScores.RANGE)
        Integer nationalPriority,
        @Min(value = Criterion.LOWEST, message = IssueScores.RANGE) @Max(value = Criterion.HIGHEST, message = IssueScores.RANGE)
        Integer localPriority,
        @Min(value = Criterion.LOWEST, message = IssueScores.RANGE) @Max(value = Criterion.HIGHEST, message = IssueScores.RANGE)
        Integer communityPriority,
        @Min(value = Criterion.LOWEST, message = IssueScores.RANGE) @Max(value = Criterion.HIGHEST, message = IssueScores.RANGE)
        Integer harmToProperty,
        @Min(value = Criterion.LOWEST, message = IssueScores.RANGE) @Max(value = Criterion.HIGHEST, message = IssueScores.RANGE)
        Integer harmToPeople,
        @Min(value = Criterion.LOWEST, message = IssueScores.RANGE) @Max(value = Criterion.HIGHEST, message = IssueScores.RANGE)
        Integer fear,
        @Min(value = Criterion.LOWEST, message = IssueScores.RANGE) @Max(value = Criterion.HIGHEST, message = IssueScores.RANGE)
        Integer cost,
        @Min(value = Criterion.LOWEST, message = IssueScores.RANGE) @Max(value = Criterion.HIGHEST, message = IssueScores.RANGE)
        Integer likelihood) {

    static final String RANGE = "Enter a score from 0 to 5";

    /** Scores in the order of {@link Criterion}. */
    static IssueScores of(String name, List<Integer> scores) {
        return new IssueScores(name, scores.get(0), scores.get(1), scores.get(2), scores.get(3), scores.get(4), scores.get(5),
                scores.get(6), scores.get(7), scores.get(8));
    }

    Integer score(Criterion criterion) {
        return switch (criterion) {
            case PERFORMANCE_DETERIORATING -> performanceDeteriorating;
            case NATIONAL_PRIORITY -> nationalPriority;
            case LOCAL_PRIORITY -> localPriority;
            case COMMUNITY_PRIORITY -> communityPriority;
            case HARM_TO_PROPERTY -> harmToProperty;
            case HARM_TO_PEOPLE -> harmToPeople;
            case FEAR -> fear;
            case COST -> cost;
            case LIKELIHOOD -> likelihood;
        };
    }

    /** For the audit line: the name and each column's score. */
    String describe() {
        StringBuilder line = new StringBuilder("name=" + name);
        Arrays.stream(Criterion.values()).forEach(c -> line.append("; ").append(c.column()).append('=').append(score(c)));
        return line.toString();
    }
}
