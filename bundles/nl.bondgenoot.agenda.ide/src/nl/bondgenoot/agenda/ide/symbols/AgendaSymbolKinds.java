package nl.bondgenoot.agenda.ide.symbols;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;

import nl.bondgenoot.model.BondgenootPackage;

/**
 * Icons in the outline: LSP has no words for agendas, so each kind of element gets the symbol kind
 * that editors draw most distinctly, the same one everywhere it appears.
 */
public class AgendaSymbolKinds extends DocumentSymbolKindProvider {

    @Override
    protected SymbolKind getSymbolKind(EClass type) {
        BondgenootPackage p = BondgenootPackage.eINSTANCE;
        if (type == p.getMaatschappelijkeAgenda() || type == p.getVeranderagenda() || type == p.getUitvoeringsagenda()) {
            return SymbolKind.Module;
        }
        if (type == p.getEffect()) {
            return SymbolKind.Event;
        }
        if (type == p.getIndicator()) {
            return SymbolKind.Number;
        }
        if (type == p.getOpgave()) {
            return SymbolKind.Class;
        }
        if (type == p.getOpdrachtrelatie()) {
            return SymbolKind.Interface;
        }
        if (type == p.getParticipatie() || type == p.getTerugmelding()) {
            return SymbolKind.Property;
        }
        return super.getSymbolKind(type);
    }
}
