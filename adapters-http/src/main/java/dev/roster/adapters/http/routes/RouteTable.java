package dev.roster.adapters.http.routes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Every route of the API, looked up by method and path. Immutable; built once at start-up. */
public final class RouteTable {

    /** Where the API lives: a path under it that no route names is never handed to the fallback. */
    private static final String API = "/api";

    private final List<Route> routes;
    private final RouteTree tree;
    private final Optional<Route> fallback;

    public RouteTable(List<Route> routes) {
        this(routes, Optional.empty());
    }

    private RouteTable(List<Route> routes, Optional<Route> fallback) {
        this.fallback = fallback;
        this.routes = List.copyOf(routes);
        for (int i = 0; i < this.routes.size(); i++) {
            for (int j = i + 1; j < this.routes.size(); j++) {
                Route a = this.routes.get(i);
                Route b = this.routes.get(j);
                if (a.method().equals(b.method())
                        && a.path().text().equals(b.path().text())) {
                    throw new IllegalArgumentException(
                            "route " + a.method() + " " + a.path().text() + " twice");
                }
            }
        }
        this.tree = new RouteTree(this.routes);
    }

    public List<Route> routes() {
        return routes;
    }

    /** This table with more routes, such as those only the local server has. */
    public RouteTable with(List<Route> more) {
        List<Route> all = new ArrayList<>(routes);
        all.addAll(more);
        return new RouteTable(all, fallback);
    }

    /**
     * This table answering, with {@code fallback}, a request of its method for any path outside {@code /api} that no
     * route names: a single-page app's files and its client-side routes.
     */
    public RouteTable withFallback(Route fallback) {
        return new RouteTable(routes, Optional.of(fallback));
    }

    /** Finds the route for a request; tells apart an unknown path (404) from a known one with another method (405). */
    public Resolution resolve(String method, String rawPath) {
        String[] decoded = PathSegments.decode(rawPath);
        BitSet fitting = decoded == null ? new BitSet() : tree.fitting(decoded);
        // Where more than one route fits, the first in the table takes the request, as it always has.
        for (int index = fitting.nextSetBit(0); index >= 0; index = fitting.nextSetBit(index + 1)) {
            Route route = routes.get(index);
            if (route.method().equals(method)) {
                return new Resolution.Found(route, route.path().parameters(decoded));
            }
        }
        if (!fitting.isEmpty()) {
            Set<String> allowed = new TreeSet<>();
            fitting.stream().forEach(index -> allowed.add(routes.get(index).method()));
            return new Resolution.WrongMethod(allowed);
        }
        return fallback.filter(route -> route.method().equals(method) && !isApi(rawPath))
                .<Resolution>map(route -> new Resolution.Found(route, Map.of()))
                .orElseGet(Resolution.NoSuchPath::new);
    }

    private static boolean isApi(String rawPath) {
        return rawPath.equals(API) || rawPath.startsWith(API + "/");
    }

    /** What {@link #resolve} found. */
    public sealed interface Resolution {

        /** How the request log and the metrics name the route: its template, never the raw path. */
        String label();

        record Found(Route route, Map<String, String> parameters) implements Resolution {
            @Override
            public String label() {
                return route.path().text();
            }
        }

        record NoSuchPath() implements Resolution {
            @Override
            public String label() {
                return "(no route)";
            }
        }

        record WrongMethod(Set<String> allowed) implements Resolution {
            @Override
            public String label() {
                return "(wrong method)";
            }
        }
    }
}
