package nl.bondgenoot.agenda.ide.server;

import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import com.google.inject.AbstractModule;

/**
 * What differs from Xtext's {@code ServerModule}: the languages come from a registry we fill
 * ourselves (Xtext's default reads {@code META-INF/services} through {@link java.util.ServiceLoader},
 * which sees nothing across OSGi bundles), our server class, an exit that does not call
 * {@code System.exit}, the projects as the command line sees them, computed again when a folder
 * becomes a project or stops being one, and reads answered while a long check pauses.
 */
public class AgendaServerModule extends AbstractModule {

    private final IResourceServiceProvider.Registry languages;
    private final ServerExit exit;

    public AgendaServerModule(IResourceServiceProvider.Registry languages, ServerExit exit) {
        this.languages = languages;
        this.exit = exit;
    }

    @Override
    protected void configure() {
        bind(IResourceServiceProvider.Registry.class).toInstance(languages);
        bind(LanguageServer.class).to(AgendaLanguageServer.class);
        bind(ILanguageServerShutdownAndExitHandler.class).toInstance(exit);
        bind(IMultiRootWorkspaceConfigFactory.class).to(ProjectWorkspaceConfigs.class);
        bind(WorkspaceManager.class).to(ProjectWorkspaceManager.class);
        bind(IRequestManager.class).to(PausingRequestManager.class);
    }
}
