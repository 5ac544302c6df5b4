package nl.bondgenoot.agenda.ide;

import org.eclipse.xtext.ide.editor.contentassist.IPrefixMatcher;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.refactoring.IRenameStrategy2;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;

import nl.bondgenoot.agenda.ide.contentassist.AgendaCrossrefProposals;
import nl.bondgenoot.agenda.ide.contentassist.AgendaProposalProvider;
import nl.bondgenoot.agenda.ide.contentassist.QuoteTolerantPrefixMatcher;
import nl.bondgenoot.agenda.ide.highlighting.AgendaHighlightingCalculator;
import nl.bondgenoot.agenda.ide.hover.AgendaHoverService;
import nl.bondgenoot.agenda.ide.navigation.AgendaDefinitions;
import nl.bondgenoot.agenda.ide.quickfix.AgendaQuickfixProvider;
import nl.bondgenoot.agenda.ide.rename.AgendaRenameService;
import nl.bondgenoot.agenda.ide.rename.AgendaRenameStrategy;
import nl.bondgenoot.agenda.ide.symbols.AgendaSymbolKinds;
import nl.bondgenoot.agenda.ide.symbols.AgendaSymbolNames;

/** The agenda language's editor-agnostic IDE services (LSP server, workbench agenda editor). */
public class AgendaIdeModule extends AbstractAgendaIdeModule {

    // --- Content assist ---

    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return AgendaProposalProvider.class;
    }

    public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
        return AgendaCrossrefProposals.class;
    }

    @Override
    public Class<? extends IPrefixMatcher> bindIPrefixMatcher() {
        return QuoteTolerantPrefixMatcher.class;
    }

    // --- Quick fixes, reachable as LSP code actions ---

    public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
        return AgendaQuickfixProvider.class;
    }

    public Class<? extends ICodeActionService2> bindICodeActionService2() {
        return QuickFixCodeActionService.class;
    }


    // --- Hover, outline, go to definition, find references / rename, semantic highlighting (LSP-level services) ---

    public Class<? extends IHoverService> bindIHoverService() {
        return AgendaHoverService.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
        return AgendaSymbolNames.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
        return AgendaSymbolKinds.class;
    }

    public Class<? extends IRenameService2> bindIRenameService2() {
        return AgendaRenameService.class;
    }

    public Class<? extends IRenameStrategy2> bindIRenameStrategy2() {
        return AgendaRenameStrategy.class;
    }

    public Class<? extends DocumentSymbolService> bindDocumentSymbolService() {
        return AgendaDefinitions.class;
    }

    public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
        return AgendaHighlightingCalculator.class;
    }

    // --- end of LSP-level services ---
}
