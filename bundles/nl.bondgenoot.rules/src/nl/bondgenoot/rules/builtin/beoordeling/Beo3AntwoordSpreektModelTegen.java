package nl.bondgenoot.rules.builtin.beoordeling;

import java.util.Optional;

import nl.bondgenoot.model.Antwoord;
import nl.bondgenoot.model.Antwoordherkomst;
import nl.bondgenoot.model.instrumenten.Voorstel;
import nl.bondgenoot.model.instrumenten.Voorstellen;
import nl.bondgenoot.rules.AbstractRule;
import nl.bondgenoot.rules.Provenance;
import nl.bondgenoot.rules.RuleContext;
import nl.bondgenoot.rules.RuleInfo;
import nl.bondgenoot.rules.Severity;

/**
 * BEO-3: an answer does not contradict what the model says (its proposal), and a confirmed answer is
 * looked at again when the model has changed since.
 */
public final class Beo3AntwoordSpreektModelTegen extends AbstractRule<Antwoord> {

    private static final RuleInfo INFO = new RuleInfo("BEO-3", Severity.WARNING, Provenance.INF, "S4:86-96",
            "Een antwoord spreekt het model niet tegen",
            "Bondgenoot stelt antwoorden voor uit wat het model al weet (de leden van het netwerk als partners, de"
                    + " governancetypering, het participatieniveau, de regisseur, ...; zie de handleiding). Een eigen of"
                    + " bevestigd antwoord dat iets anders zegt dan dat voorstel, spreekt het model tegen: een van beide"
                    + " klopt niet. Ook een bevestigd antwoord waarvan het voorstel sinds de bevestiging is veranderd (het"
                    + " model is bijgewerkt), wordt gemeld, en een antwoord dat het voorstel overnam maar het niet meer"
                    + " volgt (de voorstellen zijn niet bijgewerkt). Alleen wat beide zeggen wordt vergeleken; een bewust"
                    + " overschreven antwoord meldt BEO-4. INF: de checklist is ingevuld met projectplannen, beleidsstukken"
                    + " en interviews (S4:86-96); het model is zo'n bron.");

    public Beo3AntwoordSpreektModelTegen() {
        super(Antwoord.class, INFO);
    }

    @Override
    public void check(Antwoord antwoord, RuleContext context) {
        if (antwoord.getHerkomst() == Antwoordherkomst.OVERSCHREVEN || Beoordelingen.van(antwoord) == null) {
            return;
        }
        Optional<Voorstel> voorstel = Voorstellen.voor(Beoordelingen.van(antwoord), antwoord.getVraagId());
        if (voorstel.isEmpty()) {
            return;
        }
        String wie = "Antwoord op " + antwoord.getVraagId() + " (" + Beoordelingen.respondent(antwoord) + ")";
        String bron = " (voorstel uit " + voorstel.get().herkomst() + ")";
        Optional<String> tegenspraak = Voorstellen.tegenspraak(antwoord, voorstel.get());
        if (antwoord.getHerkomst() == Antwoordherkomst.VOORSTEL) {
            if (!Voorstellen.volgt(antwoord, voorstel.get())) {
                context.report(antwoord, wie + " nam het voorstel van het model over maar volgt het niet meer: nu "
                        + Voorstellen.tekst(voorstel.get()) + bron, "werk de voorstellen bij");
            }
        } else if (tegenspraak.isPresent()) {
            context.report(antwoord, wie + " spreekt het model tegen: " + tegenspraak.get() + bron,
                    "pas het antwoord of het model aan, of overschrijf het voorstel bewust");
        } else if (Voorstellen.veranderdSindsBevestiging(antwoord, voorstel.get())) {
            context.report(antwoord, wie + " is bevestigd, maar het model is sindsdien veranderd: toen '" + antwoord.getVoorstel()
                    + "', nu '" + Voorstellen.tekst(voorstel.get()) + "'" + bron, "bevestig het nieuwe voorstel of overschrijf het");
        }
    }
}
