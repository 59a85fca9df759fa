"""Retake the README screenshots of the Prefect UI with headless Chromium (Debian `chromium`).

Needs `make ui` running and at least one finished nightly run. Writes docs/img/ui-deployment.png
(the nightly deployment and its schedule), ui-custom-run.png (its Custom run form with the
parameters' descriptions), ui-flow-run.png (the latest completed nightly run) and
ui-report.png (that run's `nightly-report` artifact). Needs only the standard library and
websockets (a Prefect dependency): `make screenshot`.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--remote-debugging-port=0",
]
MAX_BYTES = 300_000  # README pictures stay small


class ScreenshotError(RuntimeError):
    pass


def api(base: str, path: str, body: dict | None = None):
    """POST (with body) or GET one Prefect REST endpoint and return its JSON."""
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(f"{base}/api{path}", data=data,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=15) as r:
        return json.loads(r.read())


def find_targets(base: str) -> dict[str, tuple]:
    """The pages to shoot: {name: (url path, text the rendered page must contain[, height])}."""
    try:
        api(base, "/health")
    except OSError as exc:
        raise ScreenshotError(f"No Prefect server at {base} ({exc}). Start it with `make ui`.") from None
    deployments = api(base, "/deployments/filter", {"deployments": {"name": {"any_": ["nightly"]}},
                                                    "flows": {"name": {"any_": ["nightly"]}}})
    if not deployments:
        raise ScreenshotError("No nightly deployment on the server: run `make ui` (it deploys prefect.yaml).")
    deployment = deployments[0]
    runs = api(base, "/flow_runs/filter", {
        "deployments": {"id": {"any_": [deployment["id"]]}},
        "flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}},
        "sort": "END_TIME_DESC", "limit": 1})
    if not runs:
        raise ScreenshotError(
            "The nightly deployment has no completed run yet. Trigger one and wait for it:\n"
            f"  PREFECT_API_URL={base}/api .venv/bin/prefect deployment run 'nightly/nightly'")
    run = runs[0]
    artifacts = api(base, "/artifacts/filter", {"artifacts": {
        "key": {"any_": ["nightly-report"]}, "flow_run_id": {"any_": [run["id"]]}}, "limit": 1})
    if not artifacts:
        raise ScreenshotError(f"Run {run['name']} has no nightly-report artifact.")
    return {
        "ui-deployment": (f"/deployments/deployment/{deployment['id']}", "every day"),
        "ui-custom-run": (f"/deployments/deployment/{deployment['id']}/run", "today in SHOPCOPY_TIMEZONE"),
        "ui-flow-run": (f"/runs/flow-run/{run['id']}", run["name"]),
        # Tall enough to show the report's charts, not only its first tables.
        "ui-report": (f"/artifacts/artifact/{artifacts[0]['id']}", "shopcopy nightly", 2200),
    }


class Browser:
    """Headless Chromium driven over the DevTools protocol (websockets ships with Prefect).

    `chromium --screenshot` shoots at a fixed virtual time; the Prefect UI keeps fetching and
    polling, so such shots caught half-loaded, dimmed pages. Here we wait until the page shows
    the text we expect and its text has stopped changing, then shoot."""

    def __init__(self, binary: str, width: int, height: int):
        self.binary, self.width, self.height = binary, width, height

    def __enter__(self) -> Browser:
        from websockets.sync.client import connect

        # A new empty profile: no cached state from an earlier UI version or run.
        self._profile = tempfile.TemporaryDirectory(prefix="shopcopy-chromium-")
        self._proc = subprocess.Popen(
            [self.binary, *CHROMIUM_FLAGS, f"--user-data-dir={self._profile.name}",
             f"--window-size={self.width},{self.height}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            port = self._devtools_port(Path(self._profile.name) / "DevToolsActivePort")
            req = urllib.request.Request(f"http://127.0.0.1:{port}/json/new?about:blank", method="PUT")
            with urllib.request.urlopen(req, timeout=10) as r:
                self._ws = connect(json.loads(r.read())["webSocketDebuggerUrl"], max_size=None)
        except BaseException:
            self._close_process()
            raise
        self._id = 0
        self.send("Emulation.setDeviceMetricsOverride", width=self.width, height=self.height,
                  deviceScaleFactor=1, mobile=False)
        return self

    def __exit__(self, *exc) -> None:
        self._ws.close()
        self._close_process()

    def _close_process(self) -> None:
        self._proc.terminate()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
        self._profile.cleanup()

    def _devtools_port(self, port_file: Path, timeout: float = 30) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if port_file.exists() and port_file.read_text().strip():
                return int(port_file.read_text().split()[0])
            if self._proc.poll() is not None:
                raise ScreenshotError(f"chromium exited with code {self._proc.returncode}")
            time.sleep(0.2)
        raise ScreenshotError("chromium did not open its DevTools port")

    def send(self, method: str, **params) -> dict:
        self._id += 1
        self._ws.send(json.dumps({"id": self._id, "method": method, "params": params}))
        while True:  # events arrive in between; we only want our answer
            message = json.loads(self._ws.recv(timeout=60))
            if message.get("id") == self._id:
                if "error" in message:
                    raise ScreenshotError(f"{method}: {message['error']}")
                return message["result"]

    def page_text(self) -> str:
        result = self.send("Runtime.evaluate", expression="document.body ? document.body.innerText : ''",
                           returnByValue=True)
        return result["result"].get("value") or ""

    def shoot(self, url: str, expect: str, out: Path, timeout: float = 60, settle: float = 3,
              height: int | None = None) -> int:
        """Open `url`, wait until it shows `expect` and its text is stable for `settle` s, save a PNG."""
        self.send("Emulation.setDeviceMetricsOverride", width=self.width, height=height or self.height,
                  deviceScaleFactor=1, mobile=False)
        self.send("Page.navigate", url=url)
        deadline, last, stable_since = time.monotonic() + timeout, None, time.monotonic()
        while time.monotonic() < deadline:
            text = self.page_text()
            if text != last:
                last, stable_since = text, time.monotonic()
            elif expect in text and time.monotonic() - stable_since >= settle:
                png = self.send("Page.captureScreenshot", format="png")["data"]
                out.write_bytes(base64.b64decode(png))
                return out.stat().st_size
            time.sleep(0.5)
        raise ScreenshotError(f"{url} did not settle showing {expect!r} within {timeout:.0f}s")


def main(argv: list[str] | None = None) -> int:
    port = os.environ.get("SHOPCOPY_UI_PORT", "4200")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=f"http://127.0.0.1:{port}", help="Prefect UI address")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img", help="folder for the PNGs")
    parser.add_argument("--size", default="1400,900", help="window size WIDTH,HEIGHT")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    args = parser.parse_args(argv)
    if not shutil.which(args.chromium):
        print("chromium not found: `sudo apt-get install -y chromium` (make screenshot does it).")
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    width, height = (int(v) for v in args.size.split(","))
    base = args.url.rstrip("/")
    try:
        targets = find_targets(base)
        with Browser(args.chromium, width, height) as browser:
            for name, (path, expect, *height) in targets.items():
                out = args.out / f"{name}.png"
                size = browser.shoot(base + path, expect, out, height=height[0] if height else None)
                note = "" if size <= MAX_BYTES else f"  (over {MAX_BYTES // 1000} KB: try a smaller --size)"
                print(f"{out}: {size // 1000} KB{note}")
    except ScreenshotError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
