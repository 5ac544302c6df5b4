package nl.bondgenoot.model.instrumenten;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

import nl.bondgenoot.model.extensions.BundleFiles;

/**
 * The assessment instruments of this installation, contributed as data at {@value #EXTENSION_POINT}: read
 * from the extension registry, which is the plugin.xml registry in the fast launch and OSGi's in the
 * product, and read once. The model bundle contributes the Checklist Wmo-praktijken (S4:198-356), the
 * zelfanalyse bondgenootschap (S0:1353-1454) and the two ambition tables of K2 (S2 Tabel 5 and 9). A
 * contribution whose data cannot be read is left out and its problem kept (file:line: message, Dutch), so
 * it never takes the others down.
 */
public final class Instrumenten {

    public static final String EXTENSION_POINT = "nl.bondgenoot.model.instrumenten";

    /** The ids of the instruments the model bundle contributes. */
    public static final String CHECKLIST_WMO_PRAKTIJKEN = "checklist-wmo-praktijken";
    public static final String ZELFANALYSE_BONDGENOOTSCHAP = "zelfanalyse-bondgenootschap";
    public static final String AMBITIETABEL_GEMEENTEN = "ambitietabel-gemeenten";
    public static final String AMBITIETABEL_UITVOERINGSORGANISATIES = "ambitietabel-uitvoeringsorganisaties";

    private static volatile Instrumenten cached;

    private final Map<String, Instrument> byId;
    private final Map<String, InstrumentLezer.Bijdrage> bijdragen;
    private final List<String> problemen;

    private Instrumenten(Map<String, Instrument> byId, Map<String, InstrumentLezer.Bijdrage> bijdragen, List<String> problemen) {
        this.byId = byId;
        this.bijdragen = bijdragen;
        this.problemen = problemen;
    }

    private static Instrumenten get() {
        Instrumenten instrumenten = cached;
        if (instrumenten == null) {
            synchronized (Instrumenten.class) {
                if (cached == null) {
                    cached = load(RegistryFactory.getRegistry());
                }
                instrumenten = cached;
            }
        }
        return instrumenten;
    }

    /** Every usable instrument, in contribution order (the model bundle's own first). */
    public static List<Instrument> alle() {
        return List.copyOf(get().byId.values());
    }

    /** The instrument with this id, if it is installed. */
    public static Optional<Instrument> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(get().byId.get(id));
    }

    /** The instrument with this id; fails with a Dutch message when it is not installed. */
    public static Instrument vereist(String id) {
        return find(id).orElseThrow(() -> new IllegalStateException("instrument '" + id + "' is niet geïnstalleerd"
                + (get().problemen.isEmpty() ? "" : " (" + String.join("; ", get().problemen) + ")")));
    }

    /** The contributions that were left out, one Dutch line each (file:line: what is wrong). */
    public static List<String> problemen() {
        return get().problemen;
    }

    public static Instrument checklistWmoPraktijken() {
        return vereist(CHECKLIST_WMO_PRAKTIJKEN);
    }

    public static Instrument zelfanalyseBondgenootschap() {
        return vereist(ZELFANALYSE_BONDGENOOTSCHAP);
    }

    /**
     * The instrument with another question-to-indicator mapping than the one it ships, for example a
     * project's edited copy of {@code checklist-wmo-praktijken-koppeling.tsv} (same columns).
     *
     * @throws IllegalStateException naming file and line when the mapping does not fit the instrument
     */
    public static Instrument metKoppeling(String instrumentId, String bestand, InputStream koppeling) {
        InstrumentLezer.Bijdrage b = get().bijdragen.get(instrumentId);
        if (b == null) {
            throw new IllegalStateException("instrument '" + instrumentId + "' is niet geïnstalleerd");
        }
        return InstrumentLezer.lees(b, pad -> BundleFiles.read(b.bijdrager(), pad), Tabel.lees(bestand, koppeling));
    }

    static Instrumenten load(IExtensionRegistry registry) {
        Map<String, Instrument> byId = new LinkedHashMap<>();
        Map<String, InstrumentLezer.Bijdrage> bijdragen = new LinkedHashMap<>();
        List<String> problemen = new ArrayList<>();
        if (registry == null) {
            problemen.add("geen extension registry: er zijn geen instrumenten");
            return new Instrumenten(byId, bijdragen, problemen);
        }
        for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String bijdrager = e.getContributor().getName();
            String id = e.getAttribute("id");
            String naam = e.getAttribute("naam");
            String soort = e.getAttribute("soort");
            String data = e.getAttribute("data");
            if (blank(id) || blank(naam) || blank(soort) || blank(data) || blank(e.getAttribute("bron"))) {
                problemen.add(bijdrager + ": instrument '" + id + "' mist id, naam, soort, bron of data");
                continue;
            }
            Instrument.Antwoordsoort antwoordsoort;
            try {
                antwoordsoort = Instrument.Antwoordsoort.valueOf(soort.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                problemen.add(bijdrager + ": instrument '" + id + "': soort '" + soort + "' is niet CHECKLIST, SCORES of PLATEAUS");
                continue;
            }
            if (byId.containsKey(id) || bijdragen.containsKey(id)) {
                problemen.add(bijdrager + ": instrument '" + id + "' bestaat al (van " + bijdragen.get(id).bijdrager() + ")");
                continue;
            }
            InstrumentLezer.Bijdrage b = new InstrumentLezer.Bijdrage(id, naam, antwoordsoort, e.getAttribute("bron"), bijdrager,
                    data, nullIfBlank(e.getAttribute("koppeling")), nullIfBlank(e.getAttribute("richtlijnen")),
                    nullIfBlank(e.getAttribute("selectie")), nullIfBlank(e.getAttribute("onderdeelkolom")));
            bijdragen.put(id, b);
            try {
                byId.put(id, InstrumentLezer.lees(b, pad -> BundleFiles.read(bijdrager, pad)));
            } catch (RuntimeException ex) {
                problemen.add(ex.getMessage());
            }
        }
        // A broken contribution must not take the others down; say what was left out.
        problemen.forEach(p -> System.err.println("Bondgenoot: " + p));
        return new Instrumenten(byId, bijdragen, List.copyOf(problemen));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullIfBlank(String s) {
        return blank(s) ? null : s.strip();
    }
}
