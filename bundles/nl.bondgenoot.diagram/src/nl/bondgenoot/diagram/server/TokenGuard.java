package nl.bondgenoot.diagram.server;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Refuses every request that does not carry the server's token. Pages and their scripts may carry
 * it as the {@code token} query parameter or as the cookie set when the page was opened with it
 * (so the page can load its scripts by plain relative URLs). A websocket upgrade, which gives
 * access to the model, must carry it in the query and come from the server's own origin: a page
 * on another local port shares the cookie but must not get a session.
 */
final class TokenGuard extends Handler.Wrapper {

    static final String COOKIE = "bondgenoot-token";

    private final AccessToken token;

    TokenGuard(AccessToken token, Handler next) {
        super(next);
        this.token = token;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Fields query = Request.extractQueryParameters(request);
        boolean inQuery = token.matches(query.getValue("token"));
        boolean allowed = isWebsocketUpgrade(request) ? inQuery && fromOwnOrigin(request)
                : inQuery || hasTokenCookie(request);
        if (!allowed) {
            Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403,
                    "Geen toegang: deze Bondgenoot-server vraagt om het toegangstoken uit de URL die bij het starten werd getoond.");
            return true;
        }
        if (inQuery) {
            Response.addCookie(response, HttpCookie.build(COOKIE, token.value()).path("/").httpOnly(true)
                    .sameSite(HttpCookie.SameSite.STRICT).build());
        }
        return super.handle(request, response, callback);
    }

    private static boolean isWebsocketUpgrade(Request request) {
        return "websocket".equalsIgnoreCase(request.getHeaders().get(HttpHeader.UPGRADE));
    }

    /** Browsers always send Origin on websocket upgrades; other clients (tests, tools) may omit it. */
    private static boolean fromOwnOrigin(Request request) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin == null) {
            return true;
        }
        String own = "http://" + Request.getServerName(request) + ":" + Request.getServerPort(request);
        return origin.equals(own);
    }

    private boolean hasTokenCookie(Request request) {
        return Request.getCookies(request).stream()
                .anyMatch(c -> COOKIE.equals(c.getName()) && token.matches(c.getValue()));
    }
}
