package nl.bondgenoot.diagram.server;

import java.util.Locale;
import java.util.Set;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * What every request must pass before the server answers anything:
 * <ul>
 * <li>its {@code Host} is this server ({@code 127.0.0.1:PORT} or {@code localhost:PORT}), so a page of
 * another site whose name was re-pointed at 127.0.0.1 (DNS rebinding) gets nothing, not even a refusal
 * page;</li>
 * <li>it reads ({@code GET}, {@code HEAD}): no TRACE, nothing that writes;</li>
 * <li>its path starts with the token ({@code /TOKEN/...}). The token lives in the page's own address,
 * never in a cookie: cookies do not separate ports, so a cookie would reach every other service on
 * 127.0.0.1 too. Relative URLs (scripts, styles, fonts, the websocket) carry it along by themselves;</li>
 * <li>a websocket upgrade, which gives access to the model, comes from a page of this server: its
 * {@code Origin} is required and must be the server's own.</li>
 * </ul>
 * Every answer tells the browser to run scripts and open connections only from this server and never
 * to show the page inside a frame.
 */
final class TokenGuard extends Handler.Wrapper {

    private static final Set<String> READING = Set.of(HttpMethod.GET.asString(), HttpMethod.HEAD.asString());

    /**
     * SWT's Browser hands a page's calls of a {@code BrowserFunction} to Java as requests to {@code swt:}
     * URLs: the workbench's own map needs them, a page in an ordinary browser has no such scheme.
     */
    static final String WORKBENCH_BRIDGE = " swt:";

    private final AccessToken token;
    private final String moreConnections;

    /** A guard whose pages may connect to the server itself and, with {@link #WORKBENCH_BRIDGE}, to the workbench. */
    TokenGuard(AccessToken token, String moreConnections, Handler next) {
        super(next);
        this.token = token;
        this.moreConnections = moreConnections;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String host = ownHost(request);
        if (host == null) {
            return refuse(response, callback, HttpStatus.MISDIRECTED_REQUEST_421,
                    "Deze Bondgenoot-server antwoordt alleen op adressen van deze computer (127.0.0.1 of localhost).");
        }
        if (!READING.contains(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            return refuse(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405,
                    "Deze Bondgenoot-server staat alleen lezen toe (GET).");
        }
        if (!token.matches(firstSegment(request.getHttpURI().getPath()))) {
            return refuse(response, callback, HttpStatus.FORBIDDEN_403,
                    "Geen toegang: deze Bondgenoot-server vraagt om het volledige adres (met toegangstoken) dat bij het starten werd getoond.");
        }
        if (isWebsocketUpgrade(request) && !("http://" + host).equals(request.getHeaders().get(HttpHeader.ORIGIN))) {
            return refuse(response, callback, HttpStatus.FORBIDDEN_403,
                    "Geen toegang: alleen de netwerkkaart van deze server zelf mag verbinden.");
        }
        addPageHeaders(response, host, moreConnections);
        return super.handle(request, response, callback);
    }

    /**
     * The Host header when it names this server exactly (name and the port the request came in on),
     * normalised to lower case; otherwise null.
     */
    private static String ownHost(Request request) {
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (host == null) {
            return null;
        }
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.matches("(127\\.0\\.0\\.1|localhost):" + Request.getLocalPort(request)) ? lower : null;
    }

    /** The first segment of the path ("/abc/bundle.js" gives "abc"), or null. */
    private static String firstSegment(String path) {
        if (path == null || !path.startsWith("/")) {
            return null;
        }
        int end = path.indexOf('/', 1);
        return end < 0 ? path.substring(1) : path.substring(1, end);
    }

    private static boolean isWebsocketUpgrade(Request request) {
        return "websocket".equalsIgnoreCase(request.getHeaders().get(HttpHeader.UPGRADE));
    }

    private static void addPageHeaders(Response response, String host, String moreConnections) {
        response.getHeaders().put("Content-Security-Policy", "default-src 'none'; script-src 'self'; connect-src 'self' ws://"
                + host + moreConnections + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self';"
                + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        response.getHeaders().put("X-Frame-Options", "DENY");
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
    }

    /** A short plain answer of our own: no error page of the web server, which would name its version. */
    private static boolean refuse(Response response, Callback callback, int status, String message) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        Content.Sink.write(response, true, message + "\n", callback);
        return true;
    }
}
