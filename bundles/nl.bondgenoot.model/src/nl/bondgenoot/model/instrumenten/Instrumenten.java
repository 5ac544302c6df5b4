package nl.bondgenoot.model.instrumenten;

/**
 * The assessment instruments of SPEC 1.6, read once from the data files in the model bundle's
 * {@code data/} folder on its class path. The instruments are data, not metamodel: a
 * {@link nl.bondgenoot.model.Beoordeling} in a model only refers to their ids.
 */
public final class Instrumenten {

    public static final String CHECKLIST_WMO_PRAKTIJKEN = "/data/checklist-wmo-praktijken.tsv";
    /** Bondgenoot's proposed question-to-indicator mapping; not in S4 (INF). */
    public static final String CHECKLIST_KOPPELING = "/data/checklist-wmo-praktijken-koppeling.tsv";
    public static final String ZELFANALYSE_BONDGENOOTSCHAP = "/data/zelfanalyse-bondgenootschap.tsv";
    public static final String AMBITIETABELLEN = "/data/ambitietabellen.tsv";

    private static volatile ChecklistWmoPraktijken checklist;
    private static volatile ZelfanalyseBondgenootschap zelfanalyse;
    private static volatile Ambitietabellen ambitietabellen;

    private Instrumenten() {
    }

    public static ChecklistWmoPraktijken checklistWmoPraktijken() {
        ChecklistWmoPraktijken c = checklist;
        if (c == null) {
            c = ChecklistWmoPraktijken.lees(Tabel.vanKlassenpad(CHECKLIST_WMO_PRAKTIJKEN),
                    Tabel.vanKlassenpad(CHECKLIST_KOPPELING));
            checklist = c;
        }
        return c;
    }

    public static ZelfanalyseBondgenootschap zelfanalyseBondgenootschap() {
        ZelfanalyseBondgenootschap z = zelfanalyse;
        if (z == null) {
            z = ZelfanalyseBondgenootschap.lees(Tabel.vanKlassenpad(ZELFANALYSE_BONDGENOOTSCHAP));
            zelfanalyse = z;
        }
        return z;
    }

    public static Ambitietabellen ambitietabellen() {
        Ambitietabellen a = ambitietabellen;
        if (a == null) {
            a = Ambitietabellen.lees(Tabel.vanKlassenpad(AMBITIETABELLEN));
            ambitietabellen = a;
        }
        return a;
    }
}
