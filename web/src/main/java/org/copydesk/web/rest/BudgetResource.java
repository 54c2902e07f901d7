package org.copydesk.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.copydesk.application.BudgetService;
import org.copydesk.web.Formats;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/budget}: the day's stories by section, for everyone on the desk. */
@Tag(name = "Stories")
@Path("budget")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"REPORTER", "EDITOR", "COPY_EDITOR", "ADMIN"})
public class BudgetResource {

    /** A day's budget: the day (in the newsroom's time zone) and its sections. */
    public record Budget(LocalDate day, List<BudgetService.Section> sections) {}

    @Inject
    BudgetService budget;

    @Inject
    Formats formats;

    @Operation(
            operationId = "getBudget",
            summary = "Read a day's budget",
            description = "The stories whose deadline, scheduled publication or publication falls on the day, "
                    + "grouped by their first section: slug, reporter, assignee, deadline, length target and "
                    + "word count now, state, scheduled and publication times. 400 for a day that is not a date.")
    @GET
    public Budget day(
            @Parameter(description = "The day (yyyy-MM-dd) in the newsroom's time zone; today when left out.")
                    @QueryParam("day")
                    @Size(max = 10)
                    String day) {
        LocalDate wanted = day == null || day.isBlank()
                ? LocalDate.now(formats.zone())
                : formats.days(day, day).from().atZone(formats.zone()).toLocalDate();
        Formats.Days span = formats.days(wanted.toString(), wanted.toString());
        return new Budget(wanted, budget.day(span.from(), span.before()));
    }
}
