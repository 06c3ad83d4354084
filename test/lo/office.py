"""The one LibreOffice of a test run's call: start a private headless office, open documents, accept or
reject their tracked changes, read what they hold, end the office. Every command of driver.py goes
through `session()`; no other file starts soffice."""
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

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
        start_new_session=True,
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
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                shutil.rmtree(profile, ignore_errors=True)
                raise RuntimeError("soffice did not start")
            time.sleep(0.1)
    return proc, profile, ctx


TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def t(name):
    return "{%s}%s" % (TEXT_NS, name)


def inline_text(el, notes):
    """Text of a paragraph element: spaces and tabs expanded, footnotes written as [^n]."""
    out = [el.text or ""]
    for child in el:
        tag = child.tag
        if tag == t("s"):
            out.append(" " * int(child.get(t("c"), "1")))
        elif tag == t("tab"):
            out.append("\t")
        elif tag == t("line-break"):
            out.append("\n")
        elif tag == t("note"):
            body = child.find(t("note-body"))
            paras = [] if body is None else [inline_text(p, notes) for p in body.iter() if p.tag in (t("p"), t("h"))]
            notes.append("\n".join(paras))
            out.append("[^%d]" % len(notes))
        elif tag in (t("tracked-changes"), t("note-citation")):
            pass
        else:
            out.append(inline_text(child, notes))
        out.append(child.tail or "")
    return "".join(out)


def walk_blocks(el, paragraphs, notes):
    for child in el:
        if child.tag in (t("p"), t("h")):
            paragraphs.append(inline_text(child, notes))
        elif child.tag == t("tracked-changes"):
            continue
        else:
            walk_blocks(child, paragraphs, notes)


def dump(doc, workdir):
    """Paragraphs (with [^n] footnote anchors) and footnote texts of a loaded Writer document.

    The document is stored once as flat ODF XML and parsed here: one UNO call instead of
    thousands of calls over the bridge.
    """
    path = os.path.join(workdir, "dump.fodt")
    doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", "OpenDocument Text Flat XML"),))
    root = ET.parse(path).getroot()
    text = root.find("{%s}body/{%s}text" % (OFFICE_NS, OFFICE_NS))
    paragraphs = []
    notes = []
    walk_blocks(text, paragraphs, notes)
    return {"paragraphs": paragraphs, "footnotes": notes}


def label_of(paragraph):
    """A paragraph's list label: its ListLabelString, or for a bullet (which has none) the bullet character."""
    try:
        label = paragraph.getPropertyValue("ListLabelString") or ""
        if label or not paragraph.getPropertyValue("NumberingIsNumber"):
            return label
        rules = paragraph.getPropertyValue("NumberingRules")
        level = paragraph.getPropertyValue("NumberingLevel")
        for prop in rules.getByIndex(level) if rules is not None else ():
            if prop.Name == "BulletChar":
                return prop.Value
    except Exception:
        pass
    return ""


def list_labels(doc):
    """The list label each body paragraph shows (ListLabelString), in reading order (tables row by row)."""
    out = []

    def walk(text):
        enum = text.createEnumeration()
        while enum.hasMoreElements():
            el = enum.nextElement()
            if el.supportsService("com.sun.star.text.TextTable"):
                for name in el.getCellNames():
                    walk(el.getCellByName(name))
            elif el.supportsService("com.sun.star.text.Paragraph"):
                out.append(label_of(el))

    walk(doc.getText())
    return out


def writing_mode(paragraph):
    mode = paragraph.getPropertyValue("WritingMode")  # com.sun.star.text.WritingMode2
    return {0: "lr", 1: "rl"}.get(mode, str(mode))


def paragraph_directions(doc):
    """The writing mode of each body paragraph (reading order) and of each paragraph of the page headers."""
    def modes(text):
        out = []
        enum = text.createEnumeration()
        while enum.hasMoreElements():
            el = enum.nextElement()
            if el.supportsService("com.sun.star.text.Paragraph"):
                out.append(writing_mode(el))
        return out

    styles = doc.StyleFamilies.getByName("PageStyles")
    header = []
    for name in styles.ElementNames:
        style = styles.getByName(name)
        if style.HeaderIsOn:
            header.extend(modes(style.HeaderText))
    return {"body": modes(doc.getText()), "header": header}


def count_revisions(doc):
    counts = {}
    redlines = doc.getRedlines()
    enum = redlines.createEnumeration()
    while enum.hasMoreElements():
        r = enum.nextElement()
        t = r.RedlineType
        counts[t] = counts.get(t, 0) + 1
    return counts


def load(desktop, path, workdir):
    # Open a private copy: LibreOffice leaves lock files next to what it opens, and a stale
    # lock (from a killed run) would make a hidden load fail.
    copy = os.path.join(workdir, "input.docx")
    shutil.copyfile(path, copy)
    url = uno.systemPathToFileUrl(copy)
    return desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))


def dispatch(ctx, doc, command):
    helper = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
    frame = doc.getCurrentController().getFrame()
    helper.executeDispatch(frame, command, "", 0, ())


def stop_office(proc, profile, desktop=None):
    """End the office start_office began: ask it to quit, then end the whole process group
    (soffice is a wrapper around soffice.bin) and delete its private profile."""
    if desktop is not None:
        try:
            desktop.terminate()
        except Exception:
            pass
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    shutil.rmtree(profile, ignore_errors=True)


def authors(doc):
    """The authors of the document's tracked changes, in the order they first appear."""
    out = []
    enum = doc.getRedlines().createEnumeration()
    while enum.hasMoreElements():
        a = enum.nextElement().RedlineAuthor
        if a not in out:
            out.append(a)
    return out


def accept_and_reject(ctx, desktop, path, workdir, read):
    """Open `path` twice: Accept All, then (from the file again) Reject All; `read(doc)` each result.

    Returns {"revisions", "authors", "accept", "reject", "remaining"}: the tracked changes counted
    by type before anything is done, their authors, and those left after Accept All."""
    doc = load(desktop, path, workdir)
    if doc is None:
        raise RuntimeError("LibreOffice could not open " + path)
    entry = {"revisions": count_revisions(doc), "authors": authors(doc)}
    dispatch(ctx, doc, ".uno:AcceptAllTrackedChanges")
    entry["accept"] = read(doc)
    entry["remaining"] = sum(count_revisions(doc).values())
    doc.close(True)
    doc = load(desktop, path, workdir)
    dispatch(ctx, doc, ".uno:RejectAllTrackedChanges")
    entry["reject"] = read(doc)
    doc.close(True)
    return entry


@contextlib.contextmanager
def session():
    """A private office for one command: yields (ctx, desktop, workdir) and ends the office after,
    also when the caller's timeout sends SIGTERM."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    proc, profile, ctx = start_office()
    desktop = None
    try:
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        yield ctx, desktop, profile
    finally:
        stop_office(proc, profile, desktop)
