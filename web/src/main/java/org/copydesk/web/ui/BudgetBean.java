package org.copydesk.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.copydesk.application.BudgetService;
import org.copydesk.web.Formats;

/**
 * The budget page: the stories of one day (the address's {@code day}, today by default) by section, with the
 * day before and after a click away; the table refreshes itself every 30 seconds, so word counts and states
 * are live while the desk works.
 */
@Named
@RequestScoped
public class BudgetBean {

    @Inject
    BudgetService budget;

    @Inject
    Formats formats;

    private LocalDate day;
    private List<BudgetService.Section> sections;
    private Instant now;

    @PostConstruct
    void init() {
        String asked = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("day");
        day = LocalDate.now(formats.zone());
        if (asked != null && !asked.isBlank()) {
            try {
                day = LocalDate.parse(asked.strip());
            } catch (java.time.format.DateTimeParseException e) {
                Messages.error(null, "“" + asked.strip() + "” is not a date such as " + day + "; today is shown.");
            }
        }
        load();
    }

    /** Reads the day's budget again (the page's poll). */
    public void load() {
        Formats.Days span = formats.days(day.toString(), day.toString());
        sections = budget.day(span.from(), span.before());
        now = budget.now();
    }

    public boolean late(BudgetService.Line line) {
        return line.late(now);
    }

    public List<BudgetService.Section> getSections() {
        return sections;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getDayInWords() {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK));
    }

    public LocalDate getPrevious() {
        return day.minusDays(1);
    }

    public LocalDate getNext() {
        return day.plusDays(1);
    }

    public int getCount() {
        return sections.stream().mapToInt(s -> s.lines().size()).sum();
    }
}
