package nl.bondgenoot.ui.properties;

import java.util.List;

import nl.bondgenoot.rules.Finding;

/** An editor that knows the rule engine's findings on its elements (the model editor). */
public interface ElementFindings {

    List<Finding> findingsOn(Object element);
}
