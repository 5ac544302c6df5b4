#!/usr/bin/env python3
"""Writes the chapter/section table of the five source publications (the seeds) that
nl.bondgenoot.rules reads to show "S1:496 (hoofdstuk 6 ...)" beside a citation.

The seed text copies are not in the repository, so this script is run by hand where they are
(`python3 releng/scripts/bronnen-secties.py /work/shared/seeds > \
 bundles/nl.bondgenoot.rules/src/nl/bondgenoot/rules/bronnen/secties.tsv`) and its output is
committed as data. The anchors below were found by searching the texts for numbered headings
and chapter title pages; the script checks each anchor against the text (the heading must stand
on the line given) and computes the line ranges: a part runs to the line before the next part of
the same or a higher level, the last one to the end of the file.

Where the PDF-to-text conversion put a chapter's title page after the chapter's first page
(S2 chapters 1-7, S4 chapters 4-7 and the literature list), the chapter starts at the first line of
that first page and the title is checked on the line where it stands (the last field).
"""
import sys
from pathlib import Path

SEEDS = {"S0": "000_", "S1": "001_", "S2": "002_", "S3": "003_", "S4": "004_"}

# (start line, level, label, title, line on which the title stands or None when the text has no heading)
ANCHORS = {
    "S0": [
        (1, 1, "hoofdstuk 1", "Inleiding", 1),
        (66, 1, "hoofdstuk 2", "De betekenis van De Kanteling en Welzijn Nieuwe Stijl", 66),
        (162, 1, "hoofdstuk 3", "Transitie en transformatie", 162),
        (296, 1, "hoofdstuk 4", "Transformatie in het sociale domein: drie agenda's", 296),
        (718, 1, "hoofdstuk 5", "Actoren: professioneel bondgenootschap", 718),
        (889, 1, "hoofdstuk 6", "De maatschappelijke agenda", 889),
        (1057, 1, "hoofdstuk 7", "De veranderagenda", 1057),
        (1231, 1, "hoofdstuk 8", "De uitvoeringsagenda", 1231),
        (1353, 1, "hoofdstuk 9", "Zelfanalyse", 1353),
        (1651, 1, "bijlage 1", "De Kanteling en Welzijn Nieuwe Stijl", 1651),
        (1821, 1, "bijlage 2", "Interne samenhang realiseren", 1821),
    ],
    "S1": [
        (1, 1, "hoofdstuk 1", "Leeswijzer", 1),
        (37, 1, "hoofdstuk 2", "Inleiding", 37),
        (89, 1, "hoofdstuk 3", "Transitie en transformatie", 89),
        (269, 1, "hoofdstuk 4", "Lokale opgaven", 269),
        (347, 1, "hoofdstuk 5", "Wat willen we bereiken?", 347),
        (432, 1, "hoofdstuk 6", "Met welke partijen, in welke vormen en met welk aanbod?", 432),
        (595, 1, "hoofdstuk 7", "Op welke manier willen we werken?", 595),
        (644, 1, "hoofdstuk 8", "Decentralisaties in samenhang", 644),
        (696, 1, "hoofdstuk 9", "Samenvatting", 696),
        (940, 1, "colofon", "Colofon", 940),
    ],
    "S2": [
        (1, 1, "voorwoord", "Voorwoord", 73),
        (74, 1, "inleiding", "Inleiding", 131),
        (279, 1, "hoofdstuk 1", "De vier transities: een verkenning", 334),
        (283, 2, "§ 1.1", "Transitie Jeugdzorg", 283),
        (322, 2, "§ 1.2", "Wet werken naar vermogen (WWNV)", 322),
        (363, 2, "§ 1.3", "Extramurale begeleiding naar de Wmo", 363),
        (447, 2, "§ 1.4", "Passend Onderwijs", 447),
        (535, 1, "hoofdstuk 2", "De vier transities: de verbinding", 583),
        (595, 2, "§ 2.1", "Participatie: eigen kracht en verantwoordelijkheid", 595),
        (857, 2, "§ 2.2", "De nieuwe professional", 857),
        (938, 2, "§ 2.3", "Een eenvoudiger stelsel", 938),
        (1014, 1, "hoofdstuk 3", "Kritische blik", 1062),
        (1085, 2, "§ 3.1", "Participatie: eigen kracht en verantwoordelijkheid", 1085),
        (1229, 2, "§ 3.2", "De nieuwe professional", 1229),
        (1319, 2, "§ 3.3", "Een eenvoudiger stelsel", 1319),
        (1397, 2, "§ 3.4", "Aandacht voor 'het hoe'", 1397),
        (1621, 1, "hoofdstuk 4", "Gemeenten aan zet", 1675),
        (1640, 2, "§ 4.1", "Samenwerking binnen eigen organisatie", 1640),
        (2111, 2, "§ 4.2", "Samenwerking met partners in een netwerk", 2111),
        (2418, 2, "§ 4.3", "Samenwerking met de burger", 2418),
        (2649, 2, "§ 4.4", "Het 'hoe' weergegeven per organisatiegebied", 2649),
        (2692, 1, "hoofdstuk 5", "Uitvoeringsorganisaties aan zet", 2738),
        (2709, 2, "§ 5.1", "Samenwerking binnen de eigen organisatie", 2709),
        (3092, 2, "§ 5.2", "Samenwerking met partners in het netwerk", 3092),
        (3392, 2, "§ 5.3", "Samenwerking met de burger", 3392),
        (3766, 2, "§ 5.4", "Het 'hoe' weergegeven per organisatiegebied", 3766),
        (3807, 1, "hoofdstuk 6", "Het gezin Van Dalen", 3868),
        (3826, 2, "§ 6.1", "Participatie: eigen kracht en verantwoordelijkheid", 3826),
        (3967, 2, "§ 6.2", "De nieuwe professional", 3967),
        (4042, 2, "§ 6.3", "Een eenvoudiger stelsel", 4042),
        (4100, 2, "§ 6.4", "Tot slot", 4100),
        (4244, 1, "hoofdstuk 7", "Terugblik en vooruitkijken", 4308),
        (4655, 1, "achterzijde", "tekst op de achterzijde, zonder kop", None),
    ],
    "S3": [
        (1, 1, "voorwerk", "over de Wmo-werkplaatsen en MOVISIE, zonder kop", None),
        (19, 1, "inleiding", "Inleiding", 19),
        (121, 1, "hoofdstuk 1", "Onderzoek naar sturing onder de Wmo", 121),
        (200, 1, "hoofdstuk 2", "Modellen van sturing", 200),
        (210, 2, "§ 2.1", "Drie sturingsmodellen", 210),
        (601, 2, "§ 2.2", "Governancemodellen", 601),
        (778, 2, "§ 2.3", "Gemeentelijke regie", 778),
        (1067, 2, "§ 2.4", "Regie in de beleidscyclus", 1067),
        (1188, 1, "hoofdstuk 3", "Sturing volgens de Wmo", 1188),
        (1194, 2, "§ 3.1", "De sturingsfilosofie van de Wmo", 1194),
        (1389, 2, "§ 3.2", "Wmo: andere wijze van sturing?", 1389),
        (1492, 1, "hoofdstuk 4", "Sturing in de Wmo-praktijken", 1492),
        (1537, 1, "hoofdstuk 5", "Activerend huisbezoek, Groningen", 1537),
        (1540, 2, "§ 5.1", "Het project", 1540),
        (1568, 2, "§ 5.2", "Van initiatief tot Wmo-project", 1568),
        (1657, 2, "§ 5.3", "De sturingsrelatie tussen gemeente en instellingen", 1657),
        (1791, 1, "hoofdstuk 6", "Het Sleutelteam, Hengelo", 1791),
        (1794, 2, "§ 6.1", "Het project", 1794),
        (1829, 2, "§ 6.2", "Van initiatie tot Wmo-project", 1829),
        (1873, 2, "§ 6.3", "De sturingsrelatie tussen gemeente en instellingen", 1873),
        (2045, 1, "hoofdstuk 7", "Sociaal Makelaarschap, Utrecht", 2045),
        (2048, 2, "§ 7.1", "Het project", 2048),
        (2062, 2, "§ 7.2", "Van initiatief naar Wmo-project", 2062),
        (2109, 2, "§ 7.3", "De sturingsrelatie tussen gemeente en instellingen", 2109),
        (2223, 2, "§ 7.4", "Opmerkingen achteraf", 2223),
        (2235, 1, "hoofdstuk 8", "Netwerk Welzijn Versterkt, gemeente Peel en Maas", 2235),
        (2244, 2, "§ 8.1", "Wonen, welzijn en zorg in Peel en Maas, een historische analyse", 2244),
        (2403, 2, "§ 8.2", "Ontwikkelwerkplaatsen Netwerk Welzijn Versterkt", 2403),
        (2557, 2, "§ 8.3", "De sturingsrelatie tussen gemeente en instellingen", 2557),
        (2768, 2, "§ 8.4", "Sterke punten", 2768),
        (2829, 1, "hoofdstuk 9", "Sturing in de Wmo-werkplaatsen: onderzoeksuitkomsten", 2829),
        (2871, 2, "§ 9.1", "Typering van de gemeentelijke sturing", 2871),
        (3093, 2, "§ 9.2", "Participatie burgers", 3093),
        (3122, 2, "§ 9.3", "De Wmo en de sturingspraktijk", 3122),
        (3172, 2, "§ 9.4", "Conclusies en aanbevelingen", 3172),
        (3334, 2, "§ 9.5", "Reflectie", 3334),
        (3434, 2, "§ 9.6", "De ideale sturing", 3434),
        (3497, 1, "hoofdstuk 10", "Sturen met betekenis", 3497),
        (3500, 2, "§ 10.1", "Inleiding", 3500),
        (3599, 2, "§ 10.2", "Governance-ordeningsprincipes", 3599),
        (3632, 2, "§ 10.3", "Participatie in perspectief", 3632),
        (3634, 3, "§ 10.3.1", "Vormen van burgerparticipatie", 3634),
        (3671, 3, "§ 10.3.2", "Consulteren van burgers", 3671),
        (3734, 3, "§ 10.3.3", "Uitvoeringsgericht ontwerpen van beleid", 3734),
        (3770, 2, "§ 10.4", "Reflectieve praktijken", 3770),
        (3912, 2, "§ 10.5", "Nieuwe netwerklogica als sturingsstijl", 3912),
        (3914, 3, "§ 10.5.1", "Ontwikkelen betekenisgestuurde beleidsvorming", 3914),
        (4020, 3, "§ 10.5.2", "Toelaten van ambivalentie", 4020),
        (4059, 3, "§ 10.5.3", "Horizontalisering, samen meer begrijpen", 4059),
        (4179, 2, "§ 10.6", "Governance-handelingskader Wmo", 4179),
        (4313, 2, "§ 10.7", "Tot slot", 4313),
        (4332, 1, "achterzijde", "tekst op de achterzijde, zonder kop", None),
    ],
    "S4": [
        (1, 1, "voorwerk", "Instrument (flaptekst)", 2),
        (29, 1, "hoofdstuk 1", "Inleiding", 29),
        (45, 2, "§ 1.1", "Het instrument", 45),
        (152, 1, "hoofdstuk 2", "De checklist: indicatoren en vragenlijst", 152),
        (198, 1, "hoofdstuk 3", "De checklist: indicatoren en vragenlijst", 198),
        (204, 2, "§ 3.1", "Beleidsontwerp", 204),
        (256, 2, "§ 3.2", "Draagvlak", 256),
        (289, 2, "§ 3.3", "Uitvoering", 289),
        (326, 2, "§ 3.4", "Evaluatie", 326),
        (357, 1, "hoofdstuk 4", "Het beleidsontwerp", 413),
        (375, 2, "§ 4.1", "Aandachtspunten, tips en voorbeelden", 375),
        (898, 1, "hoofdstuk 5", "Ontwikkelen van draagvlak", 952),
        (911, 2, "§ 5.1", "Aandachtspunten, tips en voorbeelden", 911),
        (1204, 1, "hoofdstuk 6", "De uitvoering", 1256),
        (1217, 2, "§ 6.1", "Aandachtspunten, tips en voorbeelden", 1217),
        (1379, 1, "hoofdstuk 7", "Evaluatie", 1436),
        (1388, 2, "§ 7.1", "Aandachtspunten, tips en voorbeelden", 1388),
        (1537, 1, "literatuur", "Literatuur", 1609),
        (1666, 1, "praktijk", "OK-team Kamperpoort", 1666),
        (1710, 1, "praktijk", "ZorgSaam in de Palestrinalaan", 1710),
        (1737, 1, "praktijk", "Kantelen doe je samen!", 1737),
        (1775, 1, "praktijk", "Buurtgeluk", 1775),
        (1853, 1, "praktijk", "Nieuwe Wmo richtlijn Indicatieadvisering voor Hulp bij het Huishouden", 1853),
        (1903, 1, "praktijk", "Ontwikkeling Wijksteunpunten (onderdeel van uitvoeringsplan De Kanteling 2012-2015)", 1903),
        (1989, 1, "achterzijde", "Instrument (flaptekst)", 1989),
    ],
}


def words(s):
    return " ".join(s.replace("’", "'").lower().split())


def main(seed_dir):
    out = ["# Hoofdstukken en paragrafen van de vijf bronpublicaties, met hun regels in de tekstkopieen",
           "# (bron, eerste regel, laatste regel, niveau, aanduiding, titel). Gemaakt door",
           "# releng/scripts/bronnen-secties.py uit de teksten; niet met de hand bewerken."]
    for seed, prefix in SEEDS.items():
        path = next(Path(seed_dir).glob(prefix + "*.txt"))
        lines = path.read_text(encoding="utf-8").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        anchors = ANCHORS[seed]
        for i, (start, level, label, title, title_line) in enumerate(anchors):
            if title_line is not None:
                text = words(lines[title_line - 1])
                first = words(title).split()[0].rstrip(":")
                if first not in text and words(label.split()[0]) not in text:
                    sys.exit(f"{seed}:{title_line}: '{title}' staat niet op deze regel: {lines[title_line - 1]!r}")
            end = len(lines)
            for later in anchors[i + 1:]:
                if later[1] <= level:
                    end = later[0] - 1
                    break
            if end < start:
                sys.exit(f"{seed}:{start}: lege reeks")
            out.append("\t".join([seed, str(start), str(end), str(level), label, title]))
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/seeds")
