/** @jsx svg */
// Generic views that draw the look the server resolved from the representation description
// (look.ts): a node's paths, group region, icon and labels; a line's stroke and arrow head; a label's
// text style; a badge's pill. Every element gets the CSS class of its mapping (actor, netwerk,
// sturingsrelatie, ...) and data-lagen / data-filters-niet for the layer and filter panel.
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
    setAttr,
    setClass,
    svg
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import type { VNode } from 'snabbdom';
import { argsOf, arrowStyle, groupStyle, GroupStyle, json, lineStyle, LookArgs, num, Paint, paintStyle, text } from './look';

type ShapedNode = Readonly<GNode & Hoverable & Selectable>;

/** "node:actor" -> "actor": the mapping of the description that drew the element. */
export function mappingOf(element: { type: string }): string {
    return element.type.substring(element.type.indexOf(':') + 1);
}

function markLayers(vnode: VNode, element: unknown): void {
    const args = argsOf(element);
    setAttr(vnode, 'data-lagen', text(args, LookArgs.LAYERS));
    setAttr(vnode, 'data-filters-niet', text(args, LookArgs.FAILED_FILTERS));
}

/** The paths of a look: the outline first (which takes selection and hover), then the decorations. */
export function paths(paints: Paint[], mapping: string, outline: Record<string, boolean>): VNode[] {
    return paints.map((p, i) => (
        <path class={i === 0 ? { ...outline, [`${mapping}-shape`]: true } : { [`${mapping}-${p.role}`]: true }} d={p.d} style={paintStyle(p)} />
    ));
}

/** A node drawn as its description says. */
@injectable()
export class DescribedNodeView extends ShapeView {
    render(node: ShapedNode, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const args = argsOf(node);
        const mapping = mappingOf(node);
        const [pw, ph] = text(args, LookArgs.PAINT_SIZE).split(' ').map(Number);
        const { width, height } = node.size;
        const outline = { 'sprotty-node': true, mouseover: node.hoverFeedback, selected: node.selected };
        const drawn = paths(json<Paint[]>(args, LookArgs.PAINT, []), mapping, outline);
        // Paths are computed for the size the server knows; while the user resizes, stretch them.
        const scaled = pw > 0 && ph > 0 && (Math.abs(pw - width) > 0.5 || Math.abs(ph - height) > 0.5);
        const icon = text(args, LookArgs.ICON);
        const iconUrl = icon ? json<Record<string, string>>(argsOf(node.root), LookArgs.ICONS, {})[icon] : undefined;
        const [iconX, iconY] = (text(args, LookArgs.ICON_PLACE) || '6 6').split(' ').map(Number);
        const vnode = (
            <g class={{ [mapping]: true }}>
                {groupAround(node, mapping)}
                {scaled ? <g transform={`scale(${width / pw} ${height / ph})`}>{drawn}</g> : drawn}
                {iconUrl ? <image class-icoon={true} href={iconUrl} x={iconX} y={iconY} width={16} height={16} /> : undefined}
                {args?.[LookArgs.PINNED] === true ? (
                    <g class-vast-teken={true} transform={`translate(${width - 10} 10)`}>
                        <title>Vastgezet: Indelen laat dit element staan</title>
                        <circle r={5} />
                    </g>
                ) : undefined}
                {context.renderChildren(node)}
            </g>
        );
        markLayers(vnode, node);
        return vnode;
    }
}

const GROUP_PADDING = 18;

/**
 * The region around the node's group members and the node itself, in the node's coordinates,
 * computed from where they are drawn now; it does not catch the mouse.
 */
function groupAround(node: ShapedNode, mapping: string): VNode | undefined {
    const args = argsOf(node);
    const ids = text(args, LookArgs.GROUP).split(' ').filter(id => id.length > 0);
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
            class={{ [`${mapping}-groep`]: true, groep: true }}
            style={groupStyle(json<GroupStyle>(args, LookArgs.GROUP_STYLE, {}))}
            x={left - node.position.x}
            y={top - node.position.y}
            rx={24}
            ry={24}
            width={right - left}
            height={bottom - top}
        />
    );
}

/** A line drawn as its description says, with its arrow head at the target. */
@injectable()
export class DescribedEdgeView extends GEdgeView {
    render(edge: Readonly<GEdge>, context: RenderingContext): VNode {
        const vnode = super.render(edge, context);
        setClass(vnode, mappingOf(edge), true);
        markLayers(vnode, edge);
        // its ends, for tests and assistive technology (a line is hidden and faded with its ends: NetwerkkaartShapes)
        setAttr(vnode, 'data-bron', edge.sourceId);
        setAttr(vnode, 'data-doel', edge.targetId);
        return vnode;
    }

    protected override renderLine(edge: GEdge, segments: Point[], context: RenderingContext): VNode {
        const line = super.renderLine(edge, segments, context);
        const a = argsOf(edge);
        line.data = { ...line.data, style: lineStyle(text(a, LookArgs.COLOUR), num(a, LookArgs.WIDTH, 1.5), text(a, LookArgs.DASH), a?.[LookArgs.ROUND] === true) };
        return line;
    }

    protected override renderAdditionals(edge: GEdge, segments: Point[], _context: RenderingContext): VNode[] {
        const a = argsOf(edge);
        const arrow = text(a, LookArgs.ARROW);
        if (!arrow || segments.length < 2) {
            return [];
        }
        const end = segments[segments.length - 1];
        const before = segments[segments.length - 2];
        const angle = (Math.atan2(end.y - before.y, end.x - before.x) * 180) / Math.PI;
        const colour = text(a, LookArgs.COLOUR);
        return [
            <path
                class-sprotty-edge={true}
                class-pijlpunt={true}
                d={arrow}
                style={arrowStyle(colour)}
                transform={`translate(${end.x} ${end.y}) rotate(${angle})`}
            />
        ];
    }
}

/** A label in its text style; its type gives a class ("label:soort" -> "label-soort"). */
function styleLabel(vnode: VNode, label: Readonly<GLabel>): void {
    const a = argsOf(label);
    setClass(vnode, label.type.replace(':', '-'), true);
    const style: Record<string, string> = {
        fontSize: `${num(a, LookArgs.FONT_SIZE, 11)}px`,
        fontWeight: String(num(a, LookArgs.FONT_WEIGHT, 400)),
        fontStyle: a?.[LookArgs.ITALIC] === true ? 'italic' : 'normal',
        fill: text(a, LookArgs.COLOUR) || '#1b1f24'
    };
    if (a?.[LookArgs.HALO] === true) {
        Object.assign(style, { paintOrder: 'stroke', stroke: 'var(--nk-canvas)', strokeWidth: '4px', strokeLinejoin: 'round' });
    }
    vnode.data = { ...vnode.data, style: { ...(vnode.data?.style ?? {}), ...style } };
}

@injectable()
export class DescribedLabelView extends GLabelView {
    render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
        const vnode = super.render(label, context);
        if (vnode) {
            styleLabel(vnode, label);
        }
        return vnode;
    }
}

/** A badge (NAO-regisseur, leidende organisatie): the label on a pill of the badge's colour. */
@injectable()
export class BadgeLabelView extends GLabelView {
    render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
        const vnode = super.render(label, context);
        if (!vnode) {
            return undefined;
        }
        styleLabel(vnode, label);
        const { width, height } = label.size;
        const pad = 5;
        return (
            <g class-badge={true}>
                <rect
                    class-badge-vlak={true}
                    style={{ fill: text(argsOf(label), LookArgs.PILL) }}
                    x={-width / 2 - pad}
                    y={-height + 1}
                    rx={8}
                    ry={8}
                    width={width + 2 * pad}
                    height={height + 3}
                />
                {vnode}
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
        const message = marker.issues.map(issue => issue.message).join('\n');
        vnode.children = [<title>{message}</title>, ...(vnode.children ?? [])];
        return vnode;
    }
}
