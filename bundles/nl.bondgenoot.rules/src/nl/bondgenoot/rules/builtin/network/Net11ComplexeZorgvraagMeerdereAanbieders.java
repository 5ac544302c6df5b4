package nl.bondgenoot.rules.builtin.network;

import nl.bondgenoot.model.Netwerk;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;
import nl.bondgenoot.rules.builtin.ActorKinds;
import nl.bondgenoot.rules.engine.ElementLabels;

/**
 * NET-11: a complex zorgvraag needs at least two service organisations that cooperate (S2:2186-2191,
 * 2244-2245). A service organisation is an organisation with a primary-process role in the network
 * (held by itself or by one of its parts, e.g. a team or a professional of it).
 */
public final class Net11ComplexeZorgvraagMeerdereAanbieders extends AbstractRule<Netwerk> {

    private static final RuleInfo INFO = new RuleInfo("NET-11", Severity.ERROR, Provenance.DOC,
            "S2:2186-2191, 2244-2245", "Een complexe zorgvraag vraagt minstens twee samenwerkende aanbieders",
            "In het samenwerkingsmodel van Kenis vraagt een standaardvraag één aanbieder, maar een complexe vraag"
                    + " een 'multi-organisatie aanpak door meerdere zorgaanbieders' (S2:2186-2191); 'bij de"
                    + " complexe vragen is samenwerking nodig tussen uitvoeringsorganisaties' (S2:2244-2245)."
                    + " Bondgenoot telt de organisaties met een rol in het primaire proces van het netwerk.");

    public Net11ComplexeZorgvraagMeerdereAanbieders() {
        super(Netwerk.class, INFO);
    }

    @Override
    public void check(Netwerk netwerk, RuleContext context) {
        if (!netwerk.isComplexeZorgvraag()) {
            return;
        }
        int minimum = context.intParameter("minimumAanbieders");
        long aanbieders = NetworkFacts.primaireRollen(netwerk, context).stream()
                .map(r -> ActorKinds.organisatieVan(r.getActor()))
                .filter(ActorKinds::isOrganisatie)
                .distinct()
                .count();
        if (aanbieders < minimum) {
            context.report(netwerk, ElementLabels.label(netwerk) + " beantwoordt een complexe zorgvraag maar heeft "
                    + aanbieders + " dienstverlenende organisatie" + (aanbieders == 1 ? "" : "s")
                    + "; een complexe vraag vraagt er minstens " + minimum + " die samenwerken",
                    "leg vast welke organisaties samen de dienstverlening leveren");
        }
    }
}
