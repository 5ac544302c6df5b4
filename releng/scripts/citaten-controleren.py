#!/usr/bin/env python3
"""Checks that a quoted phrase stands on the seed lines cited right after it.

Reads the rule catalogue (docs/regelcatalogus.md, written from the rules) and the example models and
agendas (examples/), finds every 'quote' (... Sn:a-b) and looks the quote up in lines a-b of the seed
text copy. The seed texts are not in the repository, so this runs by hand where they are:
    python3 releng/scripts/citaten-controleren.py /work/shared/seeds
Exit code 1 and one line per quote that is not on its lines.
"""
import re
import sys
from pathlib import Path

SLACK = int(__import__("os").environ.get("SLACK", "0"))  # lines of slack either side, to tell near misses
ROOT = Path(__file__).resolve().parents[2]
QUOTE = re.compile(r"['‘]([^'‘’]{12,}?)['’]\s*\(([^()]*?)\bS([0-4]):(\d+)(?:-(\d+))?")


def normal(s):
    # Letters and digits only: words broken at a line end ("stu-\nring", "Wmo-\nbeleid") and the
    # typography of quotes and dashes then compare equal.
    return re.sub(r"[^0-9a-zà-ÿ.…\[\]]", "", s.lower())


def main(seed_dir):
    seeds = {}
    for n in range(5):
        path = next(Path(seed_dir).glob(f"00{n}_*.txt"))
        seeds[f"S{n}"] = path.read_text(encoding="utf-8").split("\n")
    files = [ROOT / "docs/regelcatalogus.md"] + sorted((ROOT / "examples").rglob("*.bondgenoot")) \
        + sorted((ROOT / "examples").rglob("*.agenda"))
    bad = checked = 0
    for f in files:
        text = f.read_text(encoding="utf-8")
        for m in QUOTE.finditer(text):
            if m.group(2).strip():  # something else (a figure, a schema) stands between quote and lines
                continue
            seed, a = "S" + m.group(3), int(m.group(4))
            b = int(m.group(5) or a)
            lines = normal("\n".join(seeds[seed][max(0, a - 1 - SLACK):b + SLACK]))
            pieces = [p.replace(".", "") for p in re.split(r"\.\.\.|…|\[[^\]]*\]", normal(m.group(1)))
                      if len(p) >= 8]
            lines = lines.replace(".", "").replace("…", "")
            checked += 1
            missing = [p.strip() for p in pieces if p.strip() not in lines]
            if missing:
                bad += 1
                print(f"{f.relative_to(ROOT)}: '{m.group(1)[:60]}' staat niet in {seed}:{a}-{b}")
    print(f"{checked} citaten gecontroleerd, {bad} niet op hun regels", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/seeds"))
