"""The checkers from npm (package.json): found in node_modules/, installed there with npm when missing.

Without npm or Java they are skipped with the reason, unless REQUIRE_BROWSER=1 (CI), where that is a failure.
"""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
NODE_MODULES = PROJECT / "node_modules"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_SCRIPT = NODE_MODULES / "axe-core" / "axe.min.js"
LIGHTHOUSE = NODE_MODULES / "lighthouse" / "cli" / "index.js"


def unavailable(reason):
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (required: REQUIRE_BROWSER=1)")
    pytest.skip(reason)


def npm_file(path):
    """A file of an npm package in node_modules/, after `npm ci` if it is not there yet."""
    if not path.exists():
        npm = shutil.which("npm")
        if npm is None:
            unavailable(
                f"{path.relative_to(PROJECT)} is missing and npm is not installed (make test installs it)"
            )
        # --ignore-scripts: vnu-jar's install script would try to download a JDK; Debian's Java is used.
        result = subprocess.run(
            [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund"],
            cwd=PROJECT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if result.returncode != 0 or not path.exists():
            unavailable(f"npm ci could not install {path.relative_to(PROJECT)}: {result.stderr[-500:]}")
    return path


def node():
    executable = shutil.which("node")
    if executable is None:
        unavailable("Node is not installed: Lighthouse cannot run (make test installs npm, and Node with it)")
    return executable


def java():
    executable = shutil.which("java")
    if executable is None:
        unavailable("Java is not installed: the Nu HTML Checker cannot run (make test installs it)")
    return executable
