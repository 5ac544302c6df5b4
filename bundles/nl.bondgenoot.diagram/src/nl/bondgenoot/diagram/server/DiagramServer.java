package nl.bondgenoot.diagram.server;

import nl.bondgenoot.diagram.compare.CompareView;
import nl.bondgenoot.diagram.compare.OlderVersion;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.nio.file.Path;

import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.launch.GLSPServerLauncher;
import org.eclipse.glsp.server.websocket.GLSPConfigurator;
import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;
import org.eclipse.glsp.server.websocket.WebsocketModule;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import jakarta.websocket.server.ServerEndpointConfig;

import nl.bondgenoot.diagram.emf.GovernanceModelStorage;
import nl.bondgenoot.diagram.emf.ModelHost;
import nl.bondgenoot.diagram.glsp.NetwerkkaartDiagramModule;
import nl.bondgenoot.diagram.emf.ServedModel;
import nl.bondgenoot.diagram.notation.ReadOnlyViews;

/**
 * The GLSP diagram server of one model file: web client and websocket on 127.0.0.1 only, on a
 * free port, under a path made of a token generated at start (see {@link TokenGuard}). Unlike GLSP's stock websocket launcher it does
 * not block, exit the JVM or reconfigure logging, so the workbench can host it too.
 */
public final class DiagramServer extends GLSPServerLauncher {

    private static final String LOOPBACK = "127.0.0.1";
    private static final String ENDPOINT = "/glsp";

    private final Path file;
    private final ModelHost host;
    private final OlderVersion older;
    private final AccessToken token = AccessToken.generate();
    private Server server;
    private String moreConnections = "";

    public DiagramServer(Path file) {
        this(file, new ModelHost());
    }

    /** Serves the file's map with the model of the given host (the workbench's editor model). */
    public DiagramServer(Path file, ModelHost host) {
        this(new ServedModel(file), host);
    }

    /** Serves the file compared with an older version: one view, only shown, with a model host of its own. */
    public DiagramServer(Path file, OlderVersion older) {
        this(new ServedModel(file, older), new ModelHost());
    }

    private DiagramServer(ServedModel served, ModelHost host) {
        super(new ServerModule().configureDiagramModule(new NetwerkkaartDiagramModule(served, host)), new WebsocketModule());
        this.file = served.file();
        this.host = host;
        this.older = served.older();
    }

    /**
     * The page is shown in the workbench's SWT Browser, which carries the page's calls to the workbench
     * ({@code BrowserFunction}) over {@code swt:} requests: the page may make those too. Before {@link #start()}.
     */
    public DiagramServer inWorkbench() {
        moreConnections = TokenGuard.WORKBENCH_BRIDGE;
        return this;
    }

    /** Starts on a free port of the loopback interface. */
    public void start() throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Jetty finds its websocket implementation through the context class loader.
        thread.setContextClassLoader(DiagramServer.class.getClassLoader());
        try {
            server = new Server();
            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false); // no "Server: Jetty(12...)" header, no version on any page
            http.setSendXPoweredBy(false);
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(LOOPBACK);
            connector.setPort(0);
            server.addConnector(connector);
            ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
            context.setContextPath("/" + token.value());
            context.addServlet(new ServletHolder(new WebClientServlet(this::viewNames)), "/*");
            JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
                // Never drop an idle session: the client would silently reconnect and lose unsaved edits.
                container.setDefaultMaxSessionIdleTimeout(0);
                container.setDefaultMaxTextMessageBufferSize(GLSPServerEndpoint.MAX_TEXT_MESSAGE_BUFFER_SIZE);
                container.addEndpoint(ServerEndpointConfig.Builder.create(GLSPServerEndpoint.class, ENDPOINT)
                        .configurator(new GLSPConfigurator(this::createInjector)).build());
            });
            server.setHandler(new TokenGuard(token, moreConnections, context));
            server.start();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void start(String hostname, int port) {
        throw new UnsupportedOperationException("De diagramserver luistert alleen op " + LOOPBACK);
    }

    public int port() {
        return server.getURI().getPort();
    }

    public AccessToken token() {
        return token;
    }

    /** The address to open in a browser: the token is the first segment of its path. */
    public URI url() {
        return URI.create("http://" + LOOPBACK + ":" + port() + "/" + token.value() + "/");
    }

    /** The address of one view of the model ({@code ?weergave=NAAM} after the token). */
    public URI url(String view) {
        return URI.create(url() + viewQuery(view));
    }

    /** "?weergave=Rond%20de%20gemeente". */
    static String viewQuery(String view) {
        return "?" + GovernanceModelStorage.VIEW_OPTION + "=" + URLEncoder.encode(view, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The names of the model's views, the first being the default one: as the maps of this server
     * hold them (unsaved views included), read from the notation file when no map is open yet.
     */
    public List<String> viewNames() {
        if (older != null) {
            return List.of(CompareView.VIEW_NAME);
        }
        if (ReadOnlyViews.isReadOnly(file)) {
            return ReadOnlyViews.of(file).names();
        }
        ModelHost.OpenNotation open = host.notationFor(file, () -> ModelHost.OpenNotation.read(file));
        return host.exclusive(() -> open.views().names());
    }

    public Path file() {
        return file;
    }

    @Override
    public void shutdown() {
        host.close();
        if (server != null && server.isRunning()) {
            try {
                server.stop();
            } catch (Exception e) {
                // stopping on the way out: nothing left to save or report
            }
        }
    }
}
