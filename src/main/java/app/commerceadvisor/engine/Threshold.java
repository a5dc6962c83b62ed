package app.commerceadvisor.engine;

import java.util.Objects;

/**
 * A named figure trainers set in {@code knowledge-base/thresholds.yaml}, present in every evaluation so
 * rules compare answers with it instead of with a number written into the DRL:
 * <pre>
 * Threshold(name == "thin-margin-percent", $thin : value)
 * Answer(question == "gross-margin", number &lt; $thin)
 * </pre>
 */
public final class Threshold {

    private final String name;
    private final double value;

    public Threshold(String name, double value) {
        this.name = Objects.requireNonNull(name, "name");
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public double getValue() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Threshold that && name.equals(that.name) && value == that.value;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value);
    }

    @Override
    public String toString() {
        return "Threshold(" + name + " = " + value + ")";
    }
}
