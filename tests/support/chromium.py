"""The real browser the tests and benchmarks drive: Debian's Chromium, launched by Playwright.

Playwright's own browser download is never used (it needs the internet); the package
chromium-headless-shell (or chromium) gives a real Chromium of the same version.
"""

from __future__ import annotations

import shutil

# The old headless shell loads a page with half the CPU time of the full browser's headless mode.
CHROMIUM = (
    shutil.which("chromium-headless-shell") or shutil.which("chromium") or "/usr/bin/chromium"
)
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    # Nothing leaves the machine: any other host fails to resolve (and is reported).
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]


def launch(playwright):
    """A headless Chromium of this machine, from a started `sync_playwright()`."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
