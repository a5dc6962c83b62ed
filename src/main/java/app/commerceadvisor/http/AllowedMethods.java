package app.commerceadvisor.http;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The HTTP methods each path of the API answers, read from the resource classes, so that a 405 answer
 * can say in {@code Allow} what would have worked.
 */
@ApplicationScoped
class AllowedMethods {

    private record Endpoint(Pattern path, String method) {
    }

    private volatile List<Endpoint> endpoints;

    /** The methods allowed on this path, with HEAD beside GET and OPTIONS always; empty for an unknown path. */
    Set<String> on(String path) {
        Set<String> methods = new TreeSet<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.path().matcher(path).matches()) {
                methods.add(endpoint.method());
            }
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        if (!methods.isEmpty()) {
            methods.add("OPTIONS");
        }
        return methods;
    }

    private List<Endpoint> endpoints() {
        if (endpoints == null) {
            List<Endpoint> found = new ArrayList<>();
            for (InjectableBean<?> bean : Arc.container().beanManager().getBeans(Object.class).stream()
                    .filter(InjectableBean.class::isInstance).map(bean -> (InjectableBean<?>) bean).toList()) {
                Class<?> type = bean.getBeanClass();
                Path root = type.getAnnotation(Path.class);
                if (root != null) {
                    collect(type, root.value(), found);
                }
            }
            endpoints = List.copyOf(found);
        }
        return endpoints;
    }

    private static void collect(Class<?> resource, String root, List<Endpoint> found) {
        for (Method method : resource.getMethods()) {
            for (Annotation annotation : method.getAnnotations()) {
                HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                if (http != null) {
                    Path sub = method.getAnnotation(Path.class);
                    found.add(new Endpoint(template(root + (sub == null ? "" : "/" + sub.value())), http.value()));
                }
            }
        }
    }

    /** {@code /api/assessments/{id}} becomes a pattern matching one path segment for the parameter. */
    private static Pattern template(String path) {
        String normalized = ("/" + path).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        StringBuilder regex = new StringBuilder();
        for (String part : normalized.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex + "/?");
    }
}
