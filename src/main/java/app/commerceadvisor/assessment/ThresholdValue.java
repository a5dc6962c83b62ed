package app.commerceadvisor.assessment;

/** A threshold a finding compared answers with, as it was set when the assessment was made. */
public record ThresholdValue(String name, double value) {
}
