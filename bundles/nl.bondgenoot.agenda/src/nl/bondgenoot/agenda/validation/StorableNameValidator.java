package nl.bondgenoot.agenda.validation;

import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import nl.bondgenoot.model.BondgenootPackage;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.persistence.StorableText;

/**
 * A name in an agenda (a quoted name may hold any character, escaped) that no model file could hold: refused
 * where it is typed, as the map and Eigenschappen refuse it, so that a rename across agendas and
 * models never carries it into a model whose save would then fail.
 */
public class StorableNameValidator extends AbstractDeclarativeValidator {

    public static final String NAME_NOT_STORABLE = "bondgenoot.naamNietOpTeSlaan";

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into AgendaValidator: no registration of its own
    }

    @Check
    public void checkName(Element element) {
        if (element.getNaam() != null) {
            StorableText.nameProblem(element.getNaam()).ifPresent(problem ->
                    error(problem, element, BondgenootPackage.Literals.ELEMENT__NAAM, NAME_NOT_STORABLE));
        }
    }
}
