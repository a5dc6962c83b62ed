package app.commerceadvisor.engine;

import java.util.Objects;

/**
 * An intermediate conclusion a rule derives from answers (or from other conclusions), such as
 * "no-working-short-video-channel". Rules insert it with {@code insertLogical(new Conclusion("..."))}
 * so it lives only as long as the facts that support it, and other rules match on it by name. The
 * engine remembers which answers led to each conclusion, so a finding can show the whole chain.
 */
public final class Conclusion {

    private final String name;

    public Conclusion(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a conclusion needs a name");
        }
        this.name = name;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Conclusion that && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }

    @Override
    public String toString() {
        return "Conclusion(" + name + ")";
    }
}
