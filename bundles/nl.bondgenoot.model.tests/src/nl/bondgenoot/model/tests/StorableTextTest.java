package nl.bondgenoot.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;

import nl.bondgenoot.model.Actor;
import nl.bondgenoot.model.BondgenootFactory;
import nl.bondgenoot.model.Governancemodel;
import nl.bondgenoot.model.persistence.ModelFiles;
import nl.bondgenoot.model.persistence.StorableText;

/**
 * The one check of what a model file can hold, against the model file itself: a text it accepts is
 * saved and read back unchanged, a text it refuses is one the save would fail on (or garble).
 */
class StorableTextTest {

    /** Saves a model with this description and reads it back: the text read, or empty when the save or load fails. */
    private static Optional<String> roundTrip(String text) {
        try {
            Resource resource = ModelFiles.newResourceSet().createResource(URI.createFileURI("/tmp/tekst.bondgenoot"));
            Governancemodel model = BondgenootFactory.eINSTANCE.createGovernancemodel();
            model.setNaam("m");
            Actor actor = BondgenootFactory.eINSTANCE.createActor();
            actor.setNaam("a");
            actor.setBeschrijving(text);
            model.getActoren().add(actor);
            resource.getContents().add(model);
            ModelFiles.assignMissingIds(resource);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            resource.save(out, Map.of());
            Resource again = ModelFiles.newResourceSet().createResource(URI.createFileURI("/tmp/tekst.bondgenoot"));
            again.load(new ByteArrayInputStream(out.toByteArray()), Map.of());
            return Optional.of(((Governancemodel) again.getContents().get(0)).getActoren().get(0).getBeschrijving());
        } catch (Exception | Error e) {
            return Optional.empty();
        }
    }

    @Test
    void aTextIsAcceptedExactlyWhenTheModelFileKeepsIt() {
        List<String> texts = new ArrayList<>();
        for (char c = 0; c <= 0xA0; c++) {
            texts.add("voor" + c + "na");
        }
        for (char c : new char[] { '\uD7FF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uE000', '\uFDD0', '\uFFFD', '\uFFFE', '\uFFFF' }) {
            texts.add("voor" + c + "na");
        }
        texts.add("een paar: \uD83D\uDE00, verkeerd om: \uDE00\uD83D");
        texts.add("café, Ærø, 🏛, tab\tregel\r\nregel");
        List<String> wrong = new ArrayList<>();
        for (String text : texts) {
            boolean accepted = StorableText.textProblem(text).isEmpty();
            boolean kept = roundTrip(text).map(text::equals).orElse(false);
            if (accepted != kept) {
                wrong.add(text.chars().mapToObj(c -> String.format("U+%04X", c)).toList() + (accepted ? " accepted but lost" : " refused but kept"));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aNameIsOneLineOfCharactersTheFileCanHoldAndTheReasonIsDutch() {
        assertEquals(Optional.empty(), StorableText.nameProblem("Gemeente Zwolle 🏛 (café)"));
        assertEquals(Optional.of("Een naam mag niet leeg zijn."), StorableText.nameProblem(" "));
        assertEquals(Optional.of("Een naam mag geen stuurteken (U+0001) bevatten (teken 9 van de naam). Typ de naam zonder dat teken."),
                StorableText.nameProblem("Gemeente\u0001"));
        for (String name : new String[] { "a\u0000", "a\uFFFE", "a\uD800", "\uDC00a", "tab\tnaam", "twee\nregels", "a\u0085" }) {
            assertTrue(StorableText.nameProblem(name).orElse("").startsWith("Een naam mag geen "), name);
        }
        assertTrue(StorableText.nameProblem("a\uD800").orElseThrow().contains("half teken (U+D800"));
        assertTrue(StorableText.textProblem("x\uFFFF").orElseThrow().contains("ongeldig teken (U+FFFF)"));
    }
}
