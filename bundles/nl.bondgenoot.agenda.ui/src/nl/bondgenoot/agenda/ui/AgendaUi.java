package nl.bondgenoot.agenda.ui;

import com.google.inject.Injector;

import nl.bondgenoot.agenda.ide.AgendaIdeSetup;

/**
 * The agenda language with its IDE services, once per workbench: the editor asks this injector for
 * content assist, hover, quick fixes and formatting, exactly the services the LSP server offers.
 */
public final class AgendaUi {

    private static Injector injector;

    private AgendaUi() {
    }

    public static synchronized Injector injector() {
        if (injector == null) {
            injector = new AgendaIdeSetup().createInjectorAndDoEMFRegistration();
        }
        return injector;
    }
}
