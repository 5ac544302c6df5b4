package nl.bondgenoot.agenda.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.util.ParseHelper;

import com.google.inject.Inject;
import com.google.inject.Provider;

import nl.bondgenoot.model.Governancemodel;

/** Parses agenda text in a resource set with the example models, links it and insists it is error-free. */
class AgendaParser {

    @Inject
    private ParseHelper<Governancemodel> parser;

    @Inject
    private Provider<XtextResourceSet> sets;

    private XtextResourceSet set;

    XtextResourceSet set() {
        if (set == null) {
            set = Examples.withModels(sets.get());
        }
        return set;
    }

    /** The text as a model, links resolved; fails on any syntax or link error. */
    Governancemodel parse(CharSequence text) throws Exception {
        Governancemodel model = parseWithErrors(text);
        List<Resource.Diagnostic> errors = model.eResource().getErrors();
        assertEquals(List.of(), errors.stream().map(d -> d.getLine() + ": " + d.getMessage()).toList(), text.toString());
        return model;
    }

    /** The text as a model, links resolved, errors left in the resource. */
    Governancemodel parseWithErrors(CharSequence text) throws Exception {
        // One agenda at a time: an earlier one in the set would offer its effects and opgaven to this one.
        set().getResources().removeIf(r -> "agenda".equals(r.getURI().fileExtension()));
        Governancemodel model = parser.parse(text, set());
        EcoreUtil.resolveAll(model.eResource());
        return model;
    }
}
