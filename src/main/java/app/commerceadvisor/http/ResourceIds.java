package app.commerceadvisor.http;

import java.util.Optional;
import java.util.UUID;

/** Ids in paths: an id that is not a UUID names no resource, so it is a 404 like any unknown id. */
public final class ResourceIds {

    private ResourceIds() {
    }

    public static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
