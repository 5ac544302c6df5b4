package nl.bondgenoot.model.project;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one notion of "project", for every front end (command line, language server, workbench, rule
 * profile lookup): the nearest folder at or above a file that holds a rule profile
 * ({@value #PROFILE_FILE_NAME}) or an Eclipse project file ({@value #ECLIPSE_PROJECT_FILE}), otherwise the
 * file's own folder. A project's files are those below its folder, except those of a project nested in
 * it: two projects side by side, or one inside the other, never see each other's names.
 */
public final class ProjectFolder {

    /** The rule profile of a project; its presence makes a folder a project. */
    public static final String PROFILE_FILE_NAME = "bondgenoot.profiel";

    /** An Eclipse project (the workbench's projects) is a project too. */
    public static final String ECLIPSE_PROJECT_FILE = ".project";

    /** Folders that never hold a project's own files: build output, dependencies. */
    private static final Set<String> SKIPPED = Set.of("target", "node_modules", "bin", "src-gen");

    /** How deep below a project folder its files are looked for. */
    public static final int MAX_DEPTH = 6;

    private ProjectFolder() {
    }

    /** The project folder of a file: the nearest marked folder above it, or its own folder. */
    public static Path of(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return enclosing(folder).orElse(folder);
    }

    /** The nearest marked folder at or above the folder, if there is one. */
    public static Optional<Path> enclosing(Path folder) {
        for (Path p = folder == null ? null : folder.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (isMarked(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Whether the folder is a project by itself (it holds a rule profile or an Eclipse project file). */
    public static boolean isMarked(Path folder) {
        return Files.isRegularFile(folder.resolve(PROFILE_FILE_NAME)) || Files.isRegularFile(folder.resolve(ECLIPSE_PROJECT_FILE));
    }

    /** The project's rule profile, when it has one. */
    public static Optional<Path> profileOf(Path file) {
        Path profile = of(file).resolve(PROFILE_FILE_NAME);
        return Files.isRegularFile(profile) ? Optional.of(profile) : Optional.empty();
    }

    /**
     * The files of the project in {@code root} whose names end in one of the extensions, in a stable
     * order: below the folder, skipping hidden folders, build output and nested projects.
     */
    public static List<Path> filesIn(Path root, Set<String> extensions) throws IOException {
        Path start = root.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        walk(start, new Walk() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(start) || !skipped(dir) && !isMarked(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && hasExtension(file, extensions)) {
                    files.add(file.toAbsolutePath().normalize());
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    /**
     * The projects an editor sees when it opens a folder: the project the folder lies in (the folder
     * itself when no marked folder encloses it) and every marked folder below it.
     */
    public static List<Path> projectsIn(Path folder) throws IOException {
        Path start = folder.toAbsolutePath().normalize();
        Path own = enclosing(start).orElse(start);
        List<Path> projects = new ArrayList<>(List.of(own));
        walk(start, new Walk() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(start)) {
                    return FileVisitResult.CONTINUE;
                }
                if (skipped(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (isMarked(dir)) {
                    projects.add(dir.toAbsolutePath().normalize());
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return projects;
    }

    private static void walk(Path start, Walk visitor) throws IOException {
        Files.walkFileTree(start, Set.of(), MAX_DEPTH, visitor);
    }

    /** A walk through a project folder that an unreadable corner does not stop. */
    private abstract static class Walk extends SimpleFileVisitor<Path> {
        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
            return FileVisitResult.CONTINUE;
        }
    }

    /** Whether a folder holds no project files: hidden, build output or dependencies. */
    public static boolean skipped(Path dir) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        return name.startsWith(".") || SKIPPED.contains(name);
    }

    private static boolean hasExtension(Path file, Set<String> extensions) {
        String name = file.getFileName().toString();
        return extensions.stream().anyMatch(extension -> name.endsWith("." + extension));
    }
}
