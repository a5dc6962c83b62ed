package app.commerceadvisor.pitfall;

import app.commerceadvisor.knowledge.LocalizedText;
import app.commerceadvisor.knowledge.Source;
import java.util.List;

/**
 * A way merchants lose money, with the texts a finding shows and the sources they come from, how severe
 * and how urgent it is, and the pitfall it follows from ({@code rootCause}), if any: findings that share a
 * root cause are reported together, the cause first.
 */
public record Pitfall(
        String id,
        String area,
        Severity severity,
        Urgency urgency,
        String rootCause,
        LocalizedText title,
        LocalizedText explanation,
        LocalizedText recommendation,
        List<Source> sources,
        Boolean clearIsAStrength) {

    public Pitfall {
        sources = sources == null ? List.of() : List.copyOf(sources);
        clearIsAStrength = clearIsAStrength == null || clearIsAStrength;
    }
}
