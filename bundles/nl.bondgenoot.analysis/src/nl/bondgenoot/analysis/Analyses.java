package nl.bondgenoot.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.bondgenoot.analysis.advies.Bestuursvormadviseur;
import nl.bondgenoot.analysis.advies.ProvanKenisTabel;
import nl.bondgenoot.analysis.maten.Netwerkanalyses;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.Netwerk;

/** The network analysis of a model: per netwerk (figures and advice), then the whole model. */
public final class Analyses {

    private Analyses() {
    }

    /**
     * Every netwerk of the model in model order, then the whole model; or only {@code projectie.netwerk()}
     * when it names one. Families, peildatum and view filter come from {@code projectie}.
     */
    public static List<Onderwerpanalyse> van(Governancemodel model, Projectie projectie, ProvanKenisTabel tabel) {
        List<Onderwerpanalyse> result = new ArrayList<>();
        if (projectie.netwerk() != null) {
            result.add(netwerk(model, projectie, tabel));
            return result;
        }
        for (Netwerk netwerk : model.getNetwerken()) {
            result.add(netwerk(model, new Projectie(netwerk, projectie.families(), projectie.peildatum(),
                    projectie.zichtbaar()), tabel));
        }
        result.add(new Onderwerpanalyse(Netwerkanalyses.van(Graafprojecties.van(model, projectie)), Optional.empty()));
        return result;
    }

    private static Onderwerpanalyse netwerk(Governancemodel model, Projectie projectie, ProvanKenisTabel tabel) {
        return new Onderwerpanalyse(Netwerkanalyses.van(Graafprojecties.van(model, projectie)),
                Optional.of(Bestuursvormadviseur.adviseer(projectie.netwerk(), projectie.peildatum(), tabel)));
    }
}
