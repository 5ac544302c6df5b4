import { GIssueMarker, GlspHoverMouseListener } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

/** The words users read for a marker's severity, as the command line and the workbench print them. */
const SEVERITY_LABELS: Record<string, string> = { error: 'FOUT', warning: 'WAARSCHUWING', info: 'INFO' };

/**
 * The hover over a rule marker, in Dutch ("FOUT: NET-1: ..."). GLSP's own popup prints the
 * English severity and puts the message into HTML unescaped; model names are user text, so
 * they are escaped here.
 */
@injectable()
export class DutchHoverMouseListener extends GlspHoverMouseListener {
    protected override createIssueMessage(marker: GIssueMarker): string {
        const items = marker.issues.map(issue => {
            const severity = SEVERITY_LABELS[issue.severity] ?? issue.severity.toUpperCase();
            return `<li>${escapeHtml(severity)}: ${escapeHtml(issue.message)}</li>`;
        });
        return `<ul>${items.join('')}</ul>`;
    }
}

export function escapeHtml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
