package nl.bondgenoot.agenda;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.bondgenoot.model.persistence.BondgenootResourceFactory;

/**
 * The project an agenda belongs to, for the front ends that have no workspace (the command line):
 * the nearest folder above the agenda that holds a rule profile (bondgenoot.profiel) or an Eclipse
 * project file, otherwise the agenda's own folder. Its model files and other agendas are what the
 * agenda's names may refer to; the LSP server and the workbench use their workspace instead.
 */
public final class AgendaProject {

    private static final Set<String> SKIPPED = Set.of("target", "node_modules", "bin", "src-gen");
    private static final int MAX_DEPTH = 6;

    private AgendaProject() {
    }

    public static Path rootOf(Path agenda) {
        Path folder = agenda.toAbsolutePath().normalize().getParent();
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("bondgenoot.profiel")) || Files.isRegularFile(p.resolve(".project"))) {
                return p;
            }
        }
        return folder;
    }

    /** The model files and agendas of the project, the given agenda excluded, in a stable order. */
    public static List<Path> filesBeside(Path agenda) throws IOException {
        Path self = agenda.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(filesIn(rootOf(agenda)));
        files.remove(self);
        return files;
    }

    /** Every model file and agenda in a project folder and below it, in a stable order. */
    public static List<Path> filesIn(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                return name.startsWith(".") || SKIPPED.contains(name) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                boolean wanted = name.endsWith("." + BondgenootResourceFactory.FILE_EXTENSION)
                        || name.endsWith("." + AgendaFiles.FILE_EXTENSION);
                if (attrs.isRegularFile() && wanted) {
                    files.add(file.toAbsolutePath().normalize());
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE; // an unreadable corner of the project does not stop the agenda
            }
        });
        files.sort(null);
        return files;
    }
}
