"""How an exported .docx looks in LibreOffice: the page count, whether changes are recorded, the
times of its tracked changes, and what each page shows (the document laid out and exported to PDF by
LibreOffice, the PDF read back shape by shape, so a page header reads as it prints: `- 2 -`)."""
import os
import shutil

import uno
from office import load, prop


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


def look(desktop, path, workdir):
    """{"recordChanges", "pages", "revisionTimes", "pageText"} of a .docx; a .pdf (printed by
    another program, such as the print preview by Chromium) gets only its "pageText"."""
    if path.endswith(".pdf"):
        copy = os.path.join(workdir, "given.pdf")
        shutil.copyfile(path, copy)
        return {"pageText": page_text(desktop, copy)}
    doc = load(desktop, path, workdir)
    if doc is None:
        raise RuntimeError("LibreOffice could not open " + path)
    entry = {
        "recordChanges": bool(doc.RecordChanges),
        "pages": doc.CurrentController.PageCount,
        "revisionTimes": revision_times(doc),
    }
    pdf = os.path.join(workdir, "look.pdf")
    doc.storeToURL(uno.systemPathToFileUrl(pdf), (prop("FilterName", "writer_pdf_Export"),))
    doc.close(True)
    entry["pageText"] = page_text(desktop, pdf)
    return entry
