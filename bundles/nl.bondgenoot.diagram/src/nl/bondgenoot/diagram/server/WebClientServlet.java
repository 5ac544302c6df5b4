package nl.bondgenoot.diagram.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the bundled web client (webapp/, built by npm during the Maven build) from this bundle's
 * class path, so it works from the product's jar as well as from a development checkout, and the
 * list of the model's views as {@value #VIEWS} (behind the same token as everything else).
 */
final class WebClientServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The views of the model: {@code {"weergaven": [{"naam": "Netwerkkaart", "adres": "./?weergave=Netwerkkaart"}, …]}}. */
    static final String VIEWS = "/weergaven.json";

    private final transient Supplier<List<String>> views;

    WebClientServlet(Supplier<List<String>> views) {
        this.views = views;
    }
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
        if (path.equals(VIEWS)) {
            sendViews(response);
            return;
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

    private void sendViews(HttpServletResponse response) throws IOException {
        JsonArray list = new JsonArray();
        for (String name : views.get()) {
            JsonObject view = new JsonObject();
            view.addProperty("naam", name);
            view.addProperty("adres", "./" + DiagramServer.viewQuery(name));
            list.add(view);
        }
        JsonObject body = new JsonObject();
        body.add("weergaven", list);
        response.setContentType("application/json; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
