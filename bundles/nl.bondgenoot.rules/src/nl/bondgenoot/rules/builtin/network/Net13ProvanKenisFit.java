package nl.bondgenoot.rules.builtin.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import nl.bondgenoot.model.Mate;
import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.model.Netwerkvorm;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.ActorKinds;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * NET-13: the chosen network form fits the network after Provan &amp; Kenis' contingency table. The
 * table is data: {@code NET-13.<VORM>.organisaties} (a range "min-max" or "min-") and, per
 * {@link Mate} feature, the fitting values.
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

    /** A column of the table: the parameter key, how users read it, and the network's value. */
    private record Kenmerk(String key, String label, Function<Netwerk, Mate> value) {
    }

    private static final List<Kenmerk> KENMERKEN = List.of(
            new Kenmerk("vertrouwensdichtheid", "vertrouwensdichtheid", Netwerk::getVertrouwensdichtheid),
            new Kenmerk("doelconsensus", "doelconsensus", Netwerk::getDoelconsensus),
            new Kenmerk("behoefteNetwerkcompetenties", "behoefte aan netwerkcompetenties",
                    Netwerk::getBehoefteNetwerkcompetenties));

    private static final List<Netwerkvorm> VORMEN = List.of(Netwerkvorm.GEDEELD, Netwerkvorm.LEIDENDE_ORGANISATIE,
            Netwerkvorm.NAO);

    public Net13ProvanKenisFit() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        if (!VORMEN.contains(netwerk.getVorm())) {
            return;
        }
        List<String> misfits = misfits(netwerk, netwerk.getVorm(), context);
        if (misfits.isEmpty()) {
            return;
        }
        List<String> beter = VORMEN.stream().filter(v -> misfits(netwerk, v, context).isEmpty())
                .map(Labels::of).toList();
        context.report(netwerk, "De vorm " + Labels.of(netwerk.getVorm()) + " past volgens Provan & Kenis niet bij "
                + ElementLabels.label(netwerk) + ": " + String.join("; ", misfits)
                + (beter.isEmpty() ? "" : ". Past wel: " + String.join(", ", beter)),
                beter.isEmpty() ? null : "kies de vorm " + beter.get(0));
    }

    /** What does not fit the given form, in words; empty when everything known fits. */
    private static List<String> misfits(Netwerk netwerk, Netwerkvorm vorm, RuleContext context) {
        List<String> misfits = new ArrayList<>();
        long organisaties = context.leden(netwerk).stream().filter(ActorKinds::isOrganisatie).count();
        String range = context.parameter(vorm.getName() + ".organisaties");
        if (!inRange(organisaties, range)) {
            misfits.add(organisaties + " organisaties (past: " + range.trim().replaceAll("-$", " of meer") + ")");
        }
        for (Kenmerk kenmerk : KENMERKEN) {
            Mate value = kenmerk.value().apply(netwerk);
            // An EnumSet, so the message names the fitting levels from low to high whatever order the table uses.
            Set<Mate> fitting = EnumSet.noneOf(Mate.class);
            fitting.addAll(context.enumListParameter(vorm.getName() + "." + kenmerk.key(), Mate.class));
            if (value != Mate.ONBEKEND && !fitting.contains(value)) {
                misfits.add(kenmerk.label() + " " + Labels.of(value) + " (past: "
                        + String.join(" of ", fitting.stream().map(Labels::of).toList()) + ")");
            }
        }
        return misfits;
    }

    /** "3-8" is 3 up to and including 8, "6-" is 6 or more. */
    private static boolean inRange(long value, String range) {
        List<String> bounds = Arrays.stream(range.split("-", -1)).map(String::trim).toList();
        try {
            long min = Long.parseLong(bounds.get(0));
            long max = bounds.size() < 2 || bounds.get(1).isEmpty() ? Long.MAX_VALUE : Long.parseLong(bounds.get(1));
            return value >= min && value <= max;
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new IllegalStateException("NET-13: aantal organisaties '" + range + "' is geen bereik als 3-8 of 6-",
                    e);
        }
    }
}
