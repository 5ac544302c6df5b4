package nl.bondgenoot.diagram.ui;

import java.nio.file.Path;

import nl.bondgenoot.diagram.emf.ModelHost;
import nl.bondgenoot.diagram.emf.ShownModel;

/** Hosts the Agendaketen of an agenda editor: the chain shows the editor's text, not the file on disk. */
final class AgendaketenHost extends ModelHost {

    private final EditorAgenda agenda;

    AgendaketenHost(EditorAgenda agenda) {
        this.agenda = agenda;
    }

    @Override
    public ShownModel shown(Path file) {
        return agenda;
    }

    @Override
    public void close() {
        agenda.stop();
    }
}
