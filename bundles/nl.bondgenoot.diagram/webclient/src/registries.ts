// Element types come from the representation description ("node:" + a mapping's id), so the client
// cannot know them all in advance: an unregistered "node:x", "edge:x" or "label:x" is created and
// drawn as the generic "node", "edge" or "label", which draw whatever look the server sent.
import { GModelRegistry, GViewRegistry, IView } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

function basicType(type: string): string {
    const colon = type.indexOf(':');
    return colon < 0 ? type : type.substring(0, colon);
}

@injectable()
export class DescribedModelRegistry extends GModelRegistry {
    override hasKey(key: string): boolean {
        return super.hasKey(key) || super.hasKey(basicType(key));
    }

    override get(key: string, arg: void): any {
        return super.hasKey(key) ? super.get(key, arg) : super.get(basicType(key), arg);
    }

    override register(key: string, factory: any): void {
        this.elements.set(key, factory); // no "already registered" warning for types that only fall back
    }
}

@injectable()
export class DescribedViewRegistry extends GViewRegistry {
    override missing(key: string): IView {
        const basic = basicType(key);
        return basic !== key && super.hasKey(basic) ? super.get(basic) : super.missing(key);
    }

    override register(key: string, instance: IView): void {
        this.elements.set(key, instance);
    }
}
