"""The tables of a document as LibreOffice holds them: table = [row, ...], row = [cell, ...], a cell
its paragraphs' texts joined by "\n" (tabs kept as \t)."""
import os
import xml.etree.ElementTree as ET

import uno
from office import inline_text, prop, t

TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


def tb(name):
    return "{%s}%s" % (TABLE_NS, name)


def rows_of(table):
    for child in table:
        if child.tag == tb("table-row"):
            yield child
        elif child.tag in (tb("table-header-rows"), tb("table-rows"), tb("table-row-group")):
            yield from rows_of(child)


def cell_text(cell):
    notes = []
    paras = [inline_text(p, notes) for p in cell if p.tag in (t("p"), t("h"))]
    return "\n".join(paras)


def tables(doc, workdir):
    path = os.path.join(workdir, "dump.fodt")
    doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", "OpenDocument Text Flat XML"),))
    root = ET.parse(path).getroot()
    out = []
    for table in root.iter(tb("table")):
        out.append([[cell_text(c) for c in row if c.tag == tb("table-cell")] for row in rows_of(table)])
    return out
