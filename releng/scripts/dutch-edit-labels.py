#!/usr/bin/env python3
"""Makes the labels EMF generates into the .edit bundle's plugin.properties Dutch and readable.

EMF adds keys for new classes, features and enum literals with default values ("Gefinancierd Door
Gemeente", "OVERHEID"); it keeps values that were edited. Run this after a build that added keys:
feature and type labels get sentence case, enum literals the product's Dutch labels
(nl.bondgenoot.model.labels.Labels), and EMF's English fixed texts Dutch ones. Idempotent.
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROPS = ROOT / 'bundles/nl.bondgenoot.model.edit/plugin.properties'
LABELS = ROOT / 'bundles/nl.bondgenoot.model/src/nl/bondgenoot/model/labels/Labels.java'

FIXED = {
    '_UI_CreateChild_tooltip': 'Nieuw {0} onder {1}',
    '_UI_CreateChild_description': 'Maakt een nieuw {0} als {1} van het geselecteerde {2}.',
    '_UI_CreateSibling_description': 'Maakt een nieuw {0} naast het geselecteerde {2}, als {1} van hun ouder.',
    '_UI_PropertyDescriptor_description': '{0} van {1}',
    '_UI_Unknown_type': 'Object', '_UI_Unknown_datatype': 'Waarde', '_UI_Unknown_feature': 'Onbekend',
    'pluginName': 'Bondgenoot governancemodel, bewerken',
}


def sentence(label):
    words = label.split(' ')
    return ' '.join([words[0]] + [w if (w.isupper() and len(w) > 1) else w.lower() for w in words[1:]])


def main():
    spelling = dict(re.findall(r'Map\.entry\("([A-Z_]+)", "([^"]+)"\)', LABELS.read_text(encoding='utf-8')))
    out = []
    for line in PROPS.read_text(encoding='latin-1').split('\n'):
        m = re.match(r'^([^=#\s][^=]*?)\s*=\s*(.*)$', line)
        if not m:
            out.append(line)
            continue
        key, value = m.group(1), m.group(2)
        if key in FIXED:
            value = FIXED[key]
        elif key.endswith('_literal'):
            literal = re.match(r'_UI_[A-Za-z0-9]+_(.+)_literal', key).group(1)
            value = spelling.get(literal, literal.lower().replace('_', ' '))
        elif key.endswith('_type') or key.endswith('_feature'):
            value = sentence(value)
        out.append(f'{key} = {value}')
    PROPS.write_text('\n'.join(out), encoding='latin-1')
    return 0


if __name__ == '__main__':
    sys.exit(main())
