package nl.bondgenoot.agenda.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Hovering over the text shows the problems found there and what the language's hover service
 * says about the word (a rule's explanation and seed source, an actor's category ...).
 */
final class AgendaHover implements ITextHover {

    private final AgendaEditor editor;
    private final ISourceViewer viewer;

    AgendaHover(AgendaEditor editor, ISourceViewer viewer) {
        this.editor = editor;
        this.viewer = viewer;
    }

    @Override
    public String getHoverInfo(ITextViewer textViewer, IRegion region) {
        List<String> parts = new ArrayList<>();
        for (AgendaProblem problem : AgendaCheck.problemsAt(viewer.getAnnotationModel(), region.getOffset())) {
            parts.add(problem.getText());
        }
        String info = serviceHover(textViewer.getDocument().get(), region.getOffset());
        if (info != null && !info.isBlank() && !parts.contains(info)) {
            parts.add(info);
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    /** What the language says about the word at the offset, as plain text. */
    String serviceHover(String text, int offset) {
        AgendaWorkingCopy workingCopy = editor.workingCopy();
        if (workingCopy == null) {
            return null;
        }
        return workingCopy.read(text, resource -> {
            Document document = new Document(1, text);
            IHoverService service = resource.getResourceServiceProvider().get(IHoverService.class);
            HoverParams params = new HoverParams(new TextDocumentIdentifier(workingCopy.uri()), document.getPosition(offset));
            Hover hover = service.hover(document, resource, params, CancelIndicator.NullImpl);
            if (hover == null || hover.getContents() == null) {
                return null;
            }
            String markdown = hover.getContents().isRight() ? hover.getContents().getRight().getValue()
                    : hover.getContents().getLeft().stream()
                            .map(part -> part.isLeft() ? part.getLeft() : part.getRight().getValue()).reduce("", (a, b) -> a + "\n" + b);
            return PlainText.of(markdown);
        });
    }

    @Override
    public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
        return new Region(offset, 0);
    }
}
