package app.commerceadvisor.web;

import app.commerceadvisor.pitfall.Severity;
import app.commerceadvisor.review.CohortSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The geometry of a cohort's two charts, worked out here so that the template only draws rectangles and text
 * where it is told: the pitfalls found by severity (stacked horizontal bars, one row a pitfall) and the share
 * of coach reviews agreeing with each pitfall (bars from 0 to 100 %). Sizes are in the SVG's own units.
 */
public final class CohortCharts {

    static final int WIDTH = 720;
    /** The longest bar; the text after it (counts) takes the rest of the width. */
    static final int BAR_SPACE = 480;
    static final int ROW = 46;
    static final int BAR_HEIGHT = 16;
    /** Above the first row: the legend of the severity chart, the scale of the agreement chart. */
    static final int TOP = 34;

    /** Fill colours by severity: each at least 3:1 against white, and told apart by the legend's text too. */
    private static final Map<Severity, String> COLOURS = Map.of(Severity.HIGH, "#a4161a", Severity.MEDIUM, "#b35c00",
            Severity.LOW, "#3b6ea5", Severity.INFO, "#6b6b6b");

    private CohortCharts() {
    }

    /** One severity's part of a bar. */
    public record Segment(String severity, String label, int count, int x, int width, String colour) {
    }

    /** One pitfall's row: its title above the bar, the segments, and the counts as text after the bar. */
    public record SeverityRow(String pitfall, String title, int findings, int participants, Map<String, Integer> bySeverity,
            int titleY, int barY, int barEnd, List<Segment> segments) {

        /** Where the counts after the bar start and sit. */
        public int textX() {
            return barEnd + 6;
        }

        public int textY() {
            return barY + 13;
        }

        /** The findings of one severity, 0 when none. */
        public int count(String severity) {
            return bySeverity == null ? 0 : bySeverity.getOrDefault(severity, 0);
        }
    }

    /** A swatch of the legend with the severity's label beside it. */
    public record LegendItem(String severity, String label, String colour, int x) {

        public int textX() {
            return x + 20;
        }
    }

    /** The chart of pitfalls by severity; the legend's severities are the columns of its table too. */
    public record SeverityChart(int width, int height, int barHeight, List<LegendItem> legend, List<SeverityRow> rows) {
    }

    /** One reviewed pitfall's row: the share of agreeing reviews as a bar out of the whole track. */
    public record AgreementRow(String pitfall, String title, int reviews, int agree, int disagree, int unsure, int percent,
            int titleY, int barY, int width) {

        public int textY() {
            return barY + 13;
        }
    }

    /** The chart of agreement per reviewed pitfall; {@code scale} marks 0, 50 and 100 %. */
    public record AgreementChart(int width, int height, int barHeight, int track, List<Tick> scale, List<AgreementRow> rows) {

        public int textX() {
            return track + 6;
        }
    }

    /** A mark of the agreement scale; {@code anchor} aligns its label (start, middle, end). */
    public record Tick(int x, String label, String anchor) {
    }

    /** Pitfalls in the summary's order (the most widespread first), bars scaled to the largest count of findings. */
    static SeverityChart severity(List<CohortSummary.PitfallCount> pitfalls, Function<String, String> severityLabel) {
        List<Severity> present = Arrays.stream(Severity.values())
                .filter(severity -> pitfalls.stream().anyMatch(pitfall -> count(pitfall, severity) > 0)).toList();
        int largest = pitfalls.stream().mapToInt(CohortCharts::findings).max().orElse(1);
        List<SeverityRow> rows = new ArrayList<>();
        for (CohortSummary.PitfallCount pitfall : pitfalls) {
            int top = TOP + rows.size() * ROW;
            List<Segment> segments = new ArrayList<>();
            int x = 0;
            int sum = 0;
            for (Severity severity : present) {
                int count = count(pitfall, severity);
                if (count == 0) {
                    continue;
                }
                sum += count;
                // each segment ends where the running total ends, so rounding never leaves a gap or an overlap
                int end = (int) Math.round(BAR_SPACE * (double) sum / largest);
                segments.add(new Segment(severity.id(), severityLabel.apply(severity.id()), count, x, end - x,
                        COLOURS.get(severity)));
                x = end;
            }
            rows.add(new SeverityRow(pitfall.pitfall(), pitfall.title(), findings(pitfall), pitfall.participants(),
                    pitfall.bySeverity(), top + 14, top + 20, x, segments));
        }
        List<LegendItem> legend = new ArrayList<>();
        for (Severity severity : present) {
            legend.add(new LegendItem(severity.id(), severityLabel.apply(severity.id()), COLOURS.get(severity),
                    legend.size() * 140));
        }
        return new SeverityChart(WIDTH, TOP + rows.size() * ROW, BAR_HEIGHT, legend, rows);
    }

    /** Only pitfalls with at least one review; the percentage is rounded to a whole number. */
    static AgreementChart agreement(List<CohortSummary.PitfallCount> pitfalls) {
        List<AgreementRow> rows = new ArrayList<>();
        for (CohortSummary.PitfallCount pitfall : pitfalls) {
            int reviews = pitfall.agree() + pitfall.disagree() + pitfall.unsure();
            if (reviews == 0) {
                continue;
            }
            int top = TOP + rows.size() * ROW;
            int percent = (int) Math.round(100.0 * pitfall.agree() / reviews);
            rows.add(new AgreementRow(pitfall.pitfall(), pitfall.title(), reviews, pitfall.agree(), pitfall.disagree(),
                    pitfall.unsure(), percent, top + 14, top + 20,
                    (int) Math.round(BAR_SPACE * (double) pitfall.agree() / reviews)));
        }
        List<Tick> scale = List.of(new Tick(0, "0 %", "start"), new Tick(BAR_SPACE / 2, "50 %", "middle"),
                new Tick(BAR_SPACE, "100 %", "end"));
        return new AgreementChart(WIDTH, TOP + rows.size() * ROW, BAR_HEIGHT, BAR_SPACE, scale, rows);
    }

    private static int count(CohortSummary.PitfallCount pitfall, Severity severity) {
        return pitfall.bySeverity() == null ? 0 : pitfall.bySeverity().getOrDefault(severity.id(), 0);
    }

    private static int findings(CohortSummary.PitfallCount pitfall) {
        return pitfall.bySeverity() == null ? 0 : pitfall.bySeverity().values().stream().mapToInt(Integer::intValue).sum();
    }
}
