package nl.bondgenoot.ui.views;

import java.util.List;

import nl.bondgenoot.model.Governancemodel;

/** The "Actoren (n)" and "Netwerken (n)" nodes; equal per model and kind, so the tree can find them again. */
record TreeGroup(Governancemodel model, Kind kind) {

    enum Kind {
        ACTOREN, NETWERKEN
    }

    List<?> children() {
        return kind == Kind.ACTOREN ? model.getActoren() : model.getNetwerken();
    }
}
