package org.roundtable.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.roundtable.audit.AuditService;
import org.roundtable.user.CurrentUser;
import org.roundtable.web.Checks;
import org.roundtable.web.Clocks;
import org.roundtable.web.FieldError;
import org.roundtable.web.IllegalStateChangeException;
import org.roundtable.web.InvalidInputException;
import org.roundtable.web.Limits;

/** The bank holidays of England and Wales that working days skip; an administrator adds the coming years'. */
@ApplicationScoped
public class BankHolidays {

    public record View(LocalDate day, String name) {
    }

    public record NewHoliday(LocalDate day, @Size(max = Limits.NAME, message = "Name must be {max} characters or fewer") String name) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Checks checks;

    @Inject
    Clock clock;

    @Transactional
    public List<View> list() {
        return entityManager.createQuery("from BankHoliday order by day", BankHoliday.class).getResultList().stream()
                .map(h -> new View(h.day, h.name)).toList();
    }

    @Transactional
    Set<LocalDate> days() {
        return new HashSet<>(entityManager.createQuery("select h.day from BankHoliday h", LocalDate.class).getResultList());
    }

    @Transactional
    public View add(NewHoliday holiday) {
        List<FieldError> errors = new java.util.ArrayList<>();
        if (holiday == null || holiday.day() == null) {
            errors.add(new FieldError("day", "Enter the date of the bank holiday"));
        } else if (holiday.day().getYear() < 2000 || holiday.day().isAfter(Clocks.today(clock).plusYears(10))) {
            errors.add(new FieldError("day", "Enter a date from 2000 to ten years from now"));
        }
        if (holiday == null || holiday.name() == null || holiday.name().isBlank()) {
            errors.add(new FieldError("name", "Enter the name of the bank holiday"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        checks.storable(holiday);
        if (entityManager.find(BankHoliday.class, holiday.day()) != null) {
            throw new IllegalStateChangeException(holiday.day() + " is already a bank holiday.");
        }
        BankHoliday row = new BankHoliday();
        row.day = holiday.day();
        row.name = holiday.name().trim();
        row.addedBy = currentUser.displayName();
        row.addedAt = clock.instant();
        entityManager.persist(row);
        audit.record("bank-holiday.add", "bank-holiday", row.day.toString(), row.name);
        return new View(row.day, row.name);
    }
}
