package app.commerceadvisor.pitfall;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How much a pitfall costs a merchant; findings are listed from the most to the least severe. */
public enum Severity {
    @JsonProperty("high") HIGH,
    @JsonProperty("medium") MEDIUM,
    @JsonProperty("low") LOW,
    @JsonProperty("info") INFO;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
