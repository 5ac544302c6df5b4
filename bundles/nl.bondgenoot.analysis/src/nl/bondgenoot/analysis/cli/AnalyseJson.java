package nl.bondgenoot.analysis.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import nl.bondgenoot.analysis.Band;
import nl.bondgenoot.analysis.Netwerkgraaf;
import nl.bondgenoot.analysis.Onderwerpanalyse;
import nl.bondgenoot.analysis.advies.Bestuursvormadvies;
import nl.bondgenoot.analysis.advies.Invoer;
import nl.bondgenoot.analysis.advies.Voorwaarde;
import nl.bondgenoot.analysis.advies.Vormoordeel;
import nl.bondgenoot.analysis.maten.Actorcijfers;
import nl.bondgenoot.analysis.maten.Netwerkanalyse;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.soorten.Gemeenteherkenning;

/** {@code bondgenoot analyse --format json}: everything the text says, for tools. */
final class AnalyseJson {

    private AnalyseJson() {
    }

    static void write(AnalyseCommand.Verslag verslag, PrintStream out) {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("bestand", verslag.bestand().toString());
            json.writeStringField("peildatum", verslag.peildatum().toString());
            json.writeArrayFieldStart("families");
            for (String f : verslag.families()) {
                json.writeString(f);
            }
            json.writeEndArray();
            if (verslag.weergave() != null) {
                json.writeStringField("weergave", verslag.weergave());
            }
            json.writeStringField("graad", "gericht: wie stuurt -> wie gestuurd wordt");
            json.writeStringField("centraliteit", "ongericht: betweenness (aandeel van de paren, 0-1), nabijheid"
                    + " ((n-1)/som afstanden, 0 als de graaf niet samenhangt), harmonisch (gemiddelde 1/afstand),"
                    + " eigenvector (lengte 1)");
            json.writeArrayFieldStart("analyses");
            for (Onderwerpanalyse o : verslag.analyses()) {
                write(o, json);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    private static void write(Onderwerpanalyse o, JsonGenerator json) throws IOException {
        Netwerkanalyse a = o.analyse();
        json.writeStartObject();
        json.writeStringField("onderwerp", a.graaf().onderwerp());
        if (a.graaf().projectie().netwerk() != null) {
            json.writeStringField("netwerkId", a.graaf().projectie().netwerk().getId());
        }
        json.writeNumberField("actoren", a.actoren());
        json.writeNumberField("leden", a.graaf().leden().size());
        json.writeNumberField("banden", a.banden());
        json.writeNumberField("gerichteBanden", a.gerichteBanden());
        json.writeNumberField("dichtheid", a.dichtheid());
        json.writeNumberField("componenten", a.componenten());
        actoren(json, "snijpunten", a.snijpunten());
        json.writeArrayFieldStart("bruggen");
        for (Band b : a.bruggen()) {
            json.writeStartArray();
            json.writeString(Netwerkgraaf.naam(b.van()));
            json.writeString(Netwerkgraaf.naam(b.naar()));
            json.writeEndArray();
        }
        json.writeEndArray();
        actoren(json, "ledenZonderBand", a.ledenZonderBand());
        json.writeArrayFieldStart("perActor");
        for (Actorcijfers c : a.perActor()) {
            json.writeStartObject();
            json.writeStringField("id", c.actor().getId());
            json.writeStringField("naam", Netwerkgraaf.naam(c.actor()));
            json.writeStringField("categorie", Gemeenteherkenning.categorie(c.actor()).getName());
            json.writeBooleanField("lid", c.lid());
            json.writeNumberField("ingraad", c.ingraad());
            json.writeNumberField("uitgraad", c.uitgraad());
            json.writeNumberField("graad", c.graad());
            json.writeNumberField("betweenness", c.betweenness());
            json.writeNumberField("nabijheid", c.closeness());
            json.writeNumberField("harmonisch", c.harmonisch());
            json.writeNumberField("eigenvector", c.eigenvector());
            json.writeBooleanField("snijpunt", c.snijpunt());
            json.writeObjectFieldStart("makelaar");
            for (var rol : c.makelaar().perRol().entrySet()) {
                json.writeNumberField(rol.getKey(), rol.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        if (o.advies().isPresent()) {
            advies(json, o.advies().get());
        }
        json.writeEndObject();
    }

    private static void advies(JsonGenerator json, Bestuursvormadvies advies) throws IOException {
        json.writeObjectFieldStart("advies");
        json.writeArrayFieldStart("invoer");
        for (Invoer i : advies.invoer()) {
            json.writeStartObject();
            json.writeStringField("kenmerk", i.kenmerk().parameter());
            json.writeStringField("waarde", i.waarde());
            json.writeBooleanField("bekend", i.bekend());
            json.writeStringField("herkomst", i.herkomst());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("passend");
        for (var vorm : advies.passend()) {
            json.writeString(vorm.getName());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("perVorm");
        for (Vormoordeel v : advies.perVorm()) {
            json.writeStartObject();
            json.writeStringField("vorm", v.vorm().getName());
            json.writeBooleanField("past", v.past());
            json.writeArrayFieldStart("voorwaarden");
            for (Voorwaarde w : v.voorwaarden()) {
                json.writeStartObject();
                json.writeStringField("kenmerk", w.kenmerk().parameter());
                if (w.past() == null) {
                    json.writeNullField("past");
                } else {
                    json.writeBooleanField("past", w.past());
                }
                json.writeStringField("reden", w.reden());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("gemodelleerd", advies.gemodelleerd().getName());
        json.writeBooleanField("wijktAf", advies.wijktAf());
        json.writeArrayFieldStart("kanttekeningen");
        for (String k : advies.kanttekeningen()) {
            json.writeString(k);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void actoren(JsonGenerator json, String veld, java.util.List<Actor> actoren) throws IOException {
        json.writeArrayFieldStart(veld);
        for (Actor a : actoren) {
            json.writeString(Netwerkgraaf.naam(a));
        }
        json.writeEndArray();
    }
}
