#!/usr/bin/env python3
"""One cold start of `./bondgenoot lsp` on an example agenda, for `releng/benchmark.sh startup`.

Starts the server in examples/agendas (the project of the example agendas), sends initialize, then
didOpen of the agenda, and prints two figures in seconds from the process start: the answer to
initialize and the first publishDiagnostics for the agenda. Then shutdown and exit.

Usage: lsp-startup.py ROOT AGENDA   (AGENDA relative to ROOT, e.g. examples/agendas/zelfredzaamheid.agenda)
"""
import importlib.util
import os
import sys
import time

spec = importlib.util.spec_from_file_location("lsp_smoke", os.path.join(os.path.dirname(__file__), "lsp-smoke.py"))
smoke = importlib.util.module_from_spec(spec)
spec.loader.exec_module(smoke)


def main():
    root = os.path.abspath(sys.argv[1])
    agenda = os.path.join(root, sys.argv[2])
    project = os.path.dirname(agenda)
    with open(agenda, encoding="utf-8") as f:
        text = f.read()
    uri = "file://" + agenda
    started = time.monotonic()
    session = smoke.Session([os.path.join(root, "bondgenoot"), "lsp"], project)
    try:
        session.request("initialize", {"processId": os.getpid(), "rootUri": "file://" + project,
                                       "workspaceFolders": [{"uri": "file://" + project, "name": "agendas"}],
                                       "capabilities": {}})
        initialized = time.monotonic() - started
        session.send("initialized", {}, request=False)
        session.send("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "agenda", "version": 1,
                                                               "text": text}}, request=False)
        session.receive(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri,
                        "publishDiagnostics")
        diagnosed = time.monotonic() - started
        session.request("shutdown", None)
        session.send("exit", None, request=False)
        session.process.wait(timeout=30)
        print("%.3f %.3f" % (initialized, diagnosed))
        return 0
    except smoke.Failure as failure:
        print("lsp-startup: %s" % failure, file=sys.stderr)
        return 1
    finally:
        if session.process.poll() is None:
            session.process.kill()


if __name__ == "__main__":
    sys.exit(main())
