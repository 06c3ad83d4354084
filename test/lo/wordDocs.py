"""Documents LibreOffice makes as a colleague would: resaved, edited with changes recorded under an
author, or the result of its Compare Document (see driver.py's `make`)."""
import json
import os

import office as lo
import uno
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK


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
