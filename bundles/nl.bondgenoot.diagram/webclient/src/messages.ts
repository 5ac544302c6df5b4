import { IActionHandler, MessageAction } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

/**
 * Messages of the server (an unreadable layout file, a layout that would take too long, a model too
 * large for the map) shown at the top of the page until the user closes them; they are Dutch already.
 */
@injectable()
export class MessageBanner implements IActionHandler {
    handle(action: MessageAction): void {
        if (action.severity === 'NONE' || !action.message) {
            if (action.severity === 'NONE' && !action.message) {
                // the server takes its problem back (an agenda that reads again after a syntax error)
                document.getElementById('melding')?.remove();
            }
            return;
        }
        let banner = document.getElementById('melding');
        // GLSP's own error texts ("[GLSP-Server] Could not process message: ...") are English and technical:
        // they never replace a message of ours (such as "too large for the map"), which says more.
        if (banner && action.message.startsWith('[GLSP-Server]')) {
            return;
        }
        if (action.severity === 'ERROR' || action.severity === 'FATAL') {
            // The map will not come: no "connecting" or "loading" line beside the reason.
            const status = document.getElementById('status');
            if (status) {
                status.hidden = true;
            }
        }
        if (!banner) {
            banner = document.createElement('div');
            banner.id = 'melding';
            banner.setAttribute('role', 'alert');
            document.body.appendChild(banner);
        }
        banner.className = `melding melding-${action.severity.toLowerCase()}`;
        banner.textContent = action.message;
        const close = document.createElement('button');
        close.type = 'button';
        close.className = 'melding-sluiten';
        close.textContent = '×';
        close.title = 'Sluiten';
        close.onclick = () => banner?.remove();
        banner.appendChild(close);
    }
}
