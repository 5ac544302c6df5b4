package nl.bondgenoot.agenda.ide.quickfix;

import static nl.bondgenoot.agenda.ide.quickfix.Aspect.GEMEENTEMODEL;
import static nl.bondgenoot.agenda.ide.quickfix.Aspect.GEMEENTE_IS_PARTNER;
import static nl.bondgenoot.agenda.ide.quickfix.Aspect.INSTELLINGSTRATEGIE;
import static nl.bondgenoot.agenda.ide.quickfix.Aspect.OPDRACHTVORM;
import static nl.bondgenoot.agenda.ide.quickfix.Aspect.REKENSCHAP;
import static nl.bondgenoot.agenda.ide.quickfix.Aspect.REKENSCHAP_SOORT;
import static nl.bondgenoot.agenda.ide.quickfix.Aspect.RESULTAAT;
import static nl.bondgenoot.agenda.ide.quickfix.Aspect.RICHTING;
import static nl.bondgenoot.agenda.ide.quickfix.Aspect.RUIMTE;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;

import com.google.inject.Inject;

import nl.bondgenoot.agenda.validation.AgendaIssueCodes;
import nl.bondgenoot.model.Opdrachtrelatie;

/**
 * Quick fixes for the rule findings with an obvious repair and for unknown names, offered as LSP code
 * actions. The 4R repairs are found by {@link RepairSearch} (the engine decides what fixes a finding),
 * so each fix is sure to make its finding disappear; labels say in Dutch what the fix writes.
 */
public class AgendaQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

    private static final int MAX_FIXES = 3;

    @Inject
    private IGrammarAccess grammar;

    @Inject
    private EObjectAtOffsetHelper offsets;

    @Inject
    private MissingPropertyFixes missing;

    @Inject
    private UnknownNameFixes unknownNames;

    // The declarative fix methods only get the acceptor: the finding they are called for is kept here.
    private final ThreadLocal<FixContext> current = new ThreadLocal<>();

    @Override
    public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
        current.set(new FixContext(options, diagnostic));
        try {
            return super.getResolutions(options, diagnostic);
        } finally {
            current.remove();
        }
    }

    @QuickFix("4R-2")
    public void richtingEnRuimteInEvenwicht(DiagnosticResolutionAcceptor acceptor) {
        offerRepairs(acceptor, "4R-2", List.of(RICHTING, RUIMTE));
    }

    @QuickFix("4R-3")
    public void rekenschapBijRuimte(DiagnosticResolutionAcceptor acceptor) {
        offerRepairs(acceptor, "4R-3", List.of(REKENSCHAP));
    }

    @QuickFix("4R-4")
    public void enkelvoudigProfiel(DiagnosticResolutionAcceptor acceptor) {
        offerRepairs(acceptor, "4R-4", List.of(RICHTING, RUIMTE, RESULTAAT, REKENSCHAP, REKENSCHAP_SOORT));
    }

    @QuickFix("4R-5")
    public void meervoudigProfiel(DiagnosticResolutionAcceptor acceptor) {
        offerRepairs(acceptor, "4R-5", List.of(RICHTING, RUIMTE, RESULTAAT, REKENSCHAP, REKENSCHAP_SOORT));
    }

    @QuickFix("4R-9")
    public void enkelvoudigSamenspel(DiagnosticResolutionAcceptor acceptor) {
        offerRepairs(acceptor, "4R-9", List.of(GEMEENTEMODEL, INSTELLINGSTRATEGIE, OPDRACHTVORM));
    }

    @QuickFix("4R-10")
    public void meervoudigSamenspel(DiagnosticResolutionAcceptor acceptor) {
        offerRepairs(acceptor, "4R-10", List.of(GEMEENTEMODEL, INSTELLINGSTRATEGIE, GEMEENTE_IS_PARTNER));
    }

    @QuickFix("4R-1")
    public void vierRIngevuld(DiagnosticResolutionAcceptor acceptor) {
        missing.offerMissingRs(current.get(), acceptor);
    }

    @QuickFix("AG-9")
    public void eigenaarEnVaststelling(DiagnosticResolutionAcceptor acceptor) {
        missing.offerOwnerAndAdoption(current.get(), acceptor);
    }

    @QuickFix(AgendaIssueCodes.KOPPELING)
    public void bedoeldeNaam(DiagnosticResolutionAcceptor acceptor) {
        unknownNames.offerClosestNames(current.get(), acceptor);
    }

    /**
     * Offers the smallest changes to the written values of these aspects that clear the finding (a
     * value the text does not give is not invented; gemeente-is-partner may be added).
     */
    private void offerRepairs(DiagnosticResolutionAcceptor acceptor, String ruleId, List<Aspect> aspects) {
        FixContext context = current.get();
        Opdrachtrelatie relatie = context.element(Opdrachtrelatie.class, offsets);
        if (relatie == null) {
            return;
        }
        List<Aspect> changeable = new ArrayList<>();
        for (Aspect aspect : aspects) {
            if (aspect == GEMEENTE_IS_PARTNER ? !aspect.isWritten(relatie) : aspect.isWritten(relatie)) {
                changeable.add(aspect);
            }
        }
        for (RepairSearch.Repair repair : new RepairSearch(relatie, ruleId, context.engine()).search(changeable, List.of(),
                MAX_FIXES)) {
            List<Change> changes = repair.changes();
            acceptor.accept(Change.label(changes), (ITextModification) (diagnostic, element, document) -> {
                Opdrachtrelatie target = EcoreUtil2.getContainerOfType(element, Opdrachtrelatie.class);
                AgendaEdits edits = new AgendaEdits(document, grammar);
                changes.forEach(change -> edits.write(target, change));
                return edits.build(target);
            });
        }
    }
}
