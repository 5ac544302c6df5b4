package nl.bondgenoot.agenda.linking;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

import nl.bondgenoot.agenda.validation.AgendaIssueCodes;
import nl.bondgenoot.model.BondgenootPackage;

/**
 * A name that does not link says, in Dutch, what kind of thing was looked for and where: actors and
 * networks live in the project's model files, so an actor renamed there shows up here as a broken
 * link that names the old name.
 */
public class DutchLinkingMessages extends LinkingDiagnosticMessageProvider {

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        EClass type = context.getReference().getEReferenceType();
        String name = context.getLinkText();
        String message;
        if (type == BondgenootPackage.Literals.ACTOR) {
            message = "onbekende actor '" + name + "': geen actor met deze naam in de modelbestanden (.bondgenoot)"
                    + " van dit project; is de actor hernoemd of verwijderd, pas dan de naam hier aan";
        } else if (type == BondgenootPackage.Literals.NETWERK) {
            message = "onbekend netwerk '" + name + "': geen netwerk met deze naam in de modelbestanden (.bondgenoot)"
                    + " van dit project";
        } else if (type == BondgenootPackage.Literals.EFFECT) {
            message = "onbekend effect '" + name + "': geen effect met deze naam in een maatschappelijke agenda"
                    + " van dit project";
        } else if (type == BondgenootPackage.Literals.OPGAVE) {
            message = "onbekende opgave '" + name + "': geen opgave met deze naam in een veranderagenda van dit project";
        } else {
            message = "onbekende naam '" + name + "'";
        }
        return new DiagnosticMessage(message, Severity.ERROR, AgendaIssueCodes.KOPPELING);
    }

    @Override
    public DiagnosticMessage getIllegalNodeMessage(ILinkingDiagnosticContext context, IllegalNodeException ex) {
        return new DiagnosticMessage("ongeldige verwijzing: " + ex.getMessage(), Severity.ERROR, AgendaIssueCodes.KOPPELING);
    }
}
