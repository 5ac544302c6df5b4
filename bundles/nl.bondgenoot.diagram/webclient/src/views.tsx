/** @jsx svg */
// Views for the "netwerkkaart" element types. Each view also sets a stable CSS class of its own
// (actor, netwerk, lidmaatschap, label-naam, label-soort) so styling and tests do not depend on
// the server remembering to send that class; the server's cssClasses are added on top by Sprotty.
import {
    GEdge,
    GEdgeView,
    GIssueMarker,
    GIssueMarkerView,
    GLabel,
    GLabelView,
    GNode,
    Hoverable,
    RenderingContext,
    Selectable,
    ShapeView,
    setClass,
    svg
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import type { VNode } from 'snabbdom';

type ShapedNode = Readonly<GNode & Hoverable & Selectable>;

function shapeClasses(node: ShapedNode): Record<string, boolean> {
    return { 'sprotty-node': true, mouseover: node.hoverFeedback, selected: node.selected };
}

/** A governance actor: a rounded rectangle whose fill comes from its "categorie-*" CSS class. */
@injectable()
export class ActorNodeView extends ShapeView {
    render(node: ShapedNode, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const { width, height } = node.size;
        return (
            <g class-actor={true}>
                <rect
                    class={{ ...shapeClasses(node), 'actor-shape': true }}
                    x={0}
                    y={0}
                    rx={10}
                    ry={10}
                    width={Math.max(width, 0)}
                    height={Math.max(height, 0)}
                />
                {context.renderChildren(node)}
            </g>
        );
    }
}

/** A network: a stretched hexagon, so it never looks like one of its member actors. */
@injectable()
export class NetworkNodeView extends ShapeView {
    render(node: ShapedNode, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const width = Math.max(node.size.width, 0);
        const height = Math.max(node.size.height, 0);
        const inset = Math.min(height / 2, width / 4);
        const points = [
            [inset, 0],
            [width - inset, 0],
            [width, height / 2],
            [width - inset, height],
            [inset, height],
            [0, height / 2]
        ]
            .map(([x, y]) => `${x},${y}`)
            .join(' ');
        return (
            <g class-netwerk={true}>
                <polygon class={{ ...shapeClasses(node), 'netwerk-shape': true }} points={points} />
                {context.renderChildren(node)}
            </g>
        );
    }
}

/** Membership of an actor in a network: a plain polyline, styled thin and grey in CSS. */
@injectable()
export class MembershipEdgeView extends GEdgeView {
    render(edge: Readonly<GEdge>, context: RenderingContext): VNode {
        const vnode = super.render(edge, context);
        setClass(vnode, 'lidmaatschap', true);
        return vnode;
    }
}

/** Labels get a class derived from their type ("label:soort" -> "label-soort") for CSS. */
@injectable()
export class TypedLabelView extends GLabelView {
    render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
        const vnode = super.render(label, context);
        if (vnode) {
            setClass(vnode, label.type.replace(':', '-'), true);
        }
        return vnode;
    }
}

/**
 * The default marker view only shows an icon and a hover popup. A native SVG <title> also makes
 * the rule id and message available as a tooltip, to screen readers and to browser tests.
 */
@injectable()
export class TitledIssueMarkerView extends GIssueMarkerView {
    render(marker: GIssueMarker, context: RenderingContext): VNode {
        const vnode = super.render(marker, context);
        const text = marker.issues.map(issue => issue.message).join('\n');
        vnode.children = [<title>{text}</title>, ...(vnode.children ?? [])];
        return vnode;
    }
}
