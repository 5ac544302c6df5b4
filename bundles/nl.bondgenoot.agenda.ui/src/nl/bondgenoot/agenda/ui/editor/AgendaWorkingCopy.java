package nl.bondgenoot.agenda.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import nl.bondgenoot.agenda.AgendaFiles;

/**
 * The text of one open agenda, read as the language reads a file: in a resource set with the
 * project's model files and other agendas, so names link as they do on the command line. Every
 * service (reconciling, content assist, hover, quick fix, format) works on the current text through
 * here, one at a time; a text that was read before is not read again.
 */
public final class AgendaWorkingCopy {

    private final Injector injector;
    private final Path file;
    private final URI uri;
    private XtextResourceSet set;
    private XtextResource resource;
    private String parsedText;

    public AgendaWorkingCopy(Injector injector, Path file) {
        this.injector = injector;
        this.file = file;
        this.uri = file != null ? URI.createFileURI(file.toAbsolutePath().toString()) : URI.createURI("dummy:/nieuw.agenda");
    }

    /** Runs a service on the resource read from this text. */
    public synchronized <T> T read(String text, Function<XtextResource, T> service) {
        return service.apply(resourceFor(text));
    }

    /** The problems of this text: syntax, links and rule findings. */
    public synchronized List<Issue> validate(String text, CancelIndicator cancel) {
        XtextResource current = resourceFor(text);
        IResourceValidator validator = current.getResourceServiceProvider().getResourceValidator();
        return validator.validate(current, CheckMode.ALL, cancel);
    }

    /** What the semantic highlighting calculator marks in this text: names by kind, enumeration values. */
    public synchronized List<SemanticRange> semanticRanges(String text, CancelIndicator cancel) {
        XtextResource current = resourceFor(text);
        List<SemanticRange> ranges = new ArrayList<>();
        injector.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(current,
                (offset, length, styles) -> ranges.add(new SemanticRange(offset, length, List.of(styles))), cancel);
        return ranges;
    }

    /** One range the calculator marked, with its style ids (LSP token types and modifiers). */
    public record SemanticRange(int offset, int length, List<String> styles) {
    }

    private XtextResource resourceFor(String text) {
        if (resource != null && text.equals(parsedText)) {
            return resource;
        }
        if (set == null) {
            set = injector.getInstance(XtextResourceSet.class);
            if (file != null) {
                AgendaFiles.addProjectFiles(set, file);
            }
        }
        if (resource != null) {
            resource.unload();
            set.getResources().remove(resource);
        }
        // Created by this injector, not through the registry, so that the IDE services are at hand.
        resource = injector.getInstance(XtextResource.class);
        resource.setURI(uri);
        set.getResources().add(resource);
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
        parsedText = text;
        return resource;
    }

    /** The agenda's file, or null for a text that is not (yet) a file. */
    public Path file() {
        return file;
    }

    public String uri() {
        return uri.toString();
    }
}
