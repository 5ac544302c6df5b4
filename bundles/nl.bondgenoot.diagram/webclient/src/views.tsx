/** @jsx svg */
// Views for the "netwerkkaart" element types. Every view sets a stable CSS class of its own (actor,
// netwerk, convenant, sturingsrelatie, ...) so styling and tests do not depend on the server; the
// server's cssClasses (categorie-*, soort-*, familie-*, regisseur, leidend, gemeente) come on top.
import {
    GEdge,
    GEdgeView,
    GIssueMarker,
    GIssueMarkerView,
    GLabel,
    GLabelView,
    GNode,
    Hoverable,
    Point,
    RenderingContext,
    Selectable,
    ShapeView,
    setClass,
    svg
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import type { VNode } from 'snabbdom';
import { CATEGORY_ICONS } from './icons';

type ShapedNode = Readonly<GNode & Hoverable & Selectable>;

function shapeClasses(node: ShapedNode, own: string): Record<string, boolean> {
    return { 'sprotty-node': true, [own]: true, mouseover: node.hoverFeedback, selected: node.selected };
}

export function categoryOf(node: Readonly<GNode>): string {
    return (node.cssClasses ?? []).find(c => c.startsWith('categorie-'))?.substring('categorie-'.length) ?? 'overheid';
}

/** The outline of an actor: each category its own shape, so the map reads without colour too. */
export function actorOutline(category: string, width: number, height: number, own: Record<string, boolean>): VNode {
    const w = Math.max(width, 0);
    const h = Math.max(height, 0);
    switch (category) {
        case 'overheid': // an institution: square corners, a heavy roof line (CSS)
            return <rect class={own} x={0} y={0} width={w} height={h} />;
        case 'marktpartij': {
            const c = Math.min(12, h / 3);
            const points = [[c, 0], [w - c, 0], [w, c], [w, h - c], [w - c, h], [c, h], [0, h - c], [0, c]];
            return <polygon class={own} points={points.map(p => p.join(',')).join(' ')} />;
        }
        case 'professional':
        case 'burger': // people: a stadium
            return <rect class={own} x={0} y={0} rx={h / 2} ry={h / 2} width={w} height={h} />;
        default: // organisations and bodies: rounded corners
            return <rect class={own} x={0} y={0} rx={12} ry={12} width={w} height={h} />;
    }
}

/** A governance actor: shape and colour per category, the category icon of the model editor, badges. */
@injectable()
export class ActorNodeView extends ShapeView {
    render(node: ShapedNode, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const category = categoryOf(node);
        const { width, height } = node.size;
        const roof = category === 'overheid' ? <rect class-actor-dak={true} x={0} y={0} width={Math.max(width, 0)} height={5} /> : undefined;
        const inner =
            category === 'vertegenwoordigend_orgaan' ? (
                <rect class-actor-binnenrand={true} x={4} y={4} rx={9} ry={9} width={Math.max(width - 8, 0)} height={Math.max(height - 8, 0)} />
            ) : undefined;
        return (
            <g class-actor={true}>
                {actorOutline(category, width, height, shapeClasses(node, 'actor-shape'))}
                {roof}
                {inner}
                <image class-actor-icoon={true} href={CATEGORY_ICONS[category]} x={6} y={6} width={16} height={16} />
                {context.renderChildren(node)}
            </g>
        );
    }
}

/**
 * A network: a stretched hexagon, so it never looks like one of its member actors. Drawn as a
 * container, a region around its members lies behind it (and no lines go to them).
 */
@injectable()
export class NetworkNodeView extends ShapeView {
    render(node: ShapedNode, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const width = Math.max(node.size.width, 0);
        const height = Math.max(node.size.height, 0);
        const inset = Math.min(height / 2, width / 4);
        const points = [[inset, 0], [width - inset, 0], [width, height / 2], [width - inset, height], [inset, height], [0, height / 2]]
            .map(([x, y]) => `${x},${y}`)
            .join(' ');
        return (
            <g class-netwerk={true}>
                {(node.cssClasses ?? []).includes('weergave-container') ? groupAround(node, 'leden', 'netwerk-groep') : undefined}
                <polygon class={shapeClasses(node, 'netwerk-shape')} points={points} />
                {context.renderChildren(node)}
            </g>
        );
    }
}

const GROUP_PADDING = 18;

/**
 * A dashed region around the nodes whose ids the node's argument names (a convenant's partners, a
 * container netwerk's members) and the node itself, in the node's own coordinates. It is computed
 * from where those nodes are drawn now and does not catch the mouse.
 */
function groupAround(node: ShapedNode, argument: string, cssClass: string): VNode | undefined {
    const args = (node as unknown as { args?: Record<string, unknown> }).args;
    const ids = String(args?.[argument] ?? '').split(' ').filter(id => id.length > 0);
    const boxes = ids
        .map(id => node.root.index.getById(id))
        .filter((e): e is GNode => e instanceof GNode)
        .map(e => e.bounds);
    if (boxes.length === 0) {
        return undefined;
    }
    boxes.push(node.bounds);
    const left = Math.min(...boxes.map(b => b.x)) - GROUP_PADDING;
    const top = Math.min(...boxes.map(b => b.y)) - GROUP_PADDING;
    const right = Math.max(...boxes.map(b => b.x + b.width)) + GROUP_PADDING;
    const bottom = Math.max(...boxes.map(b => b.y + b.height)) + GROUP_PADDING;
    return (
        <rect
            class={{ [cssClass]: true }}
            x={left - node.position.x}
            y={top - node.position.y}
            rx={24}
            ry={24}
            width={right - left}
            height={bottom - top}
        />
    );
}

/**
 * A convenant: a document with a folded corner, and behind it a dashed region around all its
 * convenantpartners (the grouping), computed from where the partners are drawn now.
 */
@injectable()
export class ConvenantNodeView extends ShapeView {
    render(node: ShapedNode, context: RenderingContext): VNode | undefined {
        const width = Math.max(node.size.width, 0);
        const height = Math.max(node.size.height, 0);
        const fold = Math.min(14, height / 3);
        const outline = `M0,0 L${width - fold},0 L${width},${fold} L${width},${height} L0,${height} Z`;
        return (
            <g class-convenant={true}>
                {groupAround(node, 'partners', 'convenant-groep')}
                <path class={shapeClasses(node, 'convenant-shape')} d={outline} />
                <path class-convenant-vouw={true} d={`M${width - fold},0 L${width - fold},${fold} L${width},${fold}`} />
                {context.renderChildren(node)}
            </g>
        );
    }
}

/** Membership of an actor in a network: a plain line, thin and grey in CSS. */
@injectable()
export class MembershipEdgeView extends GEdgeView {
    render(edge: Readonly<GEdge>, context: RenderingContext): VNode {
        const vnode = super.render(edge, context);
        setClass(vnode, 'lidmaatschap', true);
        return vnode;
    }
}

/** A convenant to one of its partners: dashed, in the convenant's colour. */
@injectable()
export class PartnerEdgeView extends GEdgeView {
    render(edge: Readonly<GEdge>, context: RenderingContext): VNode {
        const vnode = super.render(edge, context);
        setClass(vnode, 'convenantpartner', true);
        return vnode;
    }
}

/** A sturingsrelatie: stroke per soort and family (CSS), an arrowhead at the steered end. */
@injectable()
export class SturingsrelatieEdgeView extends GEdgeView {
    render(edge: Readonly<GEdge>, context: RenderingContext): VNode {
        const vnode = super.render(edge, context);
        setClass(vnode, 'sturingsrelatie', true);
        return vnode;
    }

    protected override renderAdditionals(edge: GEdge, segments: Point[], _context: RenderingContext): VNode[] {
        if (segments.length < 2) {
            return [];
        }
        const end = segments[segments.length - 1];
        const before = segments[segments.length - 2];
        const angle = (Math.atan2(end.y - before.y, end.x - before.x) * 180) / Math.PI;
        return [
            <path
                class-sprotty-edge={true}
                class-pijlpunt={true}
                d="M 0,0 L -11,-5 L -11,5 Z"
                transform={`translate(${end.x} ${end.y}) rotate(${angle})`}
            />
        ];
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
 * A badge (NAO-regisseur, leidende organisatie): the label on a coloured pill, so it is seen at a glance.
 */
@injectable()
export class BadgeLabelView extends GLabelView {
    render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
        const text = super.render(label, context);
        if (!text) {
            return undefined;
        }
        setClass(text, 'label-badge', true);
        const { width, height } = label.size;
        const pad = 5;
        return (
            <g class-badge={true}>
                <rect class-badge-vlak={true} x={-width / 2 - pad} y={-height + 1} rx={8} ry={8} width={width + 2 * pad} height={height + 3} />
                {text}
            </g>
        );
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
