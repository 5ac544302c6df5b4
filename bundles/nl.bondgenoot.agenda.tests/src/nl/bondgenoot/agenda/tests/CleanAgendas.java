package nl.bondgenoot.agenda.tests;

/**
 * Two complete agendas the rule engine finds nothing wrong with, one per kind of vraagstuk (S0:1151-1170),
 * naming the actors of examples/agendas/partijen.bondgenoot. The rule tests break them one line at a time.
 */
final class CleanAgendas {

    private CleanAgendas() {
    }

    /** The enkelvoudig vraagstuk: huishoudelijke hulp, bought via bestek (S0:1152-1158). */
    static final String ENKELVOUDIG = """
            maatschappelijke agenda "Huishoudelijke hulp"
              proceseigenaar Gemeente
              vastgesteld door Gemeenteraad
              opgesteld met "Thuiszorgaanbieder A", "Wmo-raad"
              visie "Kwetsbare inwoners wonen in een schoon huis."
              effect SchoonHuis
                soort outcome
                indicator "aandeel schone huizen" soort outcome nulmeting 82% doel 95%
                indicator "geleverde uren" soort prestatie nulmeting 52000 doel 55000
            veranderagenda
              opgave HuishoudelijkeHulp
                vraagstuk enkelvoudig
                aard en omvang "een aantal uren hulp per huishouden"
                volgt uit SchoonHuis
                kapitaalgoed geld van Gemeente
                kapitaalgoed capaciteit van "Thuiszorgaanbieder A"
                coalitie
                  lid Gemeente toegevoegde waarde "koopt in"
                  lid "Thuiszorgaanbieder A" toegevoegde waarde "levert hulp"
                opdrachtrelatie Inkoop
                  opdrachtgever Gemeente
                  opdrachtnemer "Thuiszorgaanbieder A", "Thuiszorgaanbieder B"
                  opdrachtvorm via-bestek
                  gemeentemodel interventiemodel
                  instellingstrategie volgend
                  afspraken over aantallen, prijzen, kwaliteit
                  richting hoog "er moet hulp geleverd worden"
                  ruimte laag
                  resultaat product "een schoon huis"
                  rekenschap laag prestatie toetsingskader SchoonHuis
            uitvoeringsagenda Leveren
              voor opgave HuishoudelijkeHulp
              effect SchoonHuis
              activiteiten "hulp leveren"
              kosten "het inkoopbudget"
              effectcheck "jaarlijkse meting"
              verantwoordelijk "Thuiszorgaanbieder A"
              terugkoppeling naar maatschappelijke-agenda, veranderagenda
              terugmelding "geleverde uren en de meting" aan Gemeente wanneer "jaarlijks"
            """;

    /** The meervoudig vraagstuk: the multiprobleemgezin, via maatschappelijk effect (S0:1160-1170). */
    static final String MEERVOUDIG = """
            maatschappelijke agenda Gezinnen
              proceseigenaar Gemeente
              vastgesteld door Gemeenteraad
              opgesteld met Wijkteam, MEE
              visie "Samenhangende hulp voor gezinnen."
              effect MinderOverlast
                soort outcome
                indicator "overlastmeldingen" soort outcome nulmeting 120 doel 80
                indicator "gezinnen met een plan" soort output nulmeting 0 doel 40
            veranderagenda
              opgave Multiprobleemgezinnen
                vraagstuk meervoudig
                aard en omvang "veel leefgebieden tegelijk"
                volgt uit MinderOverlast
                kapitaalgoed geld van Gemeente
                kapitaalgoed expertise van "GGZ-instelling"
                coalitie
                  lid Wijkteam toegevoegde waarde "één plan"
                  lid "GGZ-instelling" toegevoegde waarde "expertise"
                opdrachtrelatie Gezinsaanpak
                  opdrachtgever Gemeente
                  opdrachtnemer Wijkteam, "GGZ-instelling"
                  opdrachtvorm via-maatschappelijk-effect
                  gemeentemodel ontwikkelmodel
                  instellingstrategie initiërend
                  gemeente-is-partner
                  afspraken over totaalbudget, effect
                  richting laag "het gezin helpen"
                  ruimte hoog
                  resultaat maatschappelijk-effect
                  rekenschap hoog effect toetsingskader MinderOverlast
            uitvoeringsagenda Gezinsaanpak2026
              voor opgave Multiprobleemgezinnen
              effect MinderOverlast
              activiteiten "één plan per gezin"
              kosten "het gezamenlijke budget"
              effectcheck "halfjaarlijks"
              verantwoordelijk Wijkteam
              terugkoppeling naar maatschappelijke-agenda, veranderagenda
              terugmelding "de ervaringen met de plannen" aan Gemeente, Gemeenteraad wanneer "halfjaarlijks"
            """;
}
