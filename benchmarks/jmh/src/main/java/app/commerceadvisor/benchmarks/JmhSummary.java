package app.commerceadvisor.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads JMH's {@code -rf json} result file and prints one tab-separated line per benchmark for
 * benchmarks/run and benchmarks/run-reload: {@code name  median  mean  p99  unit  mode  max}. For SampleTime
 * the percentiles are over all samples of all measurement iterations; for SingleShotTime over the
 * iterations, one sample each.
 *
 * <p>Usage: {@code JmhSummary <jmh result json>}
 */
public final class JmhSummary {

    private JmhSummary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: JmhSummary <jmh result json>");
        }
        JsonNode results = new ObjectMapper().readTree(new File(args[0]));
        for (JsonNode result : results) {
            String benchmark = result.path("benchmark").asText();
            String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            JsonNode metric = result.path("primaryMetric");
            JsonNode percentiles = metric.path("scorePercentiles");
            System.out.printf(Locale.ROOT, "%s\t%.3f\t%.3f\t%.3f\t%s\t%s\t%.3f%n", name,
                    percentiles.path("50.0").asDouble(Double.NaN),
                    metric.path("score").asDouble(Double.NaN),
                    percentiles.path("99.0").asDouble(Double.NaN),
                    metric.path("scoreUnit").asText(),
                    result.path("mode").asText(),
                    percentiles.path("100.0").asDouble(Double.NaN));
        }
    }
}
