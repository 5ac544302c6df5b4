package nl.bondgenoot.analysis.formaten;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;

import nl.bondgenoot.analysis.Band;
import nl.bondgenoot.analysis.Netwerkgraaf;
import nl.bondgenoot.analysis.maten.Actorcijfers;
import nl.bondgenoot.analysis.maten.Netwerkanalyse;
import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.Beleidsfase;
import nl.bondgenoot.model.Sturingsrelatie;
import nl.bondgenoot.model.soorten.Gemeenteherkenning;

/**
 * The attributes the graph files carry, the same in GraphML and GEXF: per actor its label, categorie,
 * soort, membership and (optionally) its metrics; per tie the soorten (relatiesoort: GraphML has one
 * name space for node and edge keys), families and fasen of its sturingsrelaties (a fase only where
 * modelled) and their number.
 */
final class Grafattributen {

    /** A node attribute: name and type, in file order. */
    record Sleutel(String naam, AttributeType type) {
    }

    static final List<Sleutel> ACTOR = List.of(new Sleutel("categorie", AttributeType.STRING),
            new Sleutel("soort", AttributeType.STRING), new Sleutel("lid", AttributeType.BOOLEAN));

    static final List<Sleutel> MATEN = List.of(new Sleutel("ingraad", AttributeType.INT),
            new Sleutel("uitgraad", AttributeType.INT), new Sleutel("graad", AttributeType.INT),
            new Sleutel("betweenness", AttributeType.DOUBLE), new Sleutel("nabijheid", AttributeType.DOUBLE),
            new Sleutel("harmonisch", AttributeType.DOUBLE), new Sleutel("eigenvector", AttributeType.DOUBLE),
            new Sleutel("snijpunt", AttributeType.BOOLEAN));

    static final List<Sleutel> BAND = List.of(new Sleutel("relatiesoort", AttributeType.STRING),
            new Sleutel("familie", AttributeType.STRING), new Sleutel("fase", AttributeType.STRING),
            new Sleutel("relaties", AttributeType.INT));

    private Grafattributen() {
    }

    /** The node attributes a file declares: the actor's, then the metrics when asked for. */
    static List<Sleutel> knoop(boolean metMaten) {
        return metMaten ? java.util.stream.Stream.concat(ACTOR.stream(), MATEN.stream()).toList() : ACTOR;
    }

    static Map<String, Attribute> actor(Actor actor, Netwerkgraaf graaf, Netwerkanalyse analyse) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("label", DefaultAttribute.createAttribute(Netwerkgraaf.naam(actor)));
        a.put("categorie", DefaultAttribute.createAttribute(Gemeenteherkenning.categorie(actor).getName()));
        a.put("soort", DefaultAttribute.createAttribute(actor.getSoort() == null ? "" : actor.getSoort().id()));
        a.put("lid", DefaultAttribute.createAttribute(graaf.leden().contains(actor)));
        if (analyse != null) {
            Actorcijfers c = analyse.van(actor).orElseThrow();
            a.put("ingraad", DefaultAttribute.createAttribute(c.ingraad()));
            a.put("uitgraad", DefaultAttribute.createAttribute(c.uitgraad()));
            a.put("graad", DefaultAttribute.createAttribute(c.graad()));
            a.put("betweenness", DefaultAttribute.createAttribute(c.betweenness()));
            a.put("nabijheid", DefaultAttribute.createAttribute(c.closeness()));
            a.put("harmonisch", DefaultAttribute.createAttribute(c.harmonisch()));
            a.put("eigenvector", DefaultAttribute.createAttribute(c.eigenvector()));
            a.put("snijpunt", DefaultAttribute.createAttribute(c.snijpunt()));
        }
        return a;
    }

    static Map<String, Attribute> band(Band band) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        TreeSet<String> soorten = new TreeSet<>();
        TreeSet<String> fasen = new TreeSet<>();
        for (Sturingsrelatie r : band.relaties()) {
            soorten.add(r.getSoort().getName());
            if (r.getFase() != null && r.getFase() != Beleidsfase.ONBEKEND) {
                fasen.add(r.getFase().getName());
            }
        }
        a.put("label", DefaultAttribute.createAttribute(String.join(", ", soorten)));
        a.put("relatiesoort", DefaultAttribute.createAttribute(String.join(",", soorten)));
        a.put("familie", DefaultAttribute.createAttribute(String.join(",", band.families())));
        a.put("fase", DefaultAttribute.createAttribute(String.join(",", fasen)));
        a.put("relaties", DefaultAttribute.createAttribute(band.relaties().size()));
        return a;
    }

    /** The tie's id: the ids of its sturingsrelaties (stable across exports). */
    static String bandId(Band band) {
        return String.join("+", band.relaties().stream().map(Sturingsrelatie::getId).toList());
    }
}
