// Entry point of the netwerkkaart page: connect to the Bondgenoot server over a websocket
// (GLSP's JSON-RPC protocol) and show the diagram in #netwerkkaart.
import 'reflect-metadata';

import '@eclipse-glsp/client/css/glsp-sprotty.css';
import '@vscode/codicons/dist/codicon.css';
import '../css/netwerkkaart.css';
import '../css/weergaven.css';
import '../css/tabel.css';

import { BaseJsonrpcGLSPClient, createWebSocketConnection, DiagramLoader, EditorContextService, GLSPClient, IActionDispatcher, TYPES, wrap } from '@eclipse-glsp/client';
import { createNetwerkkaartContainer } from './di.config';
import { createLayerPanel } from './layers';
import { createLegend } from './legend';
import { argsOf, LookArgs } from './look';
import { MAP_DRAWN_EVENT } from './startup';
import { TablePanel } from './table';
import { createViewSwitcher, VIEW_OPTION, viewOfPage } from './weergaven';
import { connectWorkbench } from './workbench';

const DIAGRAM_TYPE = 'netwerkkaart';
const DIAGRAM_DIV = 'netwerkkaart';

const params = new URLSearchParams(location.search);
const sourceUri = params.get('bestand') ?? 'model';
// One client session per page load; the server keys its session state by this id.
const clientId = `netwerkkaart-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

let leavingPage = false;
window.addEventListener('beforeunload', () => (leavingPage = true));

function showStatus(message: string, kind: 'info' | 'error'): void {
    const status = document.getElementById('status');
    if (status) {
        status.textContent = message;
        status.className = `status status-${kind}`;
        status.hidden = false;
    }
}

function hideStatus(): void {
    const status = document.getElementById('status');
    if (status) {
        status.hidden = true;
    }
}

function connectionLost(): void {
    if (!leavingPage) {
        showStatus('Geen verbinding met de Bondgenoot-server. Start de server opnieuw en laad deze pagina opnieuw.', 'error');
    }
}

async function start(): Promise<void> {
    showStatus('Verbinden met de Bondgenoot-server…', 'info');
    // Relative to the page: the server's token is the first segment of the page's path.
    const address = new URL('glsp', location.href);
    address.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(address.href);
    // No automatic reconnect: the server is a local, per-user process; if it is gone, say so.
    socket.addEventListener('error', connectionLost);
    socket.addEventListener('close', connectionLost);
    const opened = new Promise<void>(resolve => socket.addEventListener('open', () => resolve(), { once: true }));

    // The diagram's container is made while the socket opens (both take a while on a busy machine).
    let glspClient: Promise<GLSPClient> | undefined;
    const connectedClient = async (): Promise<GLSPClient> => {
        await opened;
        return new BaseJsonrpcGLSPClient({ id: DIAGRAM_TYPE, connectionProvider: createWebSocketConnection(wrap(socket), console) });
    };
    const container = createNetwerkkaartContainer(
        { clientId, diagramType: DIAGRAM_TYPE, sourceUri, glspClientProvider: () => (glspClient ??= connectedClient()) },
        DIAGRAM_DIV
    );
    // The map is shown as soon as it is drawn; the legend and the layer panel follow, made from the
    // representation description the server sent on the model's root.
    document.addEventListener(
        MAP_DRAWN_EVENT,
        () => {
            if (socket.readyState === WebSocket.OPEN) {
                hideStatus();
            }
            const context = container.get(EditorContextService);
            const rootArgs = argsOf(context.modelRoot);
            document.body.appendChild(createLegend(rootArgs));
            document.body.appendChild(createLayerPanel(rootArgs, context, action => container.get<IActionDispatcher>(TYPES.IActionDispatcher).dispatch(action)));
            // A drawing that is only shown (an agenda's chain) has no model tables and is never saved.
            if (rootArgs?.[LookArgs.SHOW_ONLY] === true) {
                document.body.classList.add('alleen-tonen');
            } else {
                document.body.appendChild(container.get(TablePanel).element());
            }
        },
        { once: true }
    );
    const view = viewOfPage();
    // ?peildatum=2011-01-01 shows the situation on that date (the server fades what did not hold then).
    const peildatum = new URLSearchParams(location.search).get('peildatum');
    const options: Record<string, string> = {};
    if (view) {
        options[VIEW_OPTION] = view;
    }
    if (peildatum) {
        options.peildatum = peildatum;
    }
    await container.get(DiagramLoader).load(Object.keys(options).length > 0 ? { requestModelOptions: options } : {});
    connectWorkbench(container);
    // In the workbench the Projectverkenner and the model editor open the views (the editor keeps track of its view).
    const inWorkbench = typeof window.bondgenootSelectie === 'function';
    const switcher = inWorkbench ? undefined : await createViewSwitcher().catch(() => undefined);
    if (switcher) {
        document.body.appendChild(switcher);
    }
    if (socket.readyState === WebSocket.OPEN) {
        hideStatus();
    }
}

start().catch(error => {
    console.error('Netwerkkaart could not be loaded', error);
    showStatus('De netwerkkaart kon niet worden geladen. Zie de console van de browser voor details.', 'error');
});
