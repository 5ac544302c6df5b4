package nl.bondgenoot.model.tests.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.model.project.ProjectFolder;

/**
 * The one notion of project: the nearest folder with bondgenoot.profiel or .project, its files
 * without those of nested projects, and the projects an editor sees when it opens a folder.
 */
class ProjectFolderTest {

    @TempDir
    Path dir;

    private Path file(String path) throws Exception {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "");
    }

    @Test
    void theNearestMarkedFolderIsTheProjectOtherwiseTheFilesOwnFolder() throws Exception {
        file("wijk/bondgenoot.profiel");
        file("wijk/eclipse/.project");
        Path deep = file("wijk/agendas/2026/a.agenda");
        Path inEclipse = file("wijk/eclipse/m.bondgenoot");
        Path loose = file("los/b.agenda");

        assertEquals(dir.resolve("wijk"), ProjectFolder.of(deep));
        assertEquals(dir.resolve("wijk/eclipse"), ProjectFolder.of(inEclipse));
        assertEquals(dir.resolve("los"), ProjectFolder.of(loose));
        assertEquals(Optional.of(dir.resolve("wijk/bondgenoot.profiel")), ProjectFolder.profileOf(deep));
        assertEquals(Optional.empty(), ProjectFolder.profileOf(inEclipse), "the nested project has no profile of its own");
    }

    @Test
    void aProjectsFilesLeaveOutNestedProjectsHiddenFoldersAndBuildOutput() throws Exception {
        file("wijk/bondgenoot.profiel");
        Path own = file("wijk/m.bondgenoot");
        Path below = file("wijk/agendas/a.agenda");
        file("wijk/buurt/bondgenoot.profiel");
        file("wijk/buurt/n.bondgenoot");
        file("wijk/.git/x.agenda");
        file("wijk/target/y.agenda");
        file("wijk/notities.txt");

        assertEquals(List.of(below, own), ProjectFolder.filesIn(dir.resolve("wijk"), Set.of("bondgenoot", "agenda")));
    }

    @Test
    void anOpenedFolderWithSeveralProjectsHoldsEachOfThem() throws Exception {
        file("noord/bondgenoot.profiel");
        file("zuid/.project");
        file("zuid/deel/bondgenoot.profiel");
        file("los.agenda");

        assertEquals(Set.of(dir, dir.resolve("noord"), dir.resolve("zuid"), dir.resolve("zuid/deel")),
                Set.copyOf(ProjectFolder.projectsIn(dir)));
        assertEquals(List.of(dir.resolve("noord")), ProjectFolder.projectsIn(dir.resolve("noord")));
        Path inside = Files.createDirectories(dir.resolve("noord/agendas"));
        assertEquals(List.of(dir.resolve("noord")), ProjectFolder.projectsIn(inside), "a folder inside a project opens that project");
    }
}
