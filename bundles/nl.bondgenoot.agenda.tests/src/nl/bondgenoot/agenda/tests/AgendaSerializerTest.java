package nl.bondgenoot.agenda.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

import nl.bondgenoot.model.Governancemodel;

/**
 * Writing an agenda back as text (what refactorings and quick fixes will do) and reading it again gives
 * the same model: names that need quotes get them, values keep their form, references their names.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(AgendaInjectorProvider.class)
class AgendaSerializerTest {

    @Inject
    private AgendaParser agendas;

    @Inject
    private ISerializer serializer;

    static Stream<String> examples() {
        return Stream.of("agendas/huishoudelijke-hulp.agenda", "agendas/multiprobleemgezin.agenda",
                "agendas/zelfredzaamheid.agenda", "netwerken/netwerk-welzijn-versterkt.agenda", "skelet/zelfredzaam.agenda");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void anExampleAgendaWrittenBackReadsAsTheSameModel(String example) throws Exception {
        String[] parts = example.split("/");
        Governancemodel original = agendas.parse(Examples.read(parts[0], parts[1]));
        String written = serializer.serialize(original);
        Governancemodel again = agendas.parse(written);
        assertTrue(EcoreUtil.equals(original, again), "written back as:\n" + written);
    }
}
