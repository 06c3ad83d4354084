#!/usr/bin/python3
"""Read the tables of .docx files back through LibreOffice (headless, one soffice for all files).

Usage: /usr/bin/python3 test/synopsis/loTables.py FILE.docx [FILE.docx ...]

Prints {"files": {path: {"revisions": {...}, "authors": [...], "accept": tables, "reject": tables,
"remaining": n}}} where tables = [table, ...], table = [row, ...], row = [cell, ...] and a cell is
its paragraphs' texts joined by "\\n" (tabs kept as \\t). Reuses the office driver of test/lo.
"""
import os
import sys
import json
import signal
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lo"))
import uno  # noqa: E402
from loRevisions import start_office, stop_office, load, dispatch, prop, count_revisions, inline_text, t, OFFICE_NS  # noqa: E402

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


def authors(doc):
    names = set()
    enum = doc.getRedlines().createEnumeration()
    while enum.hasMoreElements():
        names.add(enum.nextElement().RedlineAuthor)
    return sorted(names)


def main(paths):
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    proc, profile, ctx = start_office()
    result = {"files": {}}
    desktop = None
    try:
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        for path in paths:
            entry = {}
            doc = load(desktop, path, profile)
            if doc is None:
                raise RuntimeError("LibreOffice could not open " + path)
            entry["revisions"] = count_revisions(doc)
            entry["authors"] = authors(doc)
            dispatch(ctx, doc, ".uno:AcceptAllTrackedChanges")
            entry["accept"] = tables(doc, profile)
            entry["remaining"] = sum(count_revisions(doc).values())
            doc.close(True)
            doc = load(desktop, path, profile)
            dispatch(ctx, doc, ".uno:RejectAllTrackedChanges")
            entry["reject"] = tables(doc, profile)
            doc.close(True)
            result["files"][path] = entry
    finally:
        stop_office(proc, profile, desktop)
    json.dump(result, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
