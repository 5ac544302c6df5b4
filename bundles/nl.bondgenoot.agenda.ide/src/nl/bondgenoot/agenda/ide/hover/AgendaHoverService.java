package nl.bondgenoot.agenda.ide.hover;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import nl.bondgenoot.agenda.ide.contentassist.KeywordDescriptions;
import nl.bondgenoot.rules.RuleInfo;

/**
 * Hovers of the agenda language. On the text of a rule finding: the rule's title, explanation,
 * provenance and seed source, so an advisor reads why the rule exists without leaving the editor.
 * On a keyword: what it means. Elsewhere: what a named actor, network, effect, opgave or
 * uitvoeringsagenda is.
 */
public class AgendaHoverService extends HoverService {

    @Inject
    private IResourceValidator validator;

    @Override
    public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
        int offset = document.getOffSet(params.getPosition());
        Hover rules = ruleHover(document, resource, offset, cancelIndicator);
        if (rules != null) {
            return rules;
        }
        Hover keyword = keywordHover(document, resource, offset);
        return keyword != null ? keyword : super.hover(document, resource, params, cancelIndicator);
    }

    /** On a keyword: what the phrase means, from the descriptions content assist shows too. */
    private static Hover keywordHover(Document document, XtextResource resource, int offset) {
        if (resource.getParseResult() == null) {
            return null;
        }
        ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
        if (leaf == null || leaf.isHidden() || !(leaf.getGrammarElement() instanceof Keyword keyword)) {
            return null;
        }
        return KeywordDescriptions.hoverOf(keyword)
                .map(text -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, text),
                        new Range(document.getPosition(leaf.getOffset()), document.getPosition(leaf.getEndOffset()))))
                .orElse(null);
    }

    @Override
    public String getContents(EObject element) {
        String text = ElementHoverText.of(element);
        return text != null ? text : super.getContents(element);
    }

    /**
     * The rules whose findings cover the offset. Findings are computed again rather than taken from
     * the client, because LSP does not send the diagnostics along with a hover request.
     */
    private Hover ruleHover(Document document, XtextResource resource, int offset, CancelIndicator cancelIndicator) {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        Issue first = null;
        for (Issue issue : validator.validate(resource, CheckMode.ALL, cancelIndicator)) {
            if (covers(issue, offset) && issue.getCode() != null) {
                RuleInfo rule = RuleHoverText.rule(issue.getCode()).orElse(null);
                if (rule != null) {
                    rules.putIfAbsent(rule.id(), rule);
                    first = first == null ? issue : first;
                }
            }
        }
        if (rules.isEmpty()) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        rules.values().forEach(rule -> texts.add(RuleHoverText.of(rule)));
        Range range = new Range(document.getPosition(first.getOffset()), document.getPosition(first.getOffset() + first.getLength()));
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, String.join("\n\n---\n\n", texts)), range);
    }

    private static boolean covers(Issue issue, int offset) {
        return issue.getOffset() != null && issue.getLength() != null && issue.getOffset() <= offset
                && offset <= issue.getOffset() + issue.getLength();
    }
}
