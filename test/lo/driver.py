#!/usr/bin/python3
"""The one LibreOffice driver of the tests (headless, one private office per call for all its files).

Usage: /usr/bin/python3 test/lo/driver.py COMMAND ARGS…   (test/lo/driver.ts runs it)

  revisions [--labels] [--directions] FILE.docx…
      Accept All and Reject All of each file, read back: {"revisions", "authors", "remaining",
      "accept": doc, "reject": doc} where doc = {"paragraphs": [...], "footnotes": [...]}: a paragraph
      as LibreOffice holds it, each footnote anchor written [^n] (n counting from 1 in the whole
      document), tabs kept as \\t. "revisions" counts the tracked changes before anything is done, by
      type; "remaining" those left after Accept All. --labels adds "labels" to each doc (the list label
      LibreOffice shows before each paragraph, "" when none); --directions adds "directions":
      {"body": [...], "header": [...]}, each paragraph's writing mode ("rl" or "lr").
  look FILE.docx|FILE.pdf…
      {"recordChanges", "pages", "revisionTimes", "pageText": [[line, ...] per page]} (pageLook.py).
  tables FILE.docx…
      As revisions, with each doc the document's tables (tables.py).
  make JOBS.json
      Makes each job's .docx as a colleague would (wordDocs.py: resave, record edits as an author,
      Compare Document), then reads every output as `revisions` does.

Prints one JSON object {"files": {path: …}}.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from office import accept_and_reject, dump, list_labels, paragraph_directions, session  # noqa: E402
from pageLook import look  # noqa: E402
from tables import tables  # noqa: E402
from wordDocs import run_job  # noqa: E402


def revisions(args):
    labels = "--labels" in args
    directions = "--directions" in args
    paths = [a for a in args if a not in ("--labels", "--directions")]

    def run(ctx, desktop, workdir):
        def read(doc):
            view = dump(doc, workdir)
            if labels:
                view["labels"] = list_labels(doc)
            if directions:
                view["directions"] = paragraph_directions(doc)
            return view

        return {p: accept_and_reject(ctx, desktop, p, workdir, read) for p in paths}

    return run


def looks(paths):
    return lambda ctx, desktop, workdir: {p: look(desktop, p, workdir) for p in paths}


def table_views(paths):
    return lambda ctx, desktop, workdir: {p: accept_and_reject(ctx, desktop, p, workdir, lambda doc: tables(doc, workdir)) for p in paths}


def make(args):
    with open(args[0], encoding="utf-8") as f:
        jobs = json.load(f)

    def run(ctx, desktop, workdir):
        for job in jobs:
            run_job(ctx, desktop, job, workdir)
        return {j["output"]: accept_and_reject(ctx, desktop, j["output"], workdir, lambda doc: dump(doc, workdir)) for j in jobs}

    return run


COMMANDS = {"revisions": revisions, "look": looks, "tables": table_views, "make": make}


def main(argv):
    if not argv or argv[0] not in COMMANDS:
        sys.stderr.write("usage: driver.py %s ARGS…\n" % "|".join(COMMANDS))
        sys.exit(2)
    run = COMMANDS[argv[0]](argv[1:])
    with session() as (ctx, desktop, workdir):
        files = run(ctx, desktop, workdir)
    json.dump({"files": files}, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
