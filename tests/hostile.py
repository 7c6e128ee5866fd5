"""Install the hostile test plugins (tests/hostile/) through the entry-point group, as pip would.

`install(folder)` writes a dist-info naming them into `folder`; with `folder` and tests/hostile
on sys.path (in-process) or PYTHONPATH (subprocesses, including `-j` workers), the registry
finds them exactly as it finds an installed plugin.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HOSTILE = Path(__file__).resolve().parent / "hostile"
PLUGINS = {
    "crashy": "Crashy", "sleepy": "Sleepy", "liar": "Liar", "quitter": "Quitter",
    "id": "Impostor", "typed": "Typed",
}


def install(folder: Path, names: tuple[str, ...] = tuple(PLUGINS)) -> None:
    dist_info = folder / "hostile_plugins-0.0.1.dist-info"
    dist_info.mkdir(exist_ok=True)
    (dist_info / "METADATA").write_text("Metadata-Version: 2.1\nName: hostile-plugins\nVersion: 0.0.1\n")
    lines = "".join(f"{name} = hostile_plugins:{PLUGINS[name]}\n" for name in names)
    (dist_info / "entry_points.txt").write_text(f"[article_annotator.annotators]\n{lines}")


def environment(folder: Path) -> dict[str, str]:
    """The environment of a subprocess that sees the plugins installed in `folder`."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(folder), str(HOSTILE), env.get("PYTHONPATH", "")])
    return env


def annotate_command() -> str:
    return str(Path(sys.executable).parent / "annotate")
