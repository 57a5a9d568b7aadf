#!/usr/bin/env python3
"""Reads an .xlsx the way a spreadsheet would and prints what it holds as JSON, for tst_xlsxtablewriter.

Output: {"sheets": [names], "rows": [[cell text, ...], ...], "types": [cell types seen],
         "boldRows": [row numbers whose cells are all bold], "frozenRows": n, "badZip": name or null}
Only the standard library: zipfile and ElementTree.
"""
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def unescape(text):
    # Excel's own escape for control characters in XML: _x0001_ and so on.
    return ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def text_of(node):
    # A string item is either <t> or rich text runs <r><t>.
    if node is None:
        return ""
    return "".join(t.text or "" for t in node.iter("{%s}t" % NS["m"]))


def column_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    index = 0
    for letter in letters:
        index = index * 26 + (ord(letter) - ord("A") + 1)
    return index - 1


def main(path):
    with zipfile.ZipFile(path) as archive:
        bad = archive.testzip()
        names = archive.namelist()
        workbook = ET.fromstring(archive.read("xl/workbook.xml"))
        sheets = [s.get("name") for s in workbook.find("m:sheets", NS)]
        shared = []
        if "xl/sharedStrings.xml" in names:
            sst = ET.fromstring(archive.read("xl/sharedStrings.xml"))
            shared = [unescape(text_of(si)) for si in sst.findall("m:si", NS)]
        styles = ET.fromstring(archive.read("xl/styles.xml"))
        fonts = styles.find("m:fonts", NS).findall("m:font", NS)
        xfs = styles.find("m:cellXfs", NS).findall("m:xf", NS)
        bold_style = [fonts[int(xf.get("fontId", "0"))].find("m:b", NS) is not None for xf in xfs]
        sheet = ET.fromstring(archive.read("xl/worksheets/sheet1.xml"))

    rows, types, bold_rows = [], set(), []
    for row in sheet.find("m:sheetData", NS).findall("m:row", NS):
        number = int(row.get("r"))
        while len(rows) < number:
            rows.append([])
        cells = rows[number - 1]
        all_bold = True
        for c in row.findall("m:c", NS):
            col = column_index(c.get("r"))
            kind = c.get("t", "n")
            types.add(kind)
            if kind == "inlineStr":
                value = unescape(text_of(c.find("m:is", NS)))
            elif kind == "s":
                value = shared[int(c.find("m:v", NS).text)]
            else:
                v = c.find("m:v", NS)
                value = v.text if v is not None else ""
            while len(cells) <= col:
                cells.append("")
            cells[col] = value
            all_bold = all_bold and bold_style[int(c.get("s", "0"))]
        if all_bold and len(cells) > 0:
            bold_rows.append(number)

    frozen = 0
    pane = sheet.find("m:sheetViews/m:sheetView/m:pane", NS)
    if pane is not None and pane.get("state") == "frozen":
        frozen = int(float(pane.get("ySplit", "0")))

    json.dump({"sheets": sheets, "rows": rows, "types": sorted(types), "boldRows": bold_rows,
               "frozenRows": frozen, "badZip": bad}, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main(sys.argv[1])
