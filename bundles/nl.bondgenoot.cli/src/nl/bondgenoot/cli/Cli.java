package nl.bondgenoot.cli;

import java.io.PrintStream;
import java.util.Arrays;

import nl.bondgenoot.analysis.cli.AnalyseCommand;
import nl.bondgenoot.launcher.CommandGuard;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.bronnen.BronnenCatalogue;
import nl.bondgenoot.rules.builtin.network.Net13ProvanKenisFit;
import nl.bondgenoot.rules.domeinmodel.DomeinmodelCatalogue;
import nl.bondgenoot.rules.engine.RuleCatalogue;

/** Dispatches `bondgenoot <command> ...` to a command; whatever fails is said in one line ({@link CommandGuard}). */
public final class Cli {

    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "help" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        return CommandGuard.run(command, rest, err, () -> switch (command) {
            case "help", "--help", "-h" -> {
                printHelp(out);
                yield ExitCode.OK;
            }
            case "validate" -> new ValidateCommand(out, err).run(rest);
            case "analyse" -> AnalyseCommand.run(rest, out, err, Net13ProvanKenisFit::tabelVoor, new MapViewSubgraph(err));
            case "import" -> nl.bondgenoot.exchange.cli.ImportCommand.run(rest, out, err);
            case "rules" -> {
                if (rest.length == 1 && rest[0].equals("--bronnen")) {
                    out.print(BronnenCatalogue.markdown());
                } else if (rest.length == 1 && rest[0].equals("--domeinmodel")) {
                    out.print(DomeinmodelCatalogue.markdown(Rules.all()));
                } else if (rest.length == 0) {
                    out.print(RuleCatalogue.markdown(Rules.all()));
                } else {
                    err.println("bondgenoot rules: onbekende optie '" + rest[0] + "'. Zie 'bondgenoot help'.");
                    yield ExitCode.USAGE_OR_INPUT;
                }
                yield ExitCode.OK;
            }
            case "diff" -> nl.bondgenoot.compare.cli.DiffCommand.run(rest, out, err);
            case "merge" -> nl.bondgenoot.compare.cli.MergeCommand.run(rest, out, err);
            case "publish" -> nl.bondgenoot.publish.cli.PublishCommand.run(rest, out, err);
            default -> {
                err.println("bondgenoot: onbekend commando '" + command + "'. Zie 'bondgenoot help'.");
                yield ExitCode.USAGE_OR_INPUT;
            }
        });
    }

    static void printHelp(PrintStream out) {
        out.println("""
                Bondgenoot - governance van het sociaal domein modelleren en toetsen

                Gebruik: bondgenoot [commando] [opties]

                Commando's:
                  [BESTAND...]                start de werkbank (bouwt het product zo nodig),
                                              met deze modellen (.bondgenoot) en agenda's (.agenda)
                                              open in hun editor
                  validate [--format text|json] [--profiel BESTAND]
                           [--peildatum JJJJ-MM-DD] BESTAND...
                                              toetst modellen (.bondgenoot), beoordelingen
                                              (.beoordeling, met hun model) en agenda's
                                              (.agenda) aan de regels, zoals ze op de
                                              peildatum (standaard vandaag) zijn;
                                              uitvoer: bestand:regel: ERNST [REGEL-ID] bericht (bron);
                                              een bondgenoot.profiel naast de modellen zet regels
                                              aan/uit en past ernst en drempels aan
                  rules                       de regelcatalogus (Markdown): id, ernst, herkomst, bron
                  rules --bronnen             de bronpublicaties (Markdown): titel, makers, jaar,
                                              vindplaats en hun hoofdstukken met regelnummers
                  rules --domeinmodel         het domeinmodel (Markdown): elke klasse en opsomming
                                              met haar toelichting en welke regels wat lezen
                  serve BESTAND               de netwerkkaart van BESTAND in de browser,
                                              om te bekijken en te bewerken; met het adres
                                              van elke weergave van het model; van een agenda
                                              (.agenda) de agendaketen, alleen-lezen, die het
                                              bestand volgt
                  serve BESTAND --vergelijk OUD | --git REVISIE
                                              BESTAND en een oudere versie samen op de kaart,
                                              alleen-lezen: toegevoegd, verwijderd (vervaagd)
                                              en gewijzigd gemarkeerd, op de plaatsen van BESTAND
                  export BESTAND --format svg|png [--weergave NAAM | --alle-weergaven]
                         [--uit PAD|-] [--overschrijven] [--schaal N] [--peildatum JJJJ-MM-DD]
                                              de netwerkkaart van BESTAND (van een agenda de
                                              agendaketen) als SVG of PNG,
                                              zonder scherm; standaard de eerste weergave naast
                                              het model (kaart.bondgenoot -> kaart.svg);
                                              --weergave NAAM: die weergave (kaart-naam.svg);
                                              --alle-weergaven: elke weergave naast het model;
                                              PNG past op een dia (hoogstens 1920 x 1080
                                              pixels, schaal hoogstens 2); --uit - schrijft naar
                                              standaarduitvoer; een bestaand --uit-bestand
                                              alleen met --overschrijven vervangen;
                                              --peildatum: de situatie op die datum (wat toen
                                              niet gold, vervaagd);
                                              --vergelijk OUD of --git REVISIE: de vergelijking
                                              als bij serve (kaart-vergelijking.svg)
                  analyse BESTAND [--netwerk NAAM] [--families F,...] [--weergave NAAM]
                          [--peildatum JJJJ-MM-DD] [--format text|csv|json]
                                              netwerkanalyse: per netwerk (of alleen NAAM) en voor
                                              het hele model grootte, dichtheid, componenten,
                                              graad in/uit, betweenness, nabijheid, eigenvector,
                                              snijpunten en bruggen, makelaarsrollen, en welke
                                              bestuursvorm past (Provan & Kenis) met de herkomst
                                              van elke invoer; --families: hierarchisch,
                                              financieel, markt, samenwerking, invloed (standaard
                                              alle sturingsrelaties); --weergave: alleen wat die
                                              weergave van de kaart toont (selectie, lagen,
                                              verbergende filters); csv: de cijfers per actor
                  export BESTAND --format csv|xlsx [--uit PAD] [--overschrijven]
                                              netwerken, actoren, rollen, lidmaatschappen,
                                              sturingsrelaties en financieringsstromen als
                                              Excel-werkmap (een blad per soort) of CSV (een
                                              bestand per soort: kaart-actoren.csv, ...)
                  export --sjabloon csv|xlsx [--uit PAD]
                                              een leeg sjabloon om mee te beginnen
                  export BESTAND --format graphml|gexf [--uit PAD] [--overschrijven]
                                              de sturingsrelaties van het hele model (vandaag) als
                                              graaf met de maten per actor: GraphML (yEd, Gephi)
                                              of GEXF (Gephi)
                  import SPREADSHEET... --in MODEL [--voorbeeld]
                                              toont wat de spreadsheet in het model verandert
                                              (toegevoegd, gewijzigd, verwijderd, afgewezen met
                                              rij en reden) en voert het uit, tenzij --voorbeeld;
                                              rijen met id horen bij dat element, zonder id op
                                              naam; bij een afgewezen rij verandert er niets;
                                              een nieuw MODEL wordt gemaakt
                  lsp                         taalserver voor agenda's (LSP via stdin/stdout) voor
                                              elke editor met LSP; het project is, als bij
                                              validate, de dichtstbijzijnde map met
                                              bondgenoot.profiel of .project
                  diff A B [--format text|json]
                  diff BESTAND --git REVISIE [--format text|json]
                                              de verschillen tussen twee versies van een model,
                                              per element-id: toegevoegd, verwijderd,
                                              gewijzigd (oud -> nieuw), verplaatst;
                                              --git: BESTAND zoals het in die revisie van zijn
                                              Git-repository was -> zoals het nu is;
                                              afsluitcode 0 = gelijk, 1 = verschillen
                  merge BASIS ONZE HUNNE [PAD]
                                              voegt een model of .netwerkkaart per id samen
                                              (Git-merge-driver: %O %A %B %P) en schrijft het
                                              resultaat in ONZE;
                                              conflicten: onze versie gehouden, de hunne op
                                              standaardfout; afsluitcode 0 = schoon,
                                              1 = conflicten (het bestand laadt wel)
                  publish PROJECTMAP --uit MAP [--peildatum JJJJ-MM-DD]
                                              het project als statische website die zonder
                                              server en zonder internet werkt (file://, zip,
                                              netwerkschijf): overzicht, elke kaart (pannen,
                                              zoomen, klik naar het element), elementpagina's
                                              met bevindingen, agenda's, regelcatalogus,
                                              beoordelingen, zoeken; MAP is nieuw, leeg of een
                                              eerdere publicatie (die wordt vervangen)
                  help                        deze hulp

                Afsluitcodes: 0 = geen fouten, 1 = fouten gevonden, 2 = onleesbare invoer, verkeerd gebruik
                of een interne fout (dan één regel op standaardfout met de plaats van het logboek).""");
    }
}
