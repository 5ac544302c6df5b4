package nl.bondgenoot.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.bondgenoot.agenda.TextProblem;
import nl.bondgenoot.model.Element;
import nl.bondgenoot.model.labels.Labels;

/**
 * The page of one file: for a model its maps, its elements by kind and its findings; for an agenda its
 * maps and its text with line numbers, each finding at its line.
 */
final class SourcePages {

    private final PageIndex pages;
    private final ElementPages elements;

    SourcePages(PageIndex pages, ElementPages elements) {
        this.pages = pages;
        this.elements = elements;
    }

    Page write(SourceFile source, String project, SearchIndex search) throws IOException {
        Page page = new Page(source.index(), source.title(), project);
        page.append("<p class=\"bron\">" + (source.kind == SourceFile.Kind.MODEL ? "Model" : "Agenda") + " "
                + Html.esc(source.shown) + "</p>\n");
        if (source.problem != null) {
            page.append("<p class=\"probleem\">Dit bestand kan niet worden gelezen: " + Html.esc(source.problem) + "</p>\n");
        }
        if (source.model != null && source.model.getBeschrijving() != null && !source.model.getBeschrijving().isBlank()) {
            page.paragraph(source.model.getBeschrijving());
        }
        maps(page, source);
        if (source.kind == SourceFile.Kind.AGENDA) {
            if (source.problem == null) {
                agendaText(page, source);
            }
            search.add("Agenda", source.title(), source.index(), (source.problem == null ? text(source.file) : "") + " "
                    + findingWords(source));
        } else {
            elementList(page, source);
            page.append(FindingTable.html(page, source.findings, pages, true));
            search.add("Model", source.title(), source.index(), source.shown + " " + findingWords(source));
        }
        return page;
    }

    private static String findingWords(SourceFile source) {
        StringBuilder words = new StringBuilder();
        source.findings.forEach(f -> words.append(f.finding().text()).append(' '));
        source.textProblems.forEach(p -> words.append(p.message()).append(' '));
        return words.toString();
    }

    private static void maps(Page page, SourceFile source) {
        if (source.mapPages.isEmpty()) {
            return;
        }
        page.append("<h2>Kaarten</h2>\n<ul class=\"kaarten\">\n");
        for (int i = 0; i < source.mapPages.size(); i++) {
            page.append("<li>" + Html.link(page.href(source.mapPages.get(i)), source.views.get(i).name()) + "</li>\n");
        }
        page.append("</ul>\n");
    }

    private void elementList(Page page, SourceFile source) {
        Map<String, List<Element>> byKind = new TreeMap<>();
        ElementPages.elements(source).forEach(e -> byKind.computeIfAbsent(Labels.typeOf(e.eClass()), k -> new ArrayList<>()).add(e));
        if (byKind.isEmpty()) {
            return;
        }
        page.append("<h2>Elementen</h2>\n");
        byKind.forEach((kind, list) -> {
            page.append("<h3>" + Html.esc(kind) + " (" + list.size() + ")</h3>\n<ul class=\"elementen\">\n");
            list.forEach(e -> page.append("<li>" + elements.link(page, e) + "</li>\n"));
            page.append("</ul>\n");
        });
    }

    /** The agenda's text, line by line, with the problems of the text and the findings at their lines. */
    private void agendaText(Page page, SourceFile source) throws IOException {
        Path own = source.file.toAbsolutePath().normalize();
        Map<Integer, List<String>> atLine = new HashMap<>();
        for (TextProblem p : source.textProblems) {
            atLine.computeIfAbsent(Math.max(1, p.line()), l -> new ArrayList<>()).add("<div class=\"bevinding ernst-"
                    + SitePaths.part(p.severity().label()) + "\"><span class=\"ernst\">" + Html.esc(p.severity().label())
                    + "</span> kolom " + p.column() + ": " + Html.esc(p.message()) + "</div>");
        }
        List<SiteFinding> elsewhere = new ArrayList<>();
        for (SiteFinding f : source.findings) {
            if (f.file().equals(own) && f.line() > 0) {
                String element = pages.of(f.finding().element()).map(p -> Html.link(page.href(p), f.element()))
                        .orElse(Html.esc(f.element()));
                atLine.computeIfAbsent(f.line(), l -> new ArrayList<>()).add("<div class=\"bevinding ernst-"
                        + SitePaths.part(f.severity()) + "\"><span class=\"ernst\">" + Html.esc(f.severity()) + "</span> "
                        + Html.link(page.href("regels.html") + "#" + FindingTable.ruleAnchor(f.finding().ruleId()),
                                "[" + f.finding().ruleId() + "]")
                        + " " + Html.esc(f.finding().message()) + " <span class=\"bronverwijzing\">("
                        + Html.esc(f.finding().rule().sourceWithSections()) + ")</span> " + element + "</div>");
            } else {
                elsewhere.add(f);
            }
        }
        if (!source.rulesApplied && source.problem == null) {
            page.append("<p class=\"probleem\">De regels zijn niet toegepast: de tekst bevat fouten (zie hieronder).</p>\n");
        }
        page.append("<h2>Tekst</h2>\n<ol class=\"agendatekst\">\n");
        String[] lines = text(source.file).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            if (i == lines.length - 1 && lines[i].isEmpty() && !atLine.containsKey(line)) {
                break;
            }
            page.append("<li id=\"r" + line + "\"><code>" + Html.esc(lines[i]) + "</code>"
                    + String.join("", atLine.getOrDefault(line, List.of())) + "</li>\n");
        }
        page.append("</ol>\n");
        if (!elsewhere.isEmpty()) {
            page.append("<h2>Bevindingen over elementen in andere bestanden</h2>\n");
            page.append(FindingTable.html(page, elsewhere, pages, true).replaceFirst("<h2>[^<]*</h2>\n", ""));
        }
    }

    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
