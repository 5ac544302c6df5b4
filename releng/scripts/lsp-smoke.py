#!/usr/bin/env python3
"""Smoke test of the real product process: `./bondgenoot lsp` in a temporary workspace.

Speaks LSP over the process's stdin/stdout (standard library only): initialize -> initialized ->
didOpen of an agenda next to a model file -> waits for publishDiagnostics with a rule finding and a
link error -> a broken message (answered with an error, the server goes on) -> messages with a missing,
negative, non-numeric and too small Content-Length (skipped, the next request answered) -> completion ->
shutdown -> exit. Every byte on stdout must be a framed JSON-RPC message;
the process must end by itself with exit code 0. Exits 1 with a clear reason otherwise.

Usage: lsp-smoke.py [ROOT]   (ROOT = the repository, default: two folders above this script)
"""
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time

TIMEOUT = 120  # seconds for the whole conversation (a cold product start takes a few seconds)

AGENDA = """maatschappelijke agenda "Zelfredzaam Zwolle"
  proceseigenaar "Gemeente Zwolle"
  effect Zelfredzaamheid "Meer inwoners zijn zelfredzaam"

veranderagenda
  opgave MultiprobleemGezinnen
    vraagstuk meervoudig
    volgt uit Zelfredzaamheid
    coalitie
      lid Travers
      lid "Onbekende Partij"
"""
LINE_OPGAVE = 5
LINE_LID = 9


class Failure(Exception):
    pass


def read_messages(stream, out):
    """Reads framed JSON-RPC messages; anything else on stdout is a failure of its own."""
    try:
        while True:
            headers = {}
            while True:
                line = stream.readline()
                if not line:
                    out.put(("eof", None))
                    return
                if line in (b"\r\n", b"\n"):
                    break
                if b":" not in line:
                    out.put(("garbage", line))
                    return
                name, value = line.decode("ascii", "replace").split(":", 1)
                headers[name.strip().lower()] = value.strip()
            if "content-length" not in headers:
                out.put(("garbage", repr(headers).encode()))
                return
            body = stream.read(int(headers["content-length"]))
            try:
                out.put(("message", json.loads(body.decode("utf-8"))))
            except ValueError:
                out.put(("garbage", body))
                return
    except Exception as e:  # noqa: BLE001 - reported to the main thread
        out.put(("garbage", str(e).encode()))


class Session:
    def __init__(self, command, cwd):
        self.process = subprocess.Popen(command, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE)
        self.inbox = queue.Queue()
        self.stderr = []
        self.deadline = time.monotonic() + TIMEOUT
        self.next_id = 1
        threading.Thread(target=read_messages, args=(self.process.stdout, self.inbox), daemon=True).start()
        threading.Thread(target=self._drain_stderr, daemon=True).start()

    def _drain_stderr(self):
        for line in self.process.stderr:
            self.stderr.append(line.decode("utf-8", "replace"))

    def send(self, method, params, request=True):
        message = {"jsonrpc": "2.0", "method": method, "params": params}
        if request:
            message["id"] = self.next_id
            self.next_id += 1
        body = json.dumps(message).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()
        return message.get("id")

    def receive(self, wanted, what):
        """The first message for which wanted(message) holds; server requests are answered with null."""
        while True:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise Failure("geen antwoord binnen %d s: %s" % (TIMEOUT, what))
            try:
                kind, payload = self.inbox.get(timeout=left)
            except queue.Empty:
                raise Failure("geen antwoord binnen %d s: %s" % (TIMEOUT, what))
            if kind == "eof":
                raise Failure("de server stopte voordat kwam: %s" % what)
            if kind == "garbage":
                raise Failure("stdout bevat iets anders dan JSON-RPC: %r" % payload[:300])
            if "method" in payload and "id" in payload:  # a request from the server (e.g. registerCapability)
                self._answer(payload["id"])
                continue
            if wanted(payload):
                return payload

    def send_broken(self, request_id):
        """A framed message whose JSON is cut off, as a crashing editor might send."""
        body = b'{"jsonrpc":"2.0","id":%d,"method":"textDocument/hover","params":{' % request_id
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def send_badly_framed(self, header):
        """A message whose Content-Length header is missing or wrong: the server must not go deaf."""
        body = b'{"jsonrpc":"2.0","id":998,"method":"textDocument/documentSymbol","params":{}}'
        self.process.stdin.write(header + b"\r\n\r\n" + body)
        self.process.stdin.flush()

    def _answer(self, request_id):
        body = json.dumps({"jsonrpc": "2.0", "id": request_id, "result": None}).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def request(self, method, params):
        request_id = self.send(method, params)
        answer = self.receive(lambda m: m.get("id") == request_id and "method" not in m, method)
        if "error" in answer:
            raise Failure("%s gaf een fout: %s" % (method, answer["error"]))
        return answer.get("result")


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", ".."))
    workspace = tempfile.mkdtemp(prefix="bondgenoot-lsp-")
    session = None
    try:
        shutil.copy(os.path.join(root, "examples", "skelet", "kamperpoort-kern.bondgenoot"), workspace)
        agenda = os.path.join(workspace, "wijk.agenda")
        with open(agenda, "w", encoding="utf-8") as f:
            f.write(AGENDA)
        uri = "file://" + agenda
        started = time.monotonic()
        session = Session([os.path.join(root, "bondgenoot"), "lsp"], workspace)

        init = session.request("initialize", {"processId": os.getpid(), "rootUri": "file://" + workspace,
                                              "workspaceFolders": [{"uri": "file://" + workspace, "name": "wijk"}],
                                              "capabilities": {}})
        if not init or "capabilities" not in init:
            raise Failure("initialize gaf geen capabilities: %r" % init)
        ready = time.monotonic() - started
        session.send("initialized", {}, request=False)
        session.send("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "agenda", "version": 1,
                                                               "text": AGENDA}}, request=False)

        def has_findings(m):
            if m.get("method") != "textDocument/publishDiagnostics" or m["params"]["uri"] != uri:
                return False
            codes = {d.get("code") for d in m["params"]["diagnostics"]}
            return "4R-8" in codes
        diagnostics = session.receive(has_findings, "publishDiagnostics met regel 4R-8")["params"]["diagnostics"]
        finding = next(d for d in diagnostics if d.get("code") == "4R-8")
        if finding["range"]["start"]["line"] != LINE_OPGAVE or "noemt geen kapitaalgoederen" not in finding["message"]:
            raise Failure("4R-8 staat niet op de opgave (regel %d): %r" % (LINE_OPGAVE + 1, finding))
        if not any(d["message"].startswith("onbekende actor 'Onbekende Partij'") for d in diagnostics):
            raise Failure("geen Nederlandse linkfout voor de onbekende actor: %r" % [d["message"] for d in diagnostics])

        # A broken message is answered with an error; the server keeps serving.
        session.send_broken(999)
        broken = session.receive(lambda m: m.get("id") == 999, "foutantwoord op een kapot bericht")
        if "error" not in broken:
            raise Failure("een kapot bericht kreeg geen foutantwoord: %r" % broken)

        # A message with a missing, negative, non-numeric or too small Content-Length is skipped (said on
        # standard error) and the server answers the next request.
        for header in (b"Content-Type: application/vscode-jsonrpc", b"Content-Length: -3", b"Content-Length: veel",
                       b"Content-Length: 7"):
            session.send_badly_framed(header)
            symbols = session.request("textDocument/documentSymbol", {"textDocument": {"uri": uri}})
            if not symbols:
                raise Failure("na een bericht met '%s' antwoordt de server niet meer zinvol" % header.decode())
        said = time.monotonic() + 5
        while not any(line.startswith("bondgenoot lsp: ") for line in session.stderr) and time.monotonic() < said:
            time.sleep(0.05)
        if not any(line.startswith("bondgenoot lsp: ") for line in session.stderr):
            raise Failure("een verkeerd omlijst bericht wordt niet op standaardfout gemeld")

        completion = session.request("textDocument/completion", {"textDocument": {"uri": uri},
                                                                 "position": {"line": LINE_LID, "character": 10}})
        items = completion.get("items", []) if isinstance(completion, dict) else (completion or [])
        labels = {item["label"] for item in items}
        if not {"Gemeente Zwolle", "De Kern"} <= labels:
            raise Failure("completion na 'lid ' mist actoren uit het model: %r" % sorted(labels))
        gemeente = next(item for item in items if item["label"] == "Gemeente Zwolle")
        inserted = (gemeente.get("textEdit") or {}).get("newText") or gemeente.get("insertText") or gemeente["label"]
        if inserted != '"Gemeente Zwolle"':
            raise Failure("een naam met een spatie wordt niet tussen aanhalingstekens ingevoegd: %r" % inserted)

        session.request("shutdown", None)
        session.send("exit", None, request=False)
        try:
            code = session.process.wait(timeout=max(1, session.deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            raise Failure("de server stopte niet na 'exit'")
        if code != 0:
            raise Failure("afsluitcode %d na shutdown en exit" % code)
        leftovers = []
        while not session.inbox.empty():
            kind, payload = session.inbox.get()
            if kind == "garbage":
                leftovers.append(payload)
        if leftovers:
            raise Failure("stdout bevat iets anders dan JSON-RPC: %r" % leftovers[0][:300])
        print("LSP-rooktest geslaagd: initialize na %.1f s, %d diagnostics (o.a. %s), %d voorstellen na 'lid ', "
              "afsluitcode 0" % (ready, len(diagnostics), finding["message"][:60] + "...", len(labels)))
        return 0
    except Failure as failure:
        print("LSP-rooktest mislukt: %s" % failure, file=sys.stderr)
        if session is not None:
            time.sleep(0.2)
            if session.stderr:
                print("stderr van de server (laatste regels):\n" + "".join(session.stderr[-20:]), file=sys.stderr)
        return 1
    finally:
        if session is not None and session.process.poll() is None:
            session.process.kill()
        shutil.rmtree(workspace, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
