package nl.bondgenoot.agenda.validation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

import nl.bondgenoot.agenda.PausePoints;
import nl.bondgenoot.model.BondgenootPackage;

/**
 * An actor's name may occur in more than one model file of a project (a draft next to the real
 * network, say). The agenda then links to one of them without a sign; this says which one, and
 * where else the name is, so the advisor can tell whether that is the intended actor.
 */
public class AmbiguousNameValidator extends AbstractDeclarativeValidator {

    public static final String AMBIGUOUS_NAME = "bondgenoot.naamNietEenduidig";

    @Inject
    private IScopeProvider scopes;

    @Inject
    private LinkingHelper linking;

    @Inject
    private IQualifiedNameConverter names;

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into AgendaValidator: no registration of its own
    }

    @Check
    public void checkNamesOfModelElements(EObject object) {
        for (EReference reference : object.eClass().getEAllReferences()) {
            EObject type = reference.getEReferenceType();
            if (!reference.isContainment() && (type == BondgenootPackage.Literals.ACTOR || type == BondgenootPackage.Literals.NETWERK)) {
                List<INode> nodes = NodeModelUtils.findNodesForFeature(object, reference);
                for (int i = 0; i < nodes.size(); i++) {
                    PausePoints.here(); // a list of 100,000 names is one object: the server may answer others meanwhile
                    check(object, reference, nodes.get(i), target(object, reference, i));
                }
            }
        }
    }

    private static EObject target(EObject object, EReference reference, int index) {
        Object value = object.eGet(reference, true);
        if (value instanceof List<?> list) {
            return index < list.size() ? (EObject) list.get(index) : null;
        }
        return (EObject) value;
    }

    private void check(EObject object, EReference reference, INode node, EObject target) {
        String text = linking.getCrossRefNodeAsString(node, true);
        if (text == null || text.isBlank()) {
            return;
        }
        Set<String> files = new LinkedHashSet<>();
        for (IEObjectDescription candidate : scopes.getScope(object, reference).getElements(names.toQualifiedName(text))) {
            files.add(candidate.getEObjectURI().trimFragment().lastSegment());
        }
        if (files.size() > 1 && target != null && !target.eIsProxy() && target.eResource() != null) {
            String chosen = target.eResource().getURI().lastSegment();
            getMessageAcceptor().acceptWarning("de naam '" + text + "' staat in meer dan één modelbestand van dit project ("
                    + String.join(", ", files) + "); de agenda verwijst naar die in " + chosen
                    + ". Geef de actoren verschillende namen of haal het modelbestand dat niet bedoeld is uit het project",
                    object, node.getOffset(), node.getLength(), AMBIGUOUS_NAME, text);
        }
    }
}
