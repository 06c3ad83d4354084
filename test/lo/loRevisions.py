#!/usr/bin/python3
"""Read .docx files back through LibreOffice (headless, one soffice process for all files).

Usage: /usr/bin/python3 test/lo/loRevisions.py FILE.docx [FILE.docx ...]

Prints one JSON object: {"files": {path: {"revisions": {...}, "accept": doc, "reject": doc, "asIs": doc}}}
where doc = {"paragraphs": [...], "footnotes": [...]}. A paragraph is its text as LibreOffice holds it,
with each footnote anchor written as [^n] (n = 1-based index of the footnote in the whole document)
and tabs kept as \t. "footnotes" holds each footnote's text, in document order. "revisions" counts
the tracked changes LibreOffice sees before accepting or rejecting anything, by type.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def start_office():
    profile = tempfile.mkdtemp(prefix="resdraft-lo-")
    pipe = "resdraft%d" % os.getpid()
    proc = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nodefault",
            "--nolockcheck",
            "-env:UserInstallation=file://" + profile,
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 60
    while True:
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except NoConnectException:
            if proc.poll() is not None or time.time() > deadline:
                raise RuntimeError("soffice did not start")
            time.sleep(0.1)
    return proc, profile, ctx


def dump(doc):
    """Paragraphs (with [^n] footnote anchors) and footnote texts of a loaded Writer document."""
    footnotes = doc.getFootnotes()
    index_of = {}
    texts = []
    for i in range(footnotes.getCount()):
        fn = footnotes.getByIndex(i)
        texts.append(fn.getString())
        index_of[id_of(fn)] = i + 1
    paragraphs = []
    enum = doc.getText().createEnumeration()
    while enum.hasMoreElements():
        par = enum.nextElement()
        if not par.supportsService("com.sun.star.text.Paragraph"):
            continue
        out = []
        portions = par.createEnumeration()
        while portions.hasMoreElements():
            portion = portions.nextElement()
            kind = portion.TextPortionType
            if kind == "Text":
                out.append(portion.getString())
            elif kind == "Footnote":
                out.append("[^%d]" % index_of.get(id_of(portion.Footnote), 0))
        paragraphs.append("".join(out))
    return {"paragraphs": paragraphs, "footnotes": texts}


def id_of(footnote):
    # Footnotes have a ReferenceId unique within the document.
    return footnote.ReferenceId


def count_revisions(doc):
    counts = {}
    redlines = doc.getRedlines()
    enum = redlines.createEnumeration()
    while enum.hasMoreElements():
        r = enum.nextElement()
        t = r.RedlineType
        counts[t] = counts.get(t, 0) + 1
    return counts


def load(desktop, path):
    url = uno.systemPathToFileUrl(os.path.abspath(path))
    return desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))


def dispatch(ctx, doc, command):
    helper = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
    frame = doc.getCurrentController().getFrame()
    helper.executeDispatch(frame, command, "", 0, ())


def main(paths):
    proc, profile, ctx = start_office()
    result = {"files": {}}
    try:
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        for path in paths:
            entry = {}
            doc = load(desktop, path)
            if doc is None:
                raise RuntimeError("LibreOffice could not open " + path)
            entry["revisions"] = count_revisions(doc)
            entry["asIs"] = dump(doc)
            dispatch(ctx, doc, ".uno:AcceptAllTrackedChanges")
            entry["accept"] = dump(doc)
            entry["remaining"] = sum(count_revisions(doc).values())
            doc.close(True)
            doc = load(desktop, path)
            dispatch(ctx, doc, ".uno:RejectAllTrackedChanges")
            entry["reject"] = dump(doc)
            doc.close(True)
            result["files"][path] = entry
        try:
            desktop.terminate()
        except Exception:
            pass
    finally:
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)
    json.dump(result, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
