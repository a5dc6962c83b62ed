package app.commerceadvisor.pitfall;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How soon a pitfall costs a merchant money, beside how much ({@link Severity}): a dated event at risk or
 * a loss on every order is dealt with this week, before a slow-burning capability gap however severe.
 * Findings are ordered by urgency first.
 */
public enum Urgency {
    /** A dated event at risk, or money lost on every order: deal with it this week. */
    @JsonProperty("this-week") THIS_WEEK,
    /** Money is committed or about to be (stock, fees, spending): settle it before scaling anything. */
    @JsonProperty("before-scaling") BEFORE_SCALING,
    /** A capability or habit to build over the coming months. */
    @JsonProperty("over-time") OVER_TIME;

    /** The urgency with id {@code id}, e.g. {@code this-week}. */
    public static Urgency of(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
