import {
    bindAsService,
    ConsoleLogger,
    configureDefaultModelElements,
    configureModelElement,
    ContainerConfiguration,
    DefaultTypes,
    FeatureModule,
    GEdge,
    GIssueMarker,
    GlspHoverMouseListener,
    GLabel,
    GNode,
    IDiagramOptions,
    initializeDiagramContainer,
    LogLevel,
    overrideModelElement,
    SetMarkersActionHandler,
    STANDALONE_MODULE_CONFIG,
    TYPES,
    createDiagramOptionsModule
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { DutchHoverMouseListener } from './hover';
import { NetwerkkaartStartup, RuleIdSetMarkersActionHandler } from './startup';
import { ActorNodeView, MembershipEdgeView, NetworkNodeView, TitledIssueMarkerView, TypedLabelView } from './views';

/** Element types of the "netwerkkaart" diagram; the Java server uses the same strings. */
export const NetwerkkaartTypes = {
    GRAPH: DefaultTypes.GRAPH, // "graph", registered by configureDefaultModelElements
    ACTOR: 'node:actor',
    NETWERK: 'node:netwerk',
    LIDMAATSCHAP: 'edge:lidmaatschap',
    LABEL_NAAM: 'label:naam',
    LABEL_SOORT: 'label:soort'
} as const;

export const netwerkkaartModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        rebind(TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
        rebind(TYPES.LogLevel).toConstantValue(LogLevel.warn);

        // GLSP's DEFAULT_MODULES register no element types: bring in the generic ones ("graph",
        // "marker", "node", "label", ...) and add ours next to them.
        configureDefaultModelElements(context);
        configureModelElement(context, NetwerkkaartTypes.ACTOR, GNode, ActorNodeView);
        configureModelElement(context, NetwerkkaartTypes.NETWERK, GNode, NetworkNodeView);
        configureModelElement(context, NetwerkkaartTypes.LIDMAATSCHAP, GEdge, MembershipEdgeView);
        configureModelElement(context, NetwerkkaartTypes.LABEL_NAAM, GLabel, TypedLabelView);
        configureModelElement(context, NetwerkkaartTypes.LABEL_SOORT, GLabel, TypedLabelView);
        overrideModelElement(context, DefaultTypes.ISSUE_MARKER, GIssueMarker, TitledIssueMarkerView);

        bind(RuleIdSetMarkersActionHandler).toSelf().inSingletonScope();
        rebind(SetMarkersActionHandler).toService(RuleIdSetMarkersActionHandler);
        rebind(GlspHoverMouseListener).to(DutchHoverMouseListener).inSingletonScope();
        bindAsService(context, TYPES.IDiagramStartup, NetwerkkaartStartup);
    },
    // Loaded after the defaults, because it rebinds the logger and the validation module's marker handler.
    { featureId: Symbol('netwerkkaart') }
);

/**
 * All GLSP default modules (select, move, zoom, tool palette, undo/redo, validation, decorations,
 * hover, ...) plus the standalone ones (keyboard viewport, copy-paste, save, export) and ours.
 */
export function createNetwerkkaartContainer(options: IDiagramOptions, baseDiv: string): Container {
    // initializeDiagramContainer puts GLSP's DEFAULT_MODULES first; these come on top.
    const configuration: ContainerConfiguration = [
        createDiagramOptionsModule(options, { baseDiv, hiddenDiv: `${baseDiv}_hidden` }),
        STANDALONE_MODULE_CONFIG,
        netwerkkaartModule
    ];
    return initializeDiagramContainer(new Container(), ...configuration);
}
