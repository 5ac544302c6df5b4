package nl.bondgenoot.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.bondgenoot.agenda.AgendaFiles;
import nl.bondgenoot.agenda.AgendaReading;
import nl.bondgenoot.agenda.ProjectFiles;
import nl.bondgenoot.diagram.model.DrawnIds;
import nl.bondgenoot.diagram.notation.Notation;
import nl.bondgenoot.diagram.notation.NotationException;
import nl.bondgenoot.diagram.notation.NotationFile;
import nl.bondgenoot.diagram.notation.ReadOnlyViews;
import nl.bondgenoot.diagram.representations.DiagramRepresentations;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.beoordeling.Beoordelingsrapport;
import nl.bondgenoot.model.persistence.BeoordelingFiles;
import nl.bondgenoot.model.persistence.BondgenootFiles;
import nl.bondgenoot.model.persistence.BondgenootResourceFactory;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;
import nl.bondgenoot.representation.description.Representation;
import nl.bondgenoot.rules.Finding;
import nl.bondgenoot.rules.Rules;
import nl.bondgenoot.rules.engine.ElementLabels;
import nl.bondgenoot.rules.engine.ProfileException;
import nl.bondgenoot.rules.engine.RuleEngine;

/**
 * Publishes a project folder as a static site that works offline: every model and agenda read and judged
 * as `validate` does (the nearest rule profile, the peildatum), every map view drawn by the headless export,
 * a page per element, the rule catalogue and a search index; written into a new folder that then takes the
 * target's place ({@link SiteFolder}). The same for `bondgenoot publish` and Bestand &gt; Publiceren...
 */
public final class Publisher {

    /** What a publication holds, for the user's one line. */
    public record Result(Path target, int models, int agendas, int assessments, int maps, int elementPages, int searchEntries,
            List<String> warnings) {

        public Path overview() {
            return target.resolve("index.html");
        }

        /** "13 modellen, 5 agenda's, 1 beoordeling, 44 kaarten, 392 elementpagina's": what the site holds, for the user. */
        public String summary() {
            return count(models, "model", "modellen") + ", " + count(agendas, "agenda", "agenda's") + ", "
                    + count(assessments, "beoordeling", "beoordelingen") + ", " + count(maps, "kaart", "kaarten") + ", "
                    + count(elementPages, "elementpagina", "elementpagina's");
        }

        private static String count(int n, String one, String many) {
            return n + " " + (n == 1 ? one : many);
        }
    }

    /** Told what is being done, one step per file and per kind of page; may stop the publication. */
    public interface Progress {
        void begin(int steps);

        void step(String what);

        default boolean cancelled() {
            return false;
        }
    }

    private static final Progress SILENT = new Progress() {
        @Override
        public void begin(int steps) {
        }

        @Override
        public void step(String what) {
        }
    };

    private final Path project;
    private final LocalDate peildatum;
    private final boolean peildatumGiven;
    private final List<String> warnings = new ArrayList<>();

    private Publisher(Path project, LocalDate peildatum, boolean peildatumGiven) {
        this.project = project;
        this.peildatum = peildatum;
        this.peildatumGiven = peildatumGiven;
    }

    /** Publishes the project into the target folder with the rules as they stand on the peildatum (null: today). */
    public static Result publish(Path project, Path target, LocalDate peildatum, Progress progress) throws PublishException {
        LocalDate date = peildatum == null ? nl.bondgenoot.model.tijd.Peildatum.vandaag() : peildatum;
        return new Publisher(project, date, peildatum != null).run(target, progress == null ? SILENT : progress);
    }

    public static Result publish(Path project, Path target) throws PublishException {
        return publish(project, target, null, null);
    }

    private Result run(Path target, Progress progress) throws PublishException {
        if (!Files.isDirectory(project)) {
            throw new PublishException(project + ": " + (Files.exists(project) ? "is geen map" : "bestaat niet")
                    + "; geef de map van het project op (de map met de modellen en agenda's)");
        }
        List<Path> files = projectFiles(target);
        if (files.isEmpty()) {
            throw new PublishException(project + ": deze map bevat geen modellen (." + BondgenootFiles.MODEL_EXTENSION
                    + "), agenda's (." + BondgenootFiles.AGENDA_EXTENSION + ") of beoordelingen (."
                    + BondgenootResourceFactory.BEOORDELING_EXTENSION + "); er is niets te publiceren");
        }
        SiteFolder site = SiteFolder.open(target);
        try {
            Result result = write(site, files, progress);
            if (progress.cancelled()) {
                site.abandon();
                throw new PublishException(target + ": het publiceren is afgebroken; de map is niet veranderd");
            }
            site.commit("Bondgenoot-publicatie van " + project.toAbsolutePath().normalize() + "\n");
            return result;
        } catch (IOException e) {
            site.abandon();
            throw new PublishException(target + ": kan de publicatie niet schrijven: " + SiteFolder.reason(e), e);
        } catch (PublishException | RuntimeException | Error e) {
            site.abandon();
            throw e;
        }
    }

    private Result write(SiteFolder site, List<Path> files, Progress progress) throws IOException {
        String projectName = projectName();
        progress.begin(files.size() * 2 + 3);
        SitePaths paths = new SitePaths();
        PageIndex pages = new PageIndex();
        ElementPages elementPages = new ElementPages(pages);
        List<SourceFile> sources = new ArrayList<>();
        for (Path file : files) {
            if (progress.cancelled()) {
                break;
            }
            progress.step("Lezen en toetsen: " + shown(file));
            SourceFile source = read(file, paths);
            elementPages.assign(source, paths);
            sources.add(source);
        }
        SearchIndex search = new SearchIndex();
        MapPages maps = new MapPages(pages);
        SourcePages sourcePages = new SourcePages(pages, elementPages);
        AssessmentPages assessmentPages = new AssessmentPages(pages, elementPages);
        int mapCount = 0;
        int elementCount = 0;
        for (SourceFile source : sources) {
            if (progress.cancelled()) {
                break;
            }
            progress.step("Pagina's en kaarten: " + source.shown);
            for (int i = 0; i < source.views.size(); i++) {
                save(site, maps.write(source, source.views.get(i), source.mapPages.get(i), projectName, search));
                mapCount++;
            }
            for (Page page : elementPages.write(source, projectName, search)) {
                save(site, page);
                elementCount++;
            }
            save(site, source.kind == SourceFile.Kind.ASSESSMENT ? assessmentPages.write(source, sources, projectName, search)
                    : sourcePages.write(source, projectName, search));
        }
        progress.step("Regelcatalogus");
        save(site, RulePage.write(projectName, search));
        progress.step("Overzicht en zoeken");
        List<SourceFile> assessments = sources.stream().filter(s -> s.kind == SourceFile.Kind.ASSESSMENT).toList();
        save(site, OverviewPage.write(projectName, project, sources, List.of(AssessmentPages.section(assessments)), peildatum));
        save(site, SearchPage.write(projectName));
        site.write(Assets.SEARCH_INDEX, search.script());
        Assets.copyInto(site);
        progress.step("Klaar");
        int models = (int) sources.stream().filter(s -> s.kind == SourceFile.Kind.MODEL).count();
        int agendas = (int) sources.stream().filter(s -> s.kind == SourceFile.Kind.AGENDA).count();
        return new Result(site.target(), models, agendas, assessments.size(), mapCount, elementCount, search.size(),
                List.copyOf(warnings));
    }

    private static void save(SiteFolder site, Page page) throws IOException {
        site.write(page.path(), page.html());
    }

    /** A model or agenda read, judged and given its views; what cannot be read is said on its page and in the warnings. */
    private SourceFile read(Path file, SitePaths paths) {
        String shown = shown(file);
        boolean agenda = AgendaFiles.isAgenda(file);
        SourceFile.Kind kind = agenda ? SourceFile.Kind.AGENDA
                : BeoordelingFiles.isBeoordelingFile(file) ? SourceFile.Kind.ASSESSMENT : SourceFile.Kind.MODEL;
        SourceFile source = new SourceFile(file, shown, kind, paths.folder(kind.folder, shown));
        try {
            if (kind == SourceFile.Kind.ASSESSMENT) {
                source.beoordeling = BeoordelingFiles.load(file);
                source.title = Beoordelingsrapport.van(source.beoordeling).titel();
                judge(source, source.beoordeling);
                return source;
            }
            if (agenda) {
                AgendaReading reading = AgendaFiles.read(file);
                source.model = reading.model();
                source.textProblems.addAll(reading.problems());
                source.rulesApplied = reading.rulesApply() && reading.model() != null;
            } else {
                source.model = ModelFiles.load(file);
                source.rulesApplied = true;
            }
        } catch (ModelLoadException e) {
            source.problem = e.getMessage() + (e.getLine() > 0 ? " (regel " + e.getLine() + ")" : "");
            warnings.add(shown + (e.getLine() > 0 ? ":" + e.getLine() : "") + ": " + e.getMessage());
            return source;
        }
        if (source.rulesApplied) {
            judge(source, source.model);
        }
        if (source.model != null) {
            views(source, paths);
        }
        return source;
    }

    private void judge(SourceFile source, org.eclipse.emf.ecore.EObject root) {
        RuleEngine engine;
        try {
            engine = Rules.engineFor(source.file);
        } catch (ProfileException e) {
            warnings.add(source.shown + ": het regelprofiel is onleesbaar (" + e.toUserMessage() + "); getoetst met de standaardregels");
            engine = Rules.engine();
        }
        for (Finding f : engine.validate(root, peildatum)) {
            Path file = PageIndex.fileOf(f.element());
            source.findings.add(new SiteFinding(f, file == null ? source.file.toAbsolutePath().normalize() : file,
                    ProjectFiles.lineOf(f.element()), ElementLabels.label(f.element()), DrawnIds.of(f.element())));
        }
    }

    /** The views of a model's notation file, then every other representation for its kind of file, as `serve` offers them. */
    private void views(SourceFile source, SitePaths paths) {
        List<Notation> views = new ArrayList<>();
        if (source.kind == SourceFile.Kind.AGENDA) {
            views.addAll(ReadOnlyViews.of(source.file).all());
        } else {
            try {
                views.addAll(NotationFile.read(NotationFile.besides(source.file)).all());
            } catch (NotationException e) {
                // as export does: the map is laid out anew and the notation file left alone
                warnings.add(source.shown + ": " + e.toUserMessage());
                views.add(new Notation());
            }
            for (Representation representation : DiagramRepresentations.get().forFile(source.file)) {
                if (views.stream().noneMatch(v -> v.representation().equals(representation.id()))) {
                    Notation view = new Notation(representation.naam());
                    view.representation(representation.id());
                    views.add(view);
                }
            }
        }
        for (Notation view : views) {
            Notation shown = view;
            if (peildatumGiven) {
                shown = view.copyAs(view.name());
                shown.peildatum(peildatum);
            }
            source.views.add(shown);
            source.mapPages.add(paths.page(source.folder, "kaart-", view.name()));
        }
    }

    private String shown(Path file) {
        return project.relativize(file).toString().replace('\\', '/');
    }

    private String projectName() {
        Path name = project.toAbsolutePath().normalize().getFileName();
        return name == null ? "Project" : "Project " + name;
    }

    /** The models and agendas below the project folder, in path order; hidden folders, build output and publications skipped. */
    private List<Path> projectFiles(Path target) throws PublishException {
        Path skip = target.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(project, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean top = dir.equals(project);
                    if (!top && (name.startsWith(".") || name.equals("target") || name.equals("node_modules")
                            || dir.toAbsolutePath().normalize().equals(skip) || SiteFolder.isPublication(dir))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && (ModelFiles.isModelFile(file) || AgendaFiles.isAgenda(file)
                            || BeoordelingFiles.isBeoordelingFile(file))) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new PublishException(project + ": kan de projectmap niet lezen: " + SiteFolder.reason(e), e);
        }
        files.sort(null);
        return files;
    }
}
