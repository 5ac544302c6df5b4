package nl.bondgenoot.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import nl.bondgenoot.beoordeling.Beoordelingsrapport;
import nl.bondgenoot.beoordeling.Indicatorstand;
import nl.bondgenoot.beoordeling.Plateaustand;
import nl.bondgenoot.beoordeling.Scorereeks;
import nl.bondgenoot.beoordeling.Vergelijking;
import nl.bondgenoot.beoordeling.Voortgang;
import nl.bondgenoot.beoordeling.Vraagstand;
import nl.bondgenoot.beoordeling.grafiek.Grafiek;
import nl.bondgenoot.model.Antwoord;
import nl.bondgenoot.model.Antwoorddeel;
import nl.bondgenoot.model.Beoordeling;
import nl.bondgenoot.model.Bron;
import nl.bondgenoot.model.Respondent;
import nl.bondgenoot.model.instrumenten.Instrument;
import nl.bondgenoot.model.labels.Labels;
import nl.bondgenoot.model.tijd.Periodes;
import nl.bondgenoot.rules.Severity;

/**
 * The page of an assessment: the report of {@code nl.bondgenoot.beoordeling} (progress, indicators with
 * judgement and "extra aandacht", scores per party and jointly, plateaus, every question with its answers and
 * the respondents' differences, the guidance to read) with its charts, drawn by the product as in the form
 * editor; an earlier assessment of the same practice compared; and the assessment rules' findings.
 */
final class AssessmentPages {

    private final PageIndex pages;
    private final ElementPages elements;

    AssessmentPages(PageIndex pages, ElementPages elements) {
        this.pages = pages;
        this.elements = elements;
    }

    Page write(SourceFile source, List<SourceFile> all, String project, SearchIndex search) {
        Page page = new Page(source.index(), source.title(), project);
        page.append("<p class=\"bron\">Beoordeling " + Html.esc(source.shown) + "</p>\n");
        if (source.problem != null) {
            page.append("<p class=\"probleem\">Dit bestand kan niet worden gelezen: " + Html.esc(source.problem) + "</p>\n");
            search.add("Beoordeling", source.title(), source.index(), source.shown + " " + source.problem);
            return page;
        }
        Beoordeling b = source.beoordeling;
        Beoordelingsrapport rapport = Beoordelingsrapport.van(b);
        StringBuilder words = new StringBuilder(rapport.titel());
        page.append("<table class=\"eigenschappen\">\n");
        row(page, "Instrument", Html.esc(rapport.instrument().naam() + " (" + rapport.instrument().bron() + ")"));
        row(page, "Onderwerp", b.getOnderwerp() != null ? elements.link(page, b.getOnderwerp()) : modelLink(page, b, all));
        row(page, "Datum", b.getDatum() == null ? "" : Html.esc(Periodes.tekst(b.getDatum().toGregorianCalendar().toZonedDateTime().toLocalDate())));
        List<String> respondenten = new ArrayList<>();
        for (Respondent r : b.getRespondenten()) {
            respondenten.add(respondent(page, r));
        }
        row(page, "Respondenten", String.join("<br>", respondenten));
        Voortgang voortgang = rapport.voortgang();
        row(page, "Voortgang", Html.esc(voortgang.tekst()));
        page.append("</table>\n");
        indicators(page, rapport);
        rapport.radar().ifPresent(radar -> page.append("<h2>Webdiagram</h2>\n").append(chart(radar, "radar")));
        scores(page, rapport);
        plateaus(page, rapport);
        questions(page, rapport, words);
        comparison(page, source, all);
        page.append(FindingTable.html(page, source.findings, pages, true));
        source.findings.forEach(f -> words.append(' ').append(f.finding().text()));
        search.add("Beoordeling", source.title(), source.index(), words.toString());
        return page;
    }

    /** The overview's part: how many assessments and a row per assessment. */
    static OverviewPage.Section section(List<SourceFile> assessments) {
        if (assessments.isEmpty()) {
            return new OverviewPage.Section(0, "beoordeling", "beoordelingen", "");
        }
        StringBuilder html = new StringBuilder("<h2>Beoordelingen</h2>\n<table class=\"overzicht\">\n<thead><tr><th>Beoordeling</th>"
                + "<th>Bestand</th><th>Voortgang</th><th>Fouten</th><th>Waarschuwingen</th><th>Info</th></tr></thead>\n<tbody>\n");
        for (SourceFile s : assessments) {
            String voortgang = s.beoordeling == null ? "onleesbaar" : Beoordelingsrapport.van(s.beoordeling).voortgang().tekst();
            html.append("<tr><td>").append(Html.link(s.index(), s.title())).append("</td><td>").append(Html.esc(s.shown))
                    .append("</td><td>").append(Html.esc(voortgang)).append("</td><td>").append(s.count(Severity.ERROR))
                    .append("</td><td>").append(s.count(Severity.WARNING)).append("</td><td>").append(s.count(Severity.INFO))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        return new OverviewPage.Section(assessments.size(), "beoordeling", "beoordelingen", html.toString());
    }

    private static void row(Page page, String label, String html) {
        page.append("<tr><th>" + Html.esc(label) + "</th><td>" + (html.isBlank() ? "<span class=\"leeg\">niet ingevuld</span>" : html)
                + "</td></tr>\n");
    }

    /** An assessment of the whole model: a link to the model's page. */
    private static String modelLink(Page page, Beoordeling b, List<SourceFile> all) {
        if (b.getModel() == null) {
            return "";
        }
        java.nio.file.Path file = PageIndex.fileOf(b.getModel());
        return all.stream().filter(s -> s.kind == SourceFile.Kind.MODEL && s.file.toAbsolutePath().normalize().equals(file)).findFirst()
                .map(s -> Html.link(page.href(s.index()), b.getModel().getNaam())).orElse(Html.esc(b.getModel().getNaam()));
    }

    private String respondent(Page page, Respondent r) {
        String who = r.getActor() != null ? elements.link(page, r.getActor())
                : Html.esc(r.getNaam() == null || r.getNaam().isBlank() ? "respondent zonder naam" : r.getNaam());
        return who + (r.getRol() == null || r.getRol().isBlank() ? "" : " (" + Html.esc(r.getRol()) + ")");
    }

    /** A chart of the report in the page itself; nothing is drawn a second way. */
    static String chart(Grafiek grafiek, String kind) {
        String svg = grafiek.svg().replaceFirst("^<\\?xml[^>]*\\?>\\s*", "");
        return "<figure class=\"grafiek " + kind + "\">\n" + svg + "\n</figure>\n";
    }

    private void indicators(Page page, Beoordelingsrapport rapport) {
        List<Indicatorstand> indicatoren = rapport.indicatoren();
        if (indicatoren.isEmpty()) {
            return;
        }
        page.append("<h2>Indicatoren</h2>\n");
        rapport.indicatoroverzicht().ifPresent(chart -> page.append(chart(chart, "indicatoroverzicht")));
        page.append("<table class=\"indicatoren\">\n<thead><tr><th>Indicator</th><th>Oordeel</th><th>Motivering</th>"
                + "<th>Vragen beantwoord</th></tr></thead>\n<tbody>\n");
        for (Indicatorstand i : indicatoren) {
            page.append("<tr id=\"indicator-" + SitePaths.part(i.indicator().id()) + "\"><td><strong>" + Html.esc(i.indicator().id())
                    + "</strong> " + Html.esc(i.indicator().tekst()) + "</td><td>" + Html.esc(Labels.of(i.oordeel()))
                    + (i.extraAandacht() ? " <span class=\"extra-aandacht\">extra aandacht</span>" : "") + "</td><td>"
                    + Html.esc(i.motivering()) + "</td><td>" + i.beantwoord() + " van " + i.vragen().size() + "</td></tr>\n");
        }
        page.append("</tbody>\n</table>\n");
    }

    private void scores(Page page, Beoordelingsrapport rapport) {
        List<Scorereeks> reeksen = rapport.scores();
        if (reeksen.isEmpty()) {
            return;
        }
        page.append("<h2>Scores</h2>\n<p class=\"bron\">" + Html.esc(Beoordelingsrapport.SCHAALTOELICHTING) + "</p>\n"
                + "<table class=\"scores\">\n<thead><tr><th>Kenmerk</th>");
        reeksen.forEach(r -> page.append("<th>" + Html.esc(r.naam()) + "</th>"));
        page.append("</tr></thead>\n<tbody>\n");
        for (Instrument.Item item : rapport.instrument().items()) {
            page.append("<tr><td><strong>" + Html.esc(item.id()) + "</strong> " + Html.esc(item.tekst()) + "</td>");
            for (Scorereeks r : reeksen) {
                Integer score = r.scores().get(item);
                page.append("<td>" + (score == null || score == 0 ? "" : score) + "</td>");
            }
            page.append("</tr>\n");
        }
        page.append("</tbody>\n</table>\n");
    }

    private void plateaus(Page page, Beoordelingsrapport rapport) {
        if (rapport.instrument().soort() != Instrument.Antwoordsoort.PLATEAUS) {
            return;
        }
        page.append("<h2>Plateaus</h2>\n<table class=\"plateaus\">\n<thead><tr><th>Ambitie</th><th>Huidig</th><th>Gekozen ambitie</th>"
                + "<th>Toelichting</th></tr></thead>\n<tbody>\n");
        for (Plateaustand p : rapport.plateaus()) {
            page.append("<tr><td><strong>" + Html.esc(p.ambitie().id()) + "</strong> " + Html.esc(p.ambitie().tekst()) + "</td><td>"
                    + (p.huidig() == 0 ? "" : p.huidig()) + "</td><td>" + (p.gekozenAmbitie() == 0 ? "" : p.gekozenAmbitie())
                    + "</td><td>" + Html.esc(p.toelichting()) + "</td></tr>\n");
        }
        page.append("</tbody>\n</table>\n");
    }

    private void questions(Page page, Beoordelingsrapport rapport, StringBuilder words) {
        if (rapport.instrument().soort() != Instrument.Antwoordsoort.CHECKLIST) {
            return;
        }
        List<Instrument.Item> extra = rapport.extraAandacht();
        page.append("<h2>Vragen en antwoorden</h2>\n<ol class=\"vragen\">\n");
        for (Vraagstand v : rapport.vragen()) {
            Instrument.Item item = v.item();
            words.append(' ').append(item.id()).append(' ').append(item.tekst());
            page.append("<li id=\"vraag-" + SitePaths.part(item.id()) + "\"><p><strong>" + Html.esc(item.id()) + "</strong> "
                    + Html.esc(item.tekst()) + (v.beantwoord() ? "" : " <span class=\"leeg\">onbeantwoord</span>")
                    + (v.respondentenVerschillen() ? " <span class=\"verschil\">respondenten verschillen</span>" : "") + "</p>\n");
            if (!v.antwoorden().isEmpty()) {
                page.append("<ul class=\"antwoorden\">\n");
                for (Antwoord a : v.antwoorden()) {
                    page.append("<li>" + answer(page, a) + "</li>\n");
                    if (a.getToelichting() != null) {
                        words.append(' ').append(a.getToelichting());
                    }
                }
                page.append("</ul>\n");
            }
            v.voorstel().ifPresent(voorstel -> page.append("<p class=\"voorstel\">Voorstel uit het model: "
                    + Html.esc(Labels.of(voorstel.status())) + " (" + Html.esc(voorstel.herkomst()) + ")</p>\n"));
            if (extra.contains(item) && item.richtlijn() != null && item.richtlijn().tekst() != null) {
                page.append("<blockquote class=\"richtlijn\"><p class=\"extra-aandacht\">Extra aandacht: aandachtspunten, tips en "
                        + "voorbeelden</p>" + paragraphs(item.richtlijn().tekst()) + "<footer>Bron: "
                        + Html.esc(item.richtlijn().bron()) + "</footer></blockquote>\n");
            }
            page.append("</li>\n");
        }
        page.append("</ol>\n");
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            html.append("<p>").append(Html.esc(paragraph.strip())).append("</p>");
        }
        return html.toString();
    }

    private String answer(Page page, Antwoord a) {
        StringBuilder html = new StringBuilder();
        html.append(a.getRespondent() == null ? "zonder respondent" : respondent(page, a.getRespondent())).append(": <strong>")
                .append(Html.esc(Labels.of(a.getStatus()))).append("</strong>");
        if (a.getToelichting() != null && !a.getToelichting().isBlank()) {
            html.append(" - ").append(Html.esc(a.getToelichting()));
        }
        for (Antwoorddeel deel : a.getDelen()) {
            List<String> values = new ArrayList<>();
            for (EObject actor : deel.getActoren()) {
                values.add(elements.link(page, actor));
            }
            deel.getKeuzes().forEach(k -> values.add(Html.esc(k)));
            if (!values.isEmpty()) {
                html.append("<br><span class=\"deel\">").append(Html.esc(deel.getDeel())).append(":</span> ")
                        .append(String.join(", ", values));
            }
        }
        List<String> bronnen = new ArrayList<>();
        for (Bron bron : a.getBronnen()) {
            bronnen.add(Labels.of(bron.getSoort()) + (bron.getOmschrijving() == null ? "" : " " + bron.getOmschrijving()));
        }
        if (!bronnen.isEmpty()) {
            html.append("<br><span class=\"bronverwijzing\">Bronnen: ").append(Html.esc(String.join("; ", bronnen))).append("</span>");
        }
        if (a.getHerkomst() != null) {
            html.append(" <span class=\"bronverwijzing\">(").append(Html.esc(Labels.of(a.getHerkomst()))).append(")</span>");
        }
        return html.toString();
    }

    /** The latest earlier assessment of the same practice with the same instrument, compared with this one. */
    private void comparison(Page page, SourceFile source, List<SourceFile> all) {
        List<Beoordeling> others = all.stream().filter(s -> s != source && s.beoordeling != null).map(s -> s.beoordeling).toList();
        List<Beoordeling> comparable = Vergelijking.vergelijkbaar(source.beoordeling, others);
        Optional<Beoordeling> earlier = comparable.stream().filter(o -> before(o, source.beoordeling)).reduce((a, b) -> b);
        if (earlier.isEmpty()) {
            return;
        }
        Vergelijking vergelijking = Vergelijking.van(earlier.get(), source.beoordeling);
        String earlierPage = all.stream().filter(s -> s.beoordeling == earlier.get()).findFirst().map(SourceFile::index).orElse(null);
        page.append("<h2>Vergeleken met de vorige beoordeling</h2>\n<p>"
                + (earlierPage == null ? Html.esc(vergelijking.eerder().titel()) : Html.link(page.href(earlierPage), vergelijking.eerder().titel()))
                + "</p>\n");
        if (!vergelijking.oordelen().isEmpty()) {
            page.append("<table class=\"vergelijking\">\n<thead><tr><th>Indicator</th><th>Eerder</th><th>Nu</th></tr></thead>\n<tbody>\n");
            vergelijking.oordelen().forEach(o -> page.append("<tr" + (o.veranderd() ? " class=\"veranderd\"" : "") + "><td><strong>"
                    + Html.esc(o.indicator().id()) + "</strong> " + Html.esc(o.indicator().tekst()) + "</td><td>"
                    + Html.esc(Labels.of(o.eerder())) + "</td><td>" + Html.esc(Labels.of(o.later())) + "</td></tr>\n"));
            page.append("</tbody>\n</table>\n");
        }
        vergelijking.radar(null).ifPresent(radar -> page.append(chart(radar, "radar vergelijking")));
    }

    private static boolean before(Beoordeling a, Beoordeling b) {
        return a.getDatum() != null && b.getDatum() != null && a.getDatum().compare(b.getDatum()) < 0;
    }
}
