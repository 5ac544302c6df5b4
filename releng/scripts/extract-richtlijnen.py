#!/usr/bin/env python3
"""Extracts the guidance of the Checklist Wmo-praktijken ("aandachtspunten, tips en voorbeelden", S4
chapters 4-7, S4:357-1530) per question, word for word, into the data file the model bundle ships:

    releng/scripts/extract-richtlijnen.py [--seeds /work/shared/seeds] [--uit FILE]

Each question's lines are the range in the column `richtlijn` of data/checklist-wmo-praktijken.tsv.
The text is S4's; only the layout of the PDF's text copy is undone:
  - page furniture is left out: running headers ("4<tab> Het beleidsontwerp"), page numbers (a line with
    only a number) and the link targets the copy repeats on lines of their own ("http://...");
  - a word broken at the line end ("ondersteu-" / "ning") is joined again; a hyphen followed by a space
    ("output- als outcomedoelen") is a real one and stays;
  - lines are joined into paragraphs; a paragraph ends at a blank line, unless the next line goes on in
    lower case (a page break inside a sentence); a bullet ("●●", "•"), a numbered question ("1.") or a
    line that starts with a tab ("Tip") starts a new one.
The seeds are not in the repository: run this where they are; the output is committed, and the data test
(nl.bondgenoot.model.tests, RichtlijnenTest) compares it with the seed lines where the seeds are.
"""
import argparse
import glob
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DATA = os.path.join(ROOT, "bundles", "nl.bondgenoot.model", "data")
CHECKLIST = os.path.join(DATA, "checklist-wmo-praktijken.tsv")
OUT = os.path.join(DATA, "checklist-wmo-praktijken-richtlijnen.txt")

RUNNING_HEADER = re.compile(r"^[4-7]\t .+$")
PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
LINK_TARGET = re.compile(r"^https?://\S+\s*$")
STARTS_BLOCK = re.compile(r"^(●●|•|\t|\d{1,2}\.\s)")

HEADER = """\
# Aandachtspunten, tips en voorbeelden per vraag van de Checklist Wmo-praktijken (Verwey-Jonker
# Instituut), seed S4 hoofdstuk 4-7 (S4:357-1530), woord voor woord. Elk blok begint met
# '=== VRAAG BRON': de id van de vraag in checklist-wmo-praktijken.tsv en de seed-regels (kolom
# richtlijn). Gemaakt met releng/scripts/extract-richtlijnen.py uit de tekstkopie van de seed: alleen de
# opmaak van die kopie is ongedaan gemaakt (paginakoppen, paginanummers en herhaalde linkadressen
# weggelaten, afbrekingen aan het regeleinde hersteld, regels tot alinea's samengevoegd). Niet met de
# hand bewerken: draai het script opnieuw.
"""


def seed_lines(seeds):
    found = sorted(glob.glob(os.path.join(seeds, "004_*.txt")))
    if not found:
        sys.exit(f"extract-richtlijnen: S4 (004_*.txt) niet gevonden in {seeds}")
    with open(found[0], encoding="utf-8") as f:
        return f.read().split("\n")


def questions(checklist):
    result = []
    with open(checklist, encoding="utf-8") as f:
        header = None
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            row = dict(zip(header, cells))
            if row.get("soort") == "VRAAG":
                result.append((row["id"], row["richtlijn"]))
    return result


def paragraphs(lines):
    """The lines of one question as paragraphs, page furniture left out, broken words joined."""
    result = []
    current = ""
    current_lines = 0
    pending_break = False
    hyphenated = False
    for raw in lines:
        if RUNNING_HEADER.match(raw) or PAGE_NUMBER.match(raw) or LINK_TARGET.match(raw):
            continue
        if not raw.strip():
            pending_break = bool(current)
            continue
        text = raw.rstrip()
        content = re.sub(r"\s+", " ", text.strip())
        content = re.sub(r"^•\s*", "• ", content)
        # A one-line bullet or tab line followed by a capital is a heading ("●● Zelfredzaamheid", "Tip").
        after_heading = current_lines == 1 and current.startswith(("●●", "Tip")) and content[0].isupper()
        new_block = bool(STARTS_BLOCK.match(raw)) or after_heading or (pending_break and not content[0].islower())
        if current and new_block and not hyphenated:
            result.append(current)
            current = ""
            current_lines = 0
        current_lines += 1
        if not current:
            current = content
        elif hyphenated:
            current = current[:-1] + content
        elif current.endswith("/"):
            current += content
        else:
            current += " " + content
        # A break inside a word leaves the hyphen as the line's last character; "output- als" has a space after it.
        hyphenated = raw.endswith("-") and len(raw) > 1 and raw[-2].isalpha()
        pending_break = False
    if current:
        result.append(current)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default=os.environ.get("BONDGENOOT_SEEDS", "/work/shared/seeds"))
    parser.add_argument("--uit", default=OUT)
    args = parser.parse_args()
    seed = seed_lines(args.seeds)
    out = [HEADER]
    count = 0
    for question, citation in questions(CHECKLIST):
        m = re.fullmatch(r"S4:(\d+)-(\d+)", citation)
        if not m:
            sys.exit(f"extract-richtlijnen: vraag {question}: richtlijn '{citation}' is geen S4:van-tot")
        first, last = int(m.group(1)), int(m.group(2))
        out.append(f"=== {question} {citation}\n")
        count += 1
        out.append("\n\n".join(paragraphs(seed[first - 1:last])) + "\n\n")
    with open(args.uit, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(out).rstrip("\n") + "\n")
    print(f"{args.uit}: {count} vragen")


if __name__ == "__main__":
    main()
