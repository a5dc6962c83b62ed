package app.commerceadvisor.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a request body over {@code advisor.api.max-body-bytes} that declares no length, once it grows
 * too large while it is read. A declared length over the limit never gets here: {@link OversizedBodyGuard}
 * answers it before any endpoint is chosen.
 */
class RequestBodyLimit {

    private final ApiConfig config;

    RequestBodyLimit(ApiConfig config) {
        this.config = config;
    }

    @ServerRequestFilter
    void limit(ContainerRequestContext request) {
        if (request.hasEntity()) {
            request.setEntityStream(new BoundedStream(request.getEntityStream(), config.maxBodyBytes()));
        }
    }

    /** Counts the bytes read and fails once more than the limit have come. */
    private static final class BoundedStream extends FilterInputStream {
        private final long limit;
        private long count;

        private BoundedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            if (read >= 0) {
                count(1);
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count(read);
            }
            return read;
        }

        private void count(int read) {
            count += read;
            if (count > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}
