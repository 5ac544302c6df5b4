package nl.bondgenoot.agenda.ide;

import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.refactoring.IRenameStrategy2;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.resource.ILocationInFileProvider;

import nl.bondgenoot.agenda.ide.highlighting.AgendaHighlightingCalculator;
import nl.bondgenoot.agenda.ide.hover.AgendaHoverService;
import nl.bondgenoot.agenda.ide.rename.AgendaRenameService;
import nl.bondgenoot.agenda.ide.rename.AgendaRenameStrategy;
import nl.bondgenoot.agenda.ide.symbols.AgendaNameLocations;
import nl.bondgenoot.agenda.ide.symbols.AgendaSymbolKinds;
import nl.bondgenoot.agenda.ide.symbols.AgendaSymbolNames;

/**
 * The agenda language's editor-agnostic IDE services (LSP server, future workbench editor).
 */
public class AgendaIdeModule extends AbstractAgendaIdeModule {

    // --- Hover, outline, find references / rename, semantic highlighting (LSP-level services) ---

    public Class<? extends IHoverService> bindIHoverService() {
        return AgendaHoverService.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
        return AgendaSymbolNames.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
        return AgendaSymbolKinds.class;
    }

    public Class<? extends ILocationInFileProvider> bindILocationInFileProvider() {
        return AgendaNameLocations.class;
    }

    public Class<? extends IRenameService2> bindIRenameService2() {
        return AgendaRenameService.class;
    }

    public Class<? extends IRenameStrategy2> bindIRenameStrategy2() {
        return AgendaRenameStrategy.class;
    }

    public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
        return AgendaHighlightingCalculator.class;
    }

    // --- end of LSP-level services ---
}
