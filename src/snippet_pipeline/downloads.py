"""The snippet files a reader can download from the site: each file as it is in the repository, and
one zip of all of `snippets/` that runs as it is.

Snippets import helper modules from the top of `snippets/` (e.g. `timeline`), which the project
installs. A reader who only unzips has no such install, so the zip also puts a copy of each helper
into every folder whose snippets import it: `python snippets/<chapter>/<name>.py` then works as on
the pages. `snippets/README.md` (in the zip too) says how to run them.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from mkdocs.structure.files import File

from .project import Project

FOLDER = "downloads"
ZIP_NAME = "python-concurrency-snippets.zip"
_FIXED_TIME = (2024, 1, 1, 0, 0, 0)  # the same bytes from every build of the same files


def reader_files(root: Path) -> list[Path]:
    """What a reader gets of `snippets/`: the programs, their helpers and the README."""
    folder = root / "snippets"
    found = [*folder.rglob("*.py"), folder / "README.md"]
    return sorted(
        path
        for path in found
        if path.is_file()
        and not any(part.startswith((".", "__")) for part in path.relative_to(folder).parts)
    )


def helper_copies(project: Project) -> dict[str, Path]:
    """Zip entry -> helper module, for each folder whose snippets import a helper from elsewhere."""
    copies: dict[str, Path] = {}
    for snippet in project.all_snippets():
        for module in snippet.local_modules:
            if module.parent != snippet.path.parent:
                target = snippet.path.parent / module.name
                if not target.exists():
                    copies[target.relative_to(project.root).as_posix()] = module
    return copies


def zip_bytes(project: Project) -> bytes:
    """All reader files under `snippets/`, and the helper copies, in a zip with fixed timestamps."""
    files = reader_files(project.root)
    entries = {path.relative_to(project.root).as_posix(): path for path in files} | helper_copies(
        project
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        for name in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            bundle.writestr(info, entries[name].read_bytes())
    return buffer.getvalue()


def site_files(project: Project, config) -> list[File]:
    """The downloads as files of the site: each reader file at downloads/snippets/..., and the zip.
    Pages can link them (the strict build checks those links) and `mkdocs serve` serves them."""
    found = [
        File.generated(
            config, f"{FOLDER}/{path.relative_to(project.root).as_posix()}", abs_src_path=str(path)
        )
        for path in reader_files(project.root)
        if path.suffix == ".py"  # the README is in the zip: as a .md file here it would be a page
    ]
    found.append(File.generated(config, f"{FOLDER}/{ZIP_NAME}", content=zip_bytes(project)))
    return found
