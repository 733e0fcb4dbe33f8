package org.roundtable.report.datareturn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.roundtable.audit.AuditService;
import org.roundtable.user.CurrentUser;
import org.roundtable.web.Limits;
import org.roundtable.web.StaleEditException;

/**
 * The national MARAC figures the summary compares with: stored as data (one row, V22) with the twelve months they
 * cover and their source, seeded with SafeLives' figures to September 2024, replaced by an administrator when
 * SafeLives publishes new ones.
 */
@ApplicationScoped
public class NationalFigures {

    static final String[] FIELDS = { "yearEnding", "source", "casesPer10kWomen", "recommendedCasesPer10k", "repeatPercent",
            "nonPolicePercent", "raciallyMinoritisedPercent", "lgbtPercent", "disabledPercent", "malePercent", "aged16To17Percent" };

    public record View(LocalDate yearEnding, String source, BigDecimal casesPer10kWomen, BigDecimal recommendedCasesPer10k,
            BigDecimal repeatPercent, BigDecimal nonPolicePercent, BigDecimal raciallyMinoritisedPercent, BigDecimal lgbtPercent,
            BigDecimal disabledPercent, BigDecimal malePercent, BigDecimal aged16To17Percent, long version, Instant updatedAt,
            String updatedBy) {

        /** "12 months to September 2024". */
        public String yearLabel() {
            return "12 months to " + yearEnding.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
        }

        String describe() {
            return "yearEnding=" + yearEnding + "; source=" + source + "; casesPer10kWomen=" + casesPer10kWomen + "; recommended="
                    + recommendedCasesPer10k + "; repeat=" + repeatPercent + "; nonPolice=" + nonPolicePercent + "; raciallyMinoritised="
                    + raciallyMinoritisedPercent + "; lgbt=" + lgbtPercent + "; disabled=" + disabledPercent + "; male=" + malePercent
                    + "; aged16To17=" + aged16To17Percent;
        }
    }

    /** New national figures: rates and percentages with at most one decimal place, as SafeLives publishes them. */
    public record Form(
            @NotNull(message = "Enter the last day of the twelve months the figures cover") LocalDate yearEnding,
            @NotBlank(message = "Enter where the figures come from")
            @Size(max = Limits.FIGURE_SOURCE, message = "The source must be {max} characters or fewer") String source,
            @NotNull(message = "Enter the cases per 10,000 adult women") @DecimalMin(value = "0", message = RATE)
            @DecimalMax(value = "10000", message = RATE) @Digits(integer = 5, fraction = 1, message = RATE) BigDecimal casesPer10kWomen,
            @NotNull(message = "Enter the recommended cases per 10,000 adult women") @DecimalMin(value = "0", message = RATE)
            @DecimalMax(value = "10000", message = RATE) @Digits(integer = 5, fraction = 1, message = RATE) BigDecimal recommendedCasesPer10k,
            @NotNull(message = "Enter the percentage of repeat cases") @Percentage BigDecimal repeatPercent,
            @NotNull(message = "Enter the percentage referred by agencies other than the police") @Percentage BigDecimal nonPolicePercent,
            @NotNull(message = "Enter the percentage of racially minoritised victims") @Percentage BigDecimal raciallyMinoritisedPercent,
            @NotNull(message = "Enter the percentage of LGBT+ victims") @Percentage BigDecimal lgbtPercent,
            @NotNull(message = "Enter the percentage of victims with a disability") @Percentage BigDecimal disabledPercent,
            @NotNull(message = "Enter the percentage of male victims") @Percentage BigDecimal malePercent,
            @NotNull(message = "Enter the percentage of victims aged 16 to 17") @Percentage BigDecimal aged16To17Percent) {

        static final String RATE = "Enter a number of cases from 0 to 10,000, with at most one decimal place, like 47";
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Validator validator;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    @Transactional
    public View get() {
        Object[] r = (Object[]) entityManager.createNativeQuery("""
                select year_ending, source, cases_per_10k_women, recommended_cases_per_10k, repeat_percent, non_police_percent,
                       racially_minoritised_percent, lgbt_percent, disabled_percent, male_percent, aged_16_17_percent, version,
                       updated_at, updated_by
                from marac_national_figure where id = 1""").getSingleResult();
        return new View(r[0] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[0], (String) r[1], decimal(r[2]), decimal(r[3]),
                decimal(r[4]), decimal(r[5]), decimal(r[6]), decimal(r[7]), decimal(r[8]), decimal(r[9]), decimal(r[10]),
                ((Number) r[11]).longValue(), FormFields.instant(r[12]), (String) r[13]);
    }

    /** Replaces the figures if nobody changed them since {@code expectedVersion}; audited with the old and new values. */
    @Transactional
    public View update(Form form, long expectedVersion) {
        FormFields.validate(validator, form, FIELDS);
        View before = get();
        int changed = entityManager.createNativeQuery("""
                update marac_national_figure set year_ending = :yearEnding, source = :source, cases_per_10k_women = :cases,
                    recommended_cases_per_10k = :recommended, repeat_percent = :repeat, non_police_percent = :nonPolice,
                    racially_minoritised_percent = :minoritised, lgbt_percent = :lgbt, disabled_percent = :disabled,
                    male_percent = :male, aged_16_17_percent = :aged, version = version + 1, updated_at = now(), updated_by = :by
                where id = 1 and version = :version""")
                .setParameter("yearEnding", form.yearEnding()).setParameter("source", form.source().trim())
                .setParameter("cases", form.casesPer10kWomen()).setParameter("recommended", form.recommendedCasesPer10k())
                .setParameter("repeat", form.repeatPercent()).setParameter("nonPolice", form.nonPolicePercent())
                .setParameter("minoritised", form.raciallyMinoritisedPercent()).setParameter("lgbt", form.lgbtPercent())
                .setParameter("disabled", form.disabledPercent()).setParameter("male", form.malePercent())
                .setParameter("aged", form.aged16To17Percent()).setParameter("by", currentUser.displayName())
                .setParameter("version", expectedVersion).executeUpdate();
        if (changed == 0) {
            throw new StaleEditException("Someone else changed the national figures while you were editing them.", before);
        }
        View after = get();
        audit.record("report.national-figures", "report", DataReturnService.REPORT,
                "before: " + before.describe() + " | after: " + after.describe());
        return after;
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
