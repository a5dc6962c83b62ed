package app.commerceadvisor.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the pages write times and versions, the same on every page. */
final class PageFormats {

    /** A moment to the minute, in UTC (the pages say so in their headings). */
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private PageFormats() {
    }

    /** {@link #WHEN}, or nothing for no moment. */
    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** The first 12 hex digits of a {@code sha256:...} version, as people compare them. */
    static String shortVersion(String version) {
        String hash = version.startsWith("sha256:") ? version.substring("sha256:".length()) : version;
        return hash.length() > 12 ? hash.substring(0, 12) : hash;
    }
}
