#!/usr/bin/env python3
"""Does the language server keep answering while it checks a very large agenda?

For each N: a project with the Kamperpoort model, its small agenda and a second agenda of one line with
N unknown names (`opgesteld met N100001, ...`, as `benchmark.sh unknown-names` writes it). The small
agenda is opened and judged first; then the large one is opened and, until its diagnostics arrive,
a hover on the small agenda is asked every 50 ms. Printed per N: the time to the large agenda's
diagnostics, and the answer times of the hovers sent meanwhile (median and slowest). The baseline is
the same hover asked while nothing else is being checked, in the same server.

Usage: lsp-responsiveness.py ROOT [N...]   (default 5000 20000 40000 115000)
"""
import importlib.util
import os
import shutil
import statistics
import sys
import tempfile
import time

spec = importlib.util.spec_from_file_location("lsp_smoke", os.path.join(os.path.dirname(__file__), "lsp-smoke.py"))
smoke = importlib.util.module_from_spec(spec)
spec.loader.exec_module(smoke)
smoke.TIMEOUT = 600


def hover(session, uri, line, character):
    started = time.monotonic()
    session.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}})
    return time.monotonic() - started


def measure(root, n):
    project = tempfile.mkdtemp(prefix="bondgenoot-lsp-bench-")
    try:
        shutil.copy(os.path.join(root, "examples", "skelet", "kamperpoort-kern.bondgenoot"), project)
        small = os.path.join(project, "zelfredzaam.agenda")
        shutil.copy(os.path.join(root, "examples", "skelet", "zelfredzaam.agenda"), small)
        open(os.path.join(project, "bondgenoot.profiel"), "w").close()
        large = os.path.join(project, "groot.agenda")
        names = ", ".join("N%d" % (100000 + i) for i in range(n))
        with open(large, "w", encoding="utf-8") as f:
            f.write('maatschappelijke agenda "A" opgesteld met %s\n' % names)
        with open(small, encoding="utf-8") as f:
            small_text = f.read()
        session = smoke.Session([os.path.join(root, "bondgenoot"), "lsp"], project)
        try:
            session.request("initialize", {"processId": os.getpid(), "rootUri": "file://" + project,
                                           "workspaceFolders": [{"uri": "file://" + project, "name": "p"}],
                                           "capabilities": {}})
            session.send("initialized", {}, request=False)
            small_uri, large_uri = "file://" + small, "file://" + large
            session.send("textDocument/didOpen", {"textDocument": {"uri": small_uri, "languageId": "agenda", "version": 1,
                                                                   "text": small_text}}, request=False)
            session.receive(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                            and m["params"]["uri"] == small_uri, "diagnostics of the small agenda")
            baseline = [hover(session, small_uri, 0, 3) for _ in range(10)]
            with open(large, encoding="utf-8") as f:
                large_text = f.read()
            opened = time.monotonic()
            session.send("textDocument/didOpen", {"textDocument": {"uri": large_uri, "languageId": "agenda", "version": 1,
                                                                   "text": large_text}}, request=False)
            answers, diagnosed = [], None
            while diagnosed is None:
                request_id = session.send("textDocument/hover", {"textDocument": {"uri": small_uri},
                                                                 "position": {"line": 0, "character": 3}})
                sent = time.monotonic()
                while True:
                    message = session.receive(lambda m: m.get("id") == request_id and "method" not in m
                                              or (m.get("method") == "textDocument/publishDiagnostics"
                                                  and m["params"]["uri"] == large_uri), "hover or diagnostics")
                    if message.get("method") == "textDocument/publishDiagnostics":
                        diagnosed = time.monotonic() - opened
                        continue
                    answers.append(time.monotonic() - sent)
                    break
                time.sleep(0.05)
            session.request("shutdown", None)
            session.send("exit", None, request=False)
            session.process.wait(timeout=60)
            return diagnosed, answers, baseline
        finally:
            if session.process.poll() is None:
                session.process.kill()
    finally:
        shutil.rmtree(project, ignore_errors=True)


def main():
    root = os.path.abspath(sys.argv[1])
    sizes = [int(a) for a in sys.argv[2:]] or [5000, 20000, 40000, 115000]
    print("      N | diagnostiek groot | hover op klein ernaast: n  mediaan  traagst | hover zonder groot: mediaan")
    for n in sizes:
        diagnosed, answers, baseline = measure(root, n)
        print("%7d | %15.2f s | %22d %6.0f ms %6.0f ms | %24.0f ms" % (
            n, diagnosed, len(answers), statistics.median(answers) * 1000, max(answers) * 1000,
            statistics.median(baseline) * 1000))
    return 0


if __name__ == "__main__":
    sys.exit(main())
