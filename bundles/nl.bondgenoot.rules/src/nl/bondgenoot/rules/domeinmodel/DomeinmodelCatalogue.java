package nl.bondgenoot.rules.domeinmodel;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;

import nl.bondgenoot.rules.Rule;

/**
 * docs/domeinmodel.md, written from the ecore's documentation and the rules' code ({@link Domeinmodel}):
 * every class with its features, every enumeration with its literals, and what each rule reads.
 */
public final class DomeinmodelCatalogue {

    private DomeinmodelCatalogue() {
    }

    public static String markdown(List<Rule<?>> rules) {
        Domeinmodel model = Domeinmodel.of(rules);
        StringBuilder md = new StringBuilder("# Domeinmodel van Bondgenoot\n\n")
                .append("Gegenereerd (`./bondgenoot rules --domeinmodel`) uit de toelichting in het metamodel")
                .append(" (`bondgenoot.ecore`, namespace `").append(model.nsUri()).append("`) en uit de code van de regels. ")
                .append(model.documentation()).append("\n\n")
                .append("*Gelezen door* noemt de regels die een kenmerk lezen, afgeleid uit hun gecompileerde code:")
                .append(" elke getter van het model die de regel aanroept, ook via hulpcode die hij gebruikt. Een kenmerk")
                .append(" dat een regel alleen op een zeldzaam pad leest, telt mee. *Vergeleken door* noemt de regels")
                .append(" die in hun code met een waarde vergelijken; waarden die een regel uit zijn parameters haalt (zoals")
                .append(" de categorieën van BG-1), staan bij die regel in de catalogus. *Standaard* is wat een kenmerk dat")
                .append(" niet is ingevuld leest; bij een opsomming is dat de eerste waarde, tenzij het metamodel iets")
                .append(" anders zegt. De regels zelf staan in [regelcatalogus.md](regelcatalogus.md), de bronnen")
                .append(" (`S2:2258-2260`) in [bronnen.md](bronnen.md).\n\n## Klassen\n");
        for (EClass eClass : model.classes()) {
            md.append("\n### ").append(eClass.getName()).append("\n\n");
            if (eClass.isAbstract()) {
                md.append("*Abstract.* ");
            }
            if (!eClass.getESuperTypes().isEmpty()) {
                md.append("Is een ").append(eClass.getESuperTypes().stream().map(s -> "[" + s.getName() + "](#"
                        + s.getName().toLowerCase(Locale.ROOT) + ")").collect(Collectors.joining(", "))).append(". ");
            }
            md.append(Domeinmodel.explanation(eClass)).append("\n\n")
                    .append("Gelezen door: ").append(ids(model.readers(eClass))).append(".\n");
            if (!eClass.getEStructuralFeatures().isEmpty()) {
                md.append("\n| kenmerk | type | aantal | standaard | gelezen door | betekenis |\n|---|---|---|---|---|---|\n");
                for (EStructuralFeature f : eClass.getEStructuralFeatures()) {
                    md.append("| ").append(f.getName()).append(" | ").append(Domeinmodel.type(f)).append(" | ")
                            .append(Domeinmodel.multiplicity(f)).append(" | ").append(cell(Domeinmodel.defaultValue(f)))
                            .append(" | ").append(String.join(", ", model.readers(f))).append(" | ")
                            .append(cell(Domeinmodel.explanation(f))).append(" |\n");
                }
            }
        }
        md.append("\n## Opsommingen\n");
        for (EEnum eEnum : model.enumerations()) {
            md.append("\n### ").append(eEnum.getName()).append("\n\n").append(Domeinmodel.explanation(eEnum))
                    .append("\n\n| waarde | betekenis | vergeleken door |\n|---|---|---|\n");
            for (EEnumLiteral literal : eEnum.getELiterals()) {
                md.append("| ").append(literal.getName()).append(" | ").append(cell(Domeinmodel.explanation(literal)))
                        .append(" | ").append(String.join(", ", model.readers(literal))).append(" |\n");
            }
        }
        if (!model.dataTypes().isEmpty()) {
            md.append("\n## Gegevenstypen\n");
            model.dataTypes().forEach(t -> md.append("\n### ").append(t.getName()).append("\n\n")
                    .append(Domeinmodel.explanation(t)).append("\n"));
        }
        md.append("\n## Wat elke regel leest\n\n| regel | leest | vergelijkt met |\n|---|---|---|\n");
        model.readsPerRule().forEach((id, reads) -> md.append("| ").append(id).append(" | ")
                .append(Domeinmodel.featuresRead(reads)).append(" | ").append(Domeinmodel.literalsRead(reads)).append(" |\n"));
        List<String> undocumented = model.undocumented();
        md.append("\n## Zonder toelichting in het metamodel\n\n")
                .append(undocumented.isEmpty() ? "Geen." : String.join(", ", undocumented)).append('\n');
        return md.toString();
    }

    private static String ids(Collection<String> ids) {
        return ids.isEmpty() ? "geen regel" : String.join(", ", ids);
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
