#!/usr/bin/python3
"""How exported .docx files look in LibreOffice (headless, one soffice process for all files).

Usage: /usr/bin/python3 test/lo/loPageLook.py FILE.docx|FILE.pdf [...]

Prints one JSON object: {"files": {path: {"recordChanges": bool, "pages": n,
"pageText": [[line, ...], ...], "revisionTimes": ["YYYY-MM-DDTHH:MM:SSZ", ...]}}}.
"pageText" is what LibreOffice renders on each page, top to bottom: the document is laid out and
exported to PDF by LibreOffice, and the PDF read back (LibreOffice's own PDF import) shape by
shape, so a page header reads as it prints (`- 2 -`), with the PAGE field computed by the layout.
"revisionTimes" are the times LibreOffice holds for its tracked changes, after its own merging.
A .pdf (printed by another program) gets only its "pageText".
"""
import json
import os
import shutil
import signal
import sys

import uno

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from loRevisions import load, prop, start_office, stop_office  # noqa: E402


def page_text(desktop, pdf):
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(pdf), "_blank", 0, (prop("Hidden", True), prop("FilterName", "writer_pdf_import")))
    if doc is None:
        raise RuntimeError("LibreOffice could not read back its own PDF " + pdf)
    pages = {}
    shapes = doc.DrawPage
    for i in range(shapes.Count):
        shape = shapes.getByIndex(i)
        text = getattr(shape, "String", "")
        if not text:
            continue
        pages.setdefault(shape.AnchorPageNo, []).append((shape.Position.Y, shape.Position.X, text))
    doc.close(True)
    count = max(pages.keys(), default=0)
    return [[t for _, _, t in sorted(pages.get(n, []))] for n in range(1, count + 1)]


def stamp(dt):
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (dt.Year, dt.Month, dt.Day, dt.Hours, dt.Minutes, dt.Seconds)


def revision_times(doc):
    out = []
    enum = doc.getRedlines().createEnumeration()
    while enum.hasMoreElements():
        out.append(stamp(enum.nextElement().RedlineDateTime))
    return out


def main(paths):
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    proc, profile, ctx = start_office()
    result = {"files": {}}
    desktop = None
    try:
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        for path in paths:
            if path.endswith(".pdf"):
                # a PDF printed elsewhere (the print preview, by Chromium): only its pages' text
                copy = os.path.join(profile, "given.pdf")
                shutil.copyfile(path, copy)
                result["files"][path] = {"pageText": page_text(desktop, copy)}
                continue
            doc = load(desktop, path, profile)
            if doc is None:
                raise RuntimeError("LibreOffice could not open " + path)
            entry = {
                "recordChanges": bool(doc.RecordChanges),
                "pages": doc.CurrentController.PageCount,
                "revisionTimes": revision_times(doc),
            }
            pdf = os.path.join(profile, "look.pdf")
            doc.storeToURL(uno.systemPathToFileUrl(pdf), (prop("FilterName", "writer_pdf_Export"),))
            doc.close(True)
            entry["pageText"] = page_text(desktop, pdf)
            result["files"][path] = entry
    finally:
        stop_office(proc, profile, desktop)
    json.dump(result, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
