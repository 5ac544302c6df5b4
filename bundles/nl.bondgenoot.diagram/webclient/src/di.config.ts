import {
    bindAsService,
    CenterKeyboardListener,
    ConsoleLogger,
    configureActionHandler,
    configureDefaultModelElements,
    configureModelElement,
    ContainerConfiguration,
    DefaultTypes,
    EdgeEditTool,
    editLabelFeature,
    FeatureModule,
    GEdge,
    GIssueMarker,
    GlspHoverMouseListener,
    GLabel,
    GNode,
    IDiagramOptions,
    initializeDiagramContainer,
    LogLevel,
    MessageAction,
    overrideModelElement,
    overrideViewerOptions,
    SetMarkersActionHandler,
    STANDALONE_MODULE_CONFIG,
    ToolPalette,
    TYPES,
    createDiagramOptionsModule,
    edgeIntersectionModule
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { FitToNodesKeyListener, MapZoomLimits } from './fit';
import { DutchHoverMouseListener } from './hover';
import { MessageBanner } from './messages';
import { NetwerkkaartToolPalette } from './palette';
import { DraggableEdgeEditTool } from './reconnect';
import { NetwerkkaartStartup, RuleIdSetMarkersActionHandler } from './startup';
import { DescribedModelRegistry, DescribedViewRegistry } from './registries';
import { tableModule } from './table';
import { BadgeLabelView, DescribedEdgeView, DescribedLabelView, DescribedNodeView, TitledIssueMarkerView } from './views';

/**
 * Element types. Nodes and lines are "node:" / "edge:" + the id of a mapping in the representation
 * description; the ones not named here fall back to the generic "node", "edge" and "label"
 * (registries.ts), whose views draw the look the server sent.
 */
export const NetwerkkaartTypes = {
    GRAPH: DefaultTypes.GRAPH, // "graph", registered by configureDefaultModelElements
    LABEL_NAAM: 'label:naam',
    LABEL_BADGE: 'label:badge'
} as const;

export const netwerkkaartModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        rebind(TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
        rebind(TYPES.LogLevel).toConstantValue(LogLevel.warn);

        // GLSP's DEFAULT_MODULES register no element types: bring in the generic ones ("graph",
        // "marker", "node", "label", ...) and add ours next to them.
        configureDefaultModelElements(context);
        rebind(TYPES.SModelRegistry).to(DescribedModelRegistry).inSingletonScope();
        rebind(TYPES.ViewRegistry).to(DescribedViewRegistry).inSingletonScope();
        overrideModelElement(context, DefaultTypes.NODE, GNode, DescribedNodeView);
        overrideModelElement(context, DefaultTypes.EDGE, GEdge, DescribedEdgeView);
        overrideModelElement(context, DefaultTypes.LABEL, GLabel, DescribedLabelView);
        // A name is renamed in place (double-click); the server applies it as an EMF SetCommand.
        configureModelElement(context, NetwerkkaartTypes.LABEL_NAAM, GLabel, DescribedLabelView, { enable: [editLabelFeature] });
        configureModelElement(context, NetwerkkaartTypes.LABEL_BADGE, GLabel, BadgeLabelView);
        overrideModelElement(context, DefaultTypes.ISSUE_MARKER, GIssueMarker, TitledIssueMarkerView);

        bind(RuleIdSetMarkersActionHandler).toSelf().inSingletonScope();
        rebind(SetMarkersActionHandler).toService(RuleIdSetMarkersActionHandler);
        rebind(GlspHoverMouseListener).to(DutchHoverMouseListener).inSingletonScope();
        rebind(ToolPalette).to(NetwerkkaartToolPalette).inSingletonScope();
        rebind(EdgeEditTool).to(DraggableEdgeEditTool).inSingletonScope(); // drag an end of an edge to reconnect it
        bind(MessageBanner).toSelf().inSingletonScope();
        configureActionHandler(context, MessageAction.KIND, MessageBanner);
        bindAsService(context, TYPES.IDiagramStartup, NetwerkkaartStartup);
        bindAsService(context, TYPES.IGModelRootListener, MapZoomLimits);
        rebind(CenterKeyboardListener).to(FitToNodesKeyListener).inSingletonScope();
    },
    // Loaded after the defaults, because it rebinds the logger, the palette and the marker handler.
    { featureId: Symbol('netwerkkaart') }
);

/**
 * All GLSP default modules (select, move, zoom, tool palette, undo/redo, validation, decorations,
 * hover, ...) plus the standalone ones (keyboard viewport, copy-paste, save, export) and ours.
 */
export function createNetwerkkaartContainer(options: IDiagramOptions, baseDiv: string): Container {
    // initializeDiagramContainer puts GLSP's DEFAULT_MODULES first; these come on top.
    const configuration: ContainerConfiguration = [
        // The server sizes the nodes and places their labels (NodeLabelLayout): the browser must not
        // lay them out again. GLSP measures a node in the hidden div when the mouse presses on it (to
        // know its minimum size for resizing); with needsClientLayout those measured bounds would
        // replace the server's, and a plain move would send a size a pixel or two off the server's,
        // which the server then stores as a resize.
        createDiagramOptionsModule(options, { baseDiv, hiddenDiv: `${baseDiv}_hidden`, needsClientLayout: false }),
        STANDALONE_MODULE_CONFIG,
        // Our edges are plain polylines (no gaps or jumps where they cross), so the crossings that this
        // default module computes for every edge at every render are never drawn.
        { remove: edgeIntersectionModule },
        netwerkkaartModule,
        tableModule
    ];
    const container = initializeDiagramContainer(new Container(), ...configuration);
    // Every viewport command reads the zoom limits from the viewer options: there they follow the map.
    overrideViewerOptions(container, { zoomLimits: container.get(MapZoomLimits) });
    return container;
}
