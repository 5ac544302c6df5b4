package nl.bondgenoot.agenda.ide;

import org.eclipse.xtext.ide.editor.contentassist.IPrefixMatcher;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;

import nl.bondgenoot.agenda.ide.contentassist.AgendaCrossrefProposals;
import nl.bondgenoot.agenda.ide.contentassist.AgendaProposalProvider;
import nl.bondgenoot.agenda.ide.contentassist.QuoteTolerantPrefixMatcher;
import nl.bondgenoot.agenda.ide.quickfix.AgendaQuickfixProvider;

/** The agenda language's editor-agnostic IDE services (LSP server, workbench editor). */
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
}
