package nl.bondgenoot.beoordeling.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.bondgenoot.model.Beoordelingsinstrument;
import nl.bondgenoot.model.Organisatiegebied;
import nl.bondgenoot.model.instrumenten.Ambitietabellen;
import nl.bondgenoot.model.instrumenten.ChecklistWmoPraktijken;
import nl.bondgenoot.model.instrumenten.Instrumenten;

/**
 * What the form editor shows of an instrument, whatever the instrument: sections with their questions
 * (wording, source, guidance, typed parts) and the indicators the questions belong to. The one editor is
 * driven by this; it knows no instrument by name.
 */
public record Formulier(String naam, String bron, List<Sectie> secties, List<Indicator> indicatoren) {

    public record Sectie(String id, String naam, String bron, List<Vraag> vragen) {
    }

    public record Vraag(String id, String tekst, String bron, String richtlijn,
            List<ChecklistWmoPraktijken.Vraagdeel> delen, String indicatorId) {
    }

    public record Indicator(String id, String sectieId, String tekst, String bron) {
    }

    public List<Vraag> vragen() {
        return secties.stream().flatMap(s -> s.vragen().stream()).toList();
    }

    public Optional<Vraag> vraag(String id) {
        return vragen().stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public List<Indicator> indicatoren(Sectie sectie) {
        return indicatoren.stream().filter(i -> i.sectieId().equals(sectie.id())).toList();
    }

    public List<Vraag> vragenBij(Indicator indicator) {
        return vragen().stream().filter(v -> indicator.id().equals(v.indicatorId())).toList();
    }

    /** The form of an instrument of the registry. */
    public static Formulier van(Beoordelingsinstrument instrument) {
        return switch (instrument) {
            case AMBITIETABEL_GEMEENTEN, AMBITIETABEL_UITVOERINGSORGANISATIES -> ambitietabel(instrument);
            default -> checklist(Instrumenten.checklistWmoPraktijken());
        };
    }

    private static Formulier checklist(ChecklistWmoPraktijken checklist) {
        List<Sectie> secties = new ArrayList<>();
        for (ChecklistWmoPraktijken.Sectie s : checklist.secties()) {
            secties.add(new Sectie(s.id(), s.id() + " " + s.naam(), s.bron(), checklist.vragen(s.sectie()).stream()
                    .map(v -> new Vraag(v.id(), v.tekst(), v.bron(), v.richtlijn(), v.delen(), v.indicatorId())).toList()));
        }
        List<Indicator> indicatoren = checklist.indicatoren().stream()
                .map(i -> new Indicator(i.id(), i.id().substring(0, i.id().indexOf('.')), i.tekst(), i.bron())).toList();
        return new Formulier("Checklist Wmo-praktijken", "S4:198-356", secties, indicatoren);
    }

    private static Formulier ambitietabel(Beoordelingsinstrument tabel) {
        Ambitietabellen tabellen = Instrumenten.ambitietabellen();
        List<Sectie> secties = new ArrayList<>();
        for (Organisatiegebied gebied : Organisatiegebied.VALUES) {
            List<Ambitietabellen.Ambitie> ambities = tabellen.ambities(tabel, gebied);
            if (!ambities.isEmpty()) {
                secties.add(new Sectie(gebied.getName(), gebied.getName(), ambities.get(0).paragraaf(), ambities.stream()
                        .map(a -> new Vraag(a.id(), a.tekst(), a.bron(), "", List.of(), null)).toList()));
            }
        }
        String naam = tabel == Beoordelingsinstrument.AMBITIETABEL_GEMEENTEN ? "Ambitie voor gemeenten (S2 Tabel 5)"
                : "Ambitie voor uitvoeringsorganisaties (S2 Tabel 9)";
        return new Formulier(naam, "S2", secties, List.of());
    }
}
