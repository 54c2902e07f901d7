package org.copydesk.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.copydesk.application.DeskMetrics;
import org.copydesk.application.DeskMetrics.GroupFigures;
import org.copydesk.application.DeskMetrics.StateFigures;
import org.copydesk.application.MetricsService;
import org.copydesk.domain.exception.NotPermittedException;
import org.copydesk.domain.metrics.MetricsPeriod;
import org.copydesk.web.security.CurrentUser;

/** The desk metrics page ({@code desk/metrics.xhtml?period=90d}): charts (Chart.js configs) and tables. */
@Named
@RequestScoped
public class MetricsBean {

    @Inject
    MetricsService service;

    @Inject
    CurrentUser user;

    private String period;
    private MetricsPeriod chosen = MetricsPeriod.DEFAULT;
    private DeskMetrics metrics;

    public void load() {
        try {
            chosen = MetricsPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            Messages.error(null, e.getMessage());
            chosen = MetricsPeriod.DEFAULT;
        }
        try {
            metrics = service.metrics(chosen, user.actor());
        } catch (NotPermittedException e) {
            DeskErrors.forbidden(e.getMessage());
        }
    }

    /** Hours with one decimal, or a dash when there is no figure. */
    public String hours(Double hours) {
        return hours == null ? "—" : String.format(Locale.UK, "%.1f", hours);
    }

    /** A duration for people: "40 s", "12 min", "5.5 h", "3.2 days"; a dash when there is none. */
    public static String duration(Double seconds) {
        if (seconds == null) {
            return "—";
        }
        if (seconds < 60) {
            return Math.round(seconds) + " s";
        }
        if (seconds < 3600) {
            return Math.round(seconds / 60) + " min";
        }
        if (seconds < 48 * 3600) {
            return String.format(Locale.UK, "%.1f h", seconds / 3600);
        }
        return String.format(Locale.UK, "%.1f days", seconds / 86400);
    }

    public String number(Double value) {
        return value == null ? "—" : String.format(Locale.UK, "%.1f", value);
    }

    public String getStatesChart() {
        return bar("Stories", "#2f5d8a", metrics.states(), s -> s.stories());
    }

    /** The unit the time chart uses: hours, unless every median is shorter (then minutes, or seconds). */
    public String getTimeUnit() {
        double longest = metrics.states().stream()
                .map(StateFigures::medianSeconds)
                .filter(s -> s != null)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
        return longest >= 3600 || longest == 0 ? "hours" : longest >= 60 ? "minutes" : "seconds";
    }

    public String getTimeChart() {
        String unit = getTimeUnit();
        double divisor =
                switch (unit) {
                    case "hours" -> 3600.0;
                    case "minutes" -> 60.0;
                    default -> 1.0;
                };
        return bar(
                "Median " + unit + " in state",
                "#b5651d",
                metrics.states(),
                s -> s.medianSeconds() == null ? 0 : Math.round(s.medianSeconds() / divisor * 100) / 100.0);
    }

    public String getCorrectionsChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (GroupFigures desk : metrics.bySection()) {
            labels.add(desk.group());
            Double per100 = desk.corrections().per100();
            values.add(per100 == null ? 0 : Math.round(per100 * 10) / 10.0);
        }
        return config(labels, "Corrections per 100 published", "#8a2f5d", values);
    }

    private static String bar(
            String label, String colour, List<StateFigures> states, Function<StateFigures, Number> value) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (StateFigures s : states) {
            labels.add(s.state());
            Number n = value.apply(s);
            if (n instanceof Long l) {
                values.add(l);
            } else {
                values.add(n.doubleValue());
            }
        }
        return config(labels, label, colour, values);
    }

    private static String config(JsonArrayBuilder labels, String label, String colour, JsonArrayBuilder values) {
        JsonObjectBuilder dataset = Json.createObjectBuilder()
                .add("label", label)
                .add("data", values)
                .add("backgroundColor", colour);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add("datasets", Json.createArrayBuilder().add(dataset)))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("animation", false)
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("display", false)))
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true))))
                .build()
                .toString();
    }

    public List<MetricsPeriod> getPeriods() {
        return MetricsPeriod.CHOICES;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public MetricsPeriod getChosen() {
        return chosen;
    }

    public DeskMetrics getMetrics() {
        return metrics;
    }
}
