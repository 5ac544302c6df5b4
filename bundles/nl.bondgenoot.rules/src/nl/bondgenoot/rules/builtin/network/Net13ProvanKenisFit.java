package nl.bondgenoot.rules.builtin.network;

import java.nio.file.Path;
import java.util.List;

import nl.bondgenoot.analysis.advies.Bestuursvormadvies;
import nl.bondgenoot.analysis.advies.Bestuursvormadviseur;
import nl.bondgenoot.analysis.advies.ProvanKenisTabel;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.engine.ElementLabels;
import nl.bondgenoot.rules.engine.ProfileException;
import nl.bondgenoot.rules.engine.RuleEngine;
import nl.bondgenoot.rules.engine.RuleProfile;

/**
 * NET-13: the chosen network form fits the network after Provan &amp; Kenis' contingency table. The
 * judgement is the governance-form advisor's ({@link Bestuursvormadviseur}, one place for it); the table
 * is data: {@code NET-13.<VORM>.organisaties} (a range "min-max" or "min-") and, per condition, the
 * fitting levels ({@link ProvanKenisTabel}).
 */
public final class Net13ProvanKenisFit extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("NET-13", Severity.WARNING, Provenance.EXT, "ProvanKenis2008",
            "De netwerkvorm past bij het netwerk (Provan & Kenis)",
            "EXT:ProvanKenis2008. Provan en Kenis (2008, aangehaald in S2:2261, 2335, 2352) noemen vier"
                    + " voorwaarden voor een effectieve bestuursvorm: gedeeld bestuur past bij weinig leden, veel"
                    + " onderling vertrouwen, veel doelconsensus en weinig behoefte aan netwerkcompetenties; een"
                    + " leidende organisatie bij een middelgroot aantal leden, weinig (gecentraliseerd) vertrouwen,"
                    + " vrij lage consensus en een matige behoefte; een NAO bij een middelgroot tot groot aantal"
                    + " leden, matig vertrouwen, vrij hoge consensus en veel behoefte. De tabel en de aantallen zijn"
                    + " instelbare data; op de schaal laag-middel-hoog is 'matig' middel, 'vrij laag' laag of middel en"
                    + " 'vrij hoog' middel of hoog, zodat ook een NAO-netwerk met lage doelconsensus of laag vertrouwen"
                    + " een melding krijgt. De seed wijkt niet af: 'In een netwerk hoeft niet iedereen elkaar te"
                    + " vertrouwen en de neuzen hoeven niet allemaal dezelfde kant op te staan' (S2:2278-2279) vraagt"
                    + " geen hoog vertrouwen of volledige consensus, en dat vraagt deze tabel bij een NAO ook niet.");

    public Net13ProvanKenisFit() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        if (!ProvanKenisTabel.VORMEN.contains(netwerk.getVorm())) {
            return;
        }
        Bestuursvormadvies advies = Bestuursvormadviseur.adviseer(netwerk, context.peildatum(), tabel(context));
        if (!advies.wijktAf()) {
            return;
        }
        List<String> beter = advies.passend().stream().map(Labels::of).toList();
        context.report(netwerk, "De vorm " + Labels.of(netwerk.getVorm()) + " past volgens Provan & Kenis niet bij "
                + ElementLabels.label(netwerk) + ": " + String.join("; ", advies.oordeel(netwerk.getVorm()).misfits())
                + (beter.isEmpty() ? "" : ". Past wel: " + String.join(", ", beter)),
                beter.isEmpty() ? null : "kies de vorm " + beter.get(0));
    }

    /** The contingency table from this rule's parameters (the rule set's, or the project profile's). */
    static ProvanKenisTabel tabel(RuleContext context) {
        return ProvanKenisTabel.uit(context::parameter, context::parameterKey);
    }

    /**
     * The contingency table that applies to a model file: the NET-13 parameters of its project's rule
     * profile ({@code bondgenoot analyse} asks here, so it judges as {@code validate} does). A profile that
     * cannot be read is an {@link IllegalStateException} with the profile's Dutch message.
     */
    public static ProvanKenisTabel tabelVoor(Path modelFile) {
        RuleEngine engine;
        try {
            engine = RuleProfile.engineFor(modelFile);
        } catch (ProfileException e) {
            throw new IllegalStateException("het regelprofiel is onleesbaar: " + e.toUserMessage(), e);
        }
        String prefix = INFO.id() + ".";
        return ProvanKenisTabel.uit(name -> {
            String value = engine.parameter(prefix + name);
            if (value == null) {
                throw new IllegalStateException("Parameter " + prefix + name + " ontbreekt in de parameters van de regelset");
            }
            return value;
        }, name -> prefix + name);
    }
}
