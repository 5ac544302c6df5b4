package nl.bondgenoot.model.instrumenten;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.bondgenoot.model.Beoordelingsinstrument;
import nl.bondgenoot.model.Organisatiegebied;

/**
 * The ambition tables of S2 as data: Tabel 5, "Ambitie voor gemeenten" (19 ambities, S2:2649-2691), and
 * Tabel 9, "Ambitie voor uitvoeringsorganisaties" (18 ambities, S2:3766-3806), per organisatiegebied.
 * Usable as a second checklist (SPEC 1.6). Read from {@code data/ambitietabellen.tsv}.
 */
public final class Ambitietabellen {

    public record Ambitie(String id, Beoordelingsinstrument tabel, Organisatiegebied gebied, String tekst,
            String paragraaf, String bron) {
    }

    private final List<Ambitie> ambities;

    private Ambitietabellen(List<Ambitie> ambities) {
        this.ambities = ambities;
    }

    static Ambitietabellen lees(Tabel tabel) {
        Map<String, Ambitie> ambities = new LinkedHashMap<>();
        for (Tabel.Rij rij : tabel.rijen()) {
            String id = rij.verplicht("id");
            Beoordelingsinstrument instrument = Tabel.waarde(rij, "tabel", Beoordelingsinstrument.class);
            if (instrument == Beoordelingsinstrument.CHECKLIST_WMO_PRAKTIJKEN) {
                throw rij.fout("de checklist is geen ambitietabel");
            }
            Tabel.uniek(ambities, id, new Ambitie(id, instrument, Tabel.waarde(rij, "organisatiegebied", Organisatiegebied.class),
                    rij.verplicht("tekst"), rij.verplicht("paragraaf"), rij.verplicht("bron")), rij);
        }
        return new Ambitietabellen(List.copyOf(ambities.values()));
    }

    public List<Ambitie> ambities() {
        return ambities;
    }

    public List<Ambitie> ambities(Beoordelingsinstrument tabel) {
        return ambities.stream().filter(a -> a.tabel() == tabel).toList();
    }

    public List<Ambitie> ambities(Beoordelingsinstrument tabel, Organisatiegebied gebied) {
        return ambities.stream().filter(a -> a.tabel() == tabel && a.gebied() == gebied).toList();
    }

    public Optional<Ambitie> ambitie(String id) {
        return ambities.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
