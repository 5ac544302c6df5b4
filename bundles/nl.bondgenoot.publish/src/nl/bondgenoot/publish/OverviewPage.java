package nl.bondgenoot.publish;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.tijd.Periodes;
import nl.bondgenoot.rules.Severity;

/** The first page: what the project holds (models, netwerken, agendas, assessments) and how many findings. */
final class OverviewPage {

    private OverviewPage() {
    }

    static Page write(String project, Path shownProject, List<SourceFile> sources, List<Section> more, LocalDate peildatum) {
        Page page = new Page("index.html", project, project);
        List<SourceFile> models = sources.stream().filter(s -> s.kind == SourceFile.Kind.MODEL).toList();
        List<SourceFile> agendas = sources.stream().filter(s -> s.kind == SourceFile.Kind.AGENDA).toList();
        long netwerken = models.stream().filter(s -> s.model != null).mapToLong(s -> s.model.getNetwerken().size()).sum();
        long errors = sources.stream().mapToLong(s -> s.count(Severity.ERROR)).sum();
        long warnings = sources.stream().mapToLong(s -> s.count(Severity.WARNING)).sum();
        long infos = sources.stream().mapToLong(s -> s.count(Severity.INFO)).sum();
        page.append("<p class=\"bron\">Project " + Html.esc(shownProject.toString()) + ", getoetst zoals het er op "
                + Html.esc(Periodes.tekst(peildatum)) + " voor staat.</p>\n");
        page.append("<ul class=\"tellingen\">\n" + count(models.size(), "model", "modellen") + count(netwerken, "netwerk", "netwerken")
                + count(agendas.size(), "agenda", "agenda's"));
        more.forEach(section -> page.append(count(section.count(), section.one(), section.many())));
        page.append(count(errors, "fout", "fouten") + count(warnings, "waarschuwing", "waarschuwingen")
                + count(infos, "melding (info)", "meldingen (info)") + "</ul>\n");
        table(page, "Modellen", models, true);
        table(page, "Agenda's", agendas, false);
        more.forEach(section -> page.append(section.html()));
        page.append("<p>" + Html.link("regels.html", "De regelcatalogus") + ": elke regel met zijn ernst, herkomst en bron.</p>\n");
        return page;
    }

    /** A part of the overview another kind of page adds (assessments): its count and its table. */
    record Section(long count, String one, String many, String html) {
    }

    private static String count(long n, String one, String many) {
        return "<li><strong>" + n + "</strong> " + Html.esc(n == 1 ? one : many) + "</li>\n";
    }

    private static void table(Page page, String heading, List<SourceFile> sources, boolean models) {
        if (sources.isEmpty()) {
            return;
        }
        page.append("<h2>" + Html.esc(heading) + "</h2>\n<table class=\"overzicht\">\n<thead><tr><th>Naam</th><th>Bestand</th>"
                + (models ? "<th>Netwerken</th><th>Elementen</th>" : "") + "<th>Kaarten</th><th>Fouten</th><th>Waarschuwingen</th>"
                + "<th>Info</th></tr></thead>\n<tbody>\n");
        for (SourceFile s : sources) {
            Governancemodel model = s.model;
            page.append("<tr><td>" + Html.link(s.index(), s.title()) + (s.problem == null ? "" : " <span class=\"probleem\">onleesbaar</span>")
                    + "</td><td>" + Html.esc(s.shown) + "</td>"
                    + (models ? "<td>" + (model == null ? 0 : model.getNetwerken().size()) + "</td><td>"
                            + ElementPages.elements(s).size() + "</td>" : "")
                    + "<td>" + s.mapPages.size() + "</td><td>" + s.count(Severity.ERROR) + "</td><td>" + s.count(Severity.WARNING)
                    + "</td><td>" + s.count(Severity.INFO) + "</td></tr>\n");
        }
        page.append("</tbody>\n</table>\n");
    }
}
