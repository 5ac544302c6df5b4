package nl.bondgenoot.diagram.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the bundled web client (webapp/, built by npm during the Maven build) from this bundle's
 * class path, so it works from the product's jar as well as from a development checkout.
 */
final class WebClientServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String ROOT = "webapp/";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
            "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "ttf", "font/ttf", "svg",
            "image/svg+xml", "png", "image/png", "map", "application/json");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (path.equals("/")) {
            path = "/index.html";
        }
        URL resource = path.contains("..") || path.contains("//") || path.contains("\\") ? null
                : WebClientServlet.class.getClassLoader().getResource(ROOT + path.substring(1));
        if (resource == null) {
            // A short answer of our own: the web server's error page would name its version.
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain; charset=utf-8");
            response.getWriter().println("Niet gevonden.");
            return;
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = resource.openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
