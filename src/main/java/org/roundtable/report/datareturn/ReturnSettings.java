package org.roundtable.report.datareturn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.roundtable.audit.AuditService;
import org.roundtable.user.CurrentUser;
import org.roundtable.web.Limits;
import org.roundtable.web.StaleEditException;

/** The partnership's return settings (one row, V22): the MARAC's name and the area's adult female population. */
@ApplicationScoped
public class ReturnSettings {

    public record View(String maracName, Integer adultFemalePopulation, long version, Instant updatedAt, String updatedBy) {

        String describe() {
            return "maracName=" + maracName + "; adultFemalePopulation=" + adultFemalePopulation;
        }
    }

    /** What an administrator sends; an empty population means "not set", and the rate per 10,000 women is not shown. */
    public record Form(
            @NotBlank(message = "Enter the MARAC's name")
            @Size(max = Limits.MARAC_NAME, message = "The MARAC's name must be {max} characters or fewer") String maracName,
            @Min(value = 1, message = "The adult female population must be 1 or more")
            @Max(value = 100_000_000, message = "The adult female population must be 100,000,000 or fewer") Integer adultFemalePopulation) {
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
        Object[] r = (Object[]) entityManager.createNativeQuery(
                "select marac_name, adult_female_population, version, updated_at, updated_by from marac_return_setting where id = 1")
                .getSingleResult();
        return new View((String) r[0], r[1] == null ? null : ((Number) r[1]).intValue(), ((Number) r[2]).longValue(),
                FormFields.instant(r[3]), (String) r[4]);
    }

    /** Changes both settings if nobody changed them since {@code expectedVersion}; audited with the old and new values. */
    @Transactional
    public View update(Form form, long expectedVersion) {
        FormFields.validate(validator, form, "maracName", "adultFemalePopulation");
        View before = get();
        int changed = entityManager.createNativeQuery("""
                update marac_return_setting set marac_name = :name, adult_female_population = :population, version = version + 1,
                    updated_at = now(), updated_by = :by
                where id = 1 and version = :version""")
                .setParameter("name", form.maracName().trim()).setParameter("population", form.adultFemalePopulation())
                .setParameter("by", currentUser.displayName()).setParameter("version", expectedVersion).executeUpdate();
        if (changed == 0) {
            throw new StaleEditException("Someone else changed the return settings while you were editing them.", before);
        }
        View after = get();
        audit.record("report.settings", "report", DataReturnService.REPORT, "before: " + before.describe() + " | after: " + after.describe());
        return after;
    }
}
