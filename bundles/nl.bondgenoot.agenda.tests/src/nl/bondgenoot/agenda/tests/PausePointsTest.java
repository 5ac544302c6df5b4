package nl.bondgenoot.agenda.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bondgenoot.agenda.AgendaFiles;
import nl.bondgenoot.agenda.AgendaReading;
import nl.bondgenoot.agenda.PausePoints;

/**
 * One agenda line with many names is one object to Xtext: linking it and judging it are single steps
 * without a place to stop. The language server must be able to answer other requests meanwhile, so
 * linking and judging each name are pause points; where no one asked for pauses nothing happens.
 */
class PausePointsTest {

    @TempDir
    Path project;

    @Test
    void linkingAndJudgingALongListOfNamesPausesBeforeEachName() throws Exception {
        int names = 300;
        Files.copy(Path.of(System.getProperty("bondgenoot.root", "../.."), "examples", "skelet", "kamperpoort-kern.bondgenoot"),
                project.resolve("kamperpoort.bondgenoot"));
        Path file = Files.writeString(project.resolve("groot.agenda"), "maatschappelijke agenda \"A\" opgesteld met Travers, "
                + IntStream.range(0, names).mapToObj(i -> "N" + i).collect(Collectors.joining(", ")) + "\n");
        AtomicInteger pauses = new AtomicInteger();

        AgendaReading reading = PausePoints.pausing(pauses::incrementAndGet, () -> {
            try {
                return AgendaFiles.read(file);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertEquals(names, reading.problems().size(), "every unknown name is a problem");
        assertTrue(pauses.get() >= names + 1, "linking paused " + pauses.get() + " times for " + (names + 1) + " names");

        Resource resource = reading.model().eResource();
        pauses.set(0);
        List<Issue> issues = PausePoints.pausing(pauses::incrementAndGet, () -> ((XtextResource) resource).getResourceServiceProvider()
                .getResourceValidator().validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
        assertTrue(issues.size() >= names, issues.size() + " problems");
        assertTrue(pauses.get() >= names + 1, "judging paused " + pauses.get() + " times for " + (names + 1) + " names");

        // Outside the language server's check no one asked: the same work does not pause.
        int before = pauses.get();
        ((XtextResource) resource).getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
                CancelIndicator.NullImpl);
        assertEquals(before, pauses.get());
    }
}
