#!/usr/bin/python3
"""Make .docx inputs with LibreOffice (one headless soffice for every job) and read them back.

Usage: /usr/bin/python3 test/word/loWordDocs.py JOBS.json

JOBS.json is a list of jobs; each writes `output` (.docx, saved by LibreOffice):
  {"op": "resave",  "input": A, "output": O}                 open A, save it as .docx
  {"op": "record",  "input": A, "output": O, "author": "First Last", "edits": [...]}
        open A, record changes as `author`, apply the edits, save. Edits:
        {"replace": [old, new]}          Find & Replace (all) in the body
        {"appendAfter": [text, new]}     a new paragraph `new` after the paragraph that contains `text`
        {"deleteParagraph": text}        the paragraph that contains `text`, with its mark
        {"footnoteAppend": [i, text]}    `text` at the end of footnote i (0-based)
        {"typeAt": [text, new]}          type `new` right after the first `text`
  {"op": "compare", "input": A, "other": B, "output": O}     open A, Compare Document with B, save

Then every output is opened again and read like test/lo/loRevisions.py does: Accept All -> read,
reload, Reject All -> read. Prints {"files": {output: {"revisions", "authors", "accept", "reject"}}}.
"""
import json
import os
import signal
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lo"))
import loRevisions as lo  # noqa: E402
import uno  # noqa: E402
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK  # noqa: E402


def set_author(ctx, author):
    first, _, last = author.partition(" ")
    provider = ctx.ServiceManager.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", ctx)
    node = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess", (lo.prop("nodepath", "/org.openoffice.UserProfile/Data"),)
    )
    node.setPropertyValue("givenname", first)
    node.setPropertyValue("sn", last)
    node.commitChanges()


def find(doc, text):
    sd = doc.createSearchDescriptor()
    sd.SearchString = text
    found = doc.findFirst(sd)
    if found is None:
        raise RuntimeError("text not found: " + text)
    return found


def apply_edit(doc, edit):
    if "replace" in edit:
        rd = doc.createReplaceDescriptor()
        rd.SearchString, rd.ReplaceString = edit["replace"]
        if doc.replaceAll(rd) == 0:
            raise RuntimeError("nothing replaced: " + edit["replace"][0])
    elif "appendAfter" in edit:
        anchor, new = edit["appendAfter"]
        found = find(doc, anchor)
        text = found.getText()
        cursor = text.createTextCursorByRange(found.getEnd())
        cursor.gotoEndOfParagraph(False)
        text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        text.insertString(cursor, new, False)
    elif "deleteParagraph" in edit:
        found = find(doc, edit["deleteParagraph"])
        text = found.getText()
        cursor = text.createTextCursorByRange(found.getStart())
        cursor.gotoStartOfParagraph(False)
        cursor.gotoEndOfParagraph(True)
        cursor.goRight(1, True)
        cursor.setString("")
    elif "footnoteAppend" in edit:
        index, new = edit["footnoteAppend"]
        note = doc.getFootnotes().getByIndex(index)
        cursor = note.getText().createTextCursor()
        cursor.gotoEnd(False)
        note.getText().insertString(cursor, new, False)
    elif "typeAt" in edit:
        anchor, new = edit["typeAt"]
        found = find(doc, anchor)
        found.getText().insertString(found.getEnd(), new, False)
    else:
        raise RuntimeError("unknown edit " + json.dumps(edit))


def save_docx(doc, path):
    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(path)), (lo.prop("FilterName", "MS Word 2007 XML"),))


def authors(doc):
    out = []
    enum = doc.getRedlines().createEnumeration()
    while enum.hasMoreElements():
        a = enum.nextElement().RedlineAuthor
        if a not in out:
            out.append(a)
    return out


def run_job(ctx, desktop, job, workdir):
    doc = lo.load(desktop, job["input"], workdir)
    if doc is None:
        raise RuntimeError("LibreOffice could not open " + job["input"])
    try:
        if job["op"] == "record":
            set_author(ctx, job["author"])
            doc.RecordChanges = True
            for edit in job["edits"]:
                apply_edit(doc, edit)
        elif job["op"] == "compare":
            helper = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
            frame = doc.getCurrentController().getFrame()
            url = uno.systemPathToFileUrl(os.path.abspath(job["other"]))
            helper.executeDispatch(frame, ".uno:CompareDocuments", "", 0, (lo.prop("URL", url), lo.prop("FilterName", "MS Word 2007 XML"), lo.prop("NoAcceptDialog", True)))
        save_docx(doc, job["output"])
    finally:
        doc.close(True)


def read_back(ctx, desktop, path, workdir):
    entry = {}
    doc = lo.load(desktop, path, workdir)
    entry["revisions"] = lo.count_revisions(doc)
    entry["authors"] = authors(doc)
    lo.dispatch(ctx, doc, ".uno:AcceptAllTrackedChanges")
    entry["accept"] = lo.dump(doc, workdir)
    doc.close(True)
    doc = lo.load(desktop, path, workdir)
    lo.dispatch(ctx, doc, ".uno:RejectAllTrackedChanges")
    entry["reject"] = lo.dump(doc, workdir)
    doc.close(True)
    return entry


def main(jobs_path):
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    with open(jobs_path, encoding="utf-8") as f:
        jobs = json.load(f)
    proc, profile, ctx = lo.start_office()
    result = {"files": {}}
    desktop = None
    try:
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        for job in jobs:
            run_job(ctx, desktop, job, profile)
        for job in jobs:
            result["files"][job["output"]] = read_back(ctx, desktop, job["output"], profile)
    finally:
        lo.stop_office(proc, profile, desktop)
    json.dump(result, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
