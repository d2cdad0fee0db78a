"""An old site's photos, taken from a folder on disk (never the network) into our photo library, once each."""

import re
import unicodedata
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction

from ..images import check_image
from ..models import Photo

UPLOADS_MARK = "/wp-content/uploads/"
# WordPress cuts "tap-huan.jpg" into "tap-huan-300x200.jpg"…, and since 5.3 shrinks a big upload to
# "tap-huan-scaled.jpg", keeping the original beside it.
DERIVED_NAME = re.compile(r"^(?P<stem>.+?)-(?:\d+x\d+|scaled)(?P<extension>\.[A-Za-z0-9]+)$")


class MediaFolder:
    """A folder of files referred to by relative paths; nothing outside it is ever opened."""

    def __init__(self, root):
        self.root = Path(root).resolve()

    def find(self, relative):
        """The file at `relative`, trying both Unicode forms of Vietnamese names (macOS copies use NFD)."""
        parts = PurePosixPath(relative).parts
        # The export comes from outside: an address climbing out of the folder is never followed.
        if not parts or parts[0] == "/" or ".." in parts:
            return None
        for form in ("NFC", "NFD"):
            candidate = self.root.joinpath(*(unicodedata.normalize(form, part) for part in parts))
            if candidate.is_file():
                return candidate
        return None

    def exists(self, relative):
        return self.find(relative) is not None


def uploads_path(url):
    """'https://old.vn/wp-content/uploads/2019/05/l%E1%BB%85.jpg?w=300' -> '2019/05/lễ.jpg', or None."""
    path = unquote(urlsplit(url.strip()).path)
    if UPLOADS_MARK not in path:
        return None
    return unicodedata.normalize("NFC", path.split(UPLOADS_MARK, 1)[1]).strip("/") or None


def original_of(folder, relative):
    """The file a resized or scaled copy was cut from when the folder has it, else the copy itself."""
    directory, _, name = relative.rpartition("/")
    match = DERIVED_NAME.match(name)
    if match:
        stem, extension = match["stem"], match["extension"]
    else:
        stem, dot, extension = name.rpartition(".")
        if not dot:
            return relative
        extension = f".{extension}"
    for candidate in (f"{stem}-scaled{extension}", f"{stem}{extension}", name):
        path = f"{directory}/{candidate}" if directory else candidate
        if folder.exists(path):
            return path
    return relative


class PhotoLibrary:
    """A folder's files as library photos: checked like an editor's upload, stored once, reused after."""

    def __init__(self, folder, *, key_prefix, report, dry_run=False):
        self.folder = folder
        self.key_prefix = key_prefix
        self.report = report
        self.dry_run = dry_run
        self.found = {}  # relative path -> Photo, or None when it is missing or refused

    def get(self, relative, *, alt, label):
        """The library photo for the file at `relative`, stored if new; None (and reported) if unusable."""
        if relative not in self.found:
            self.found[relative] = self._load(relative, alt, label)
        return self.found[relative]

    def _load(self, relative, alt, label):
        key = f"{self.key_prefix}{relative}"
        existing = Photo.objects.imported_as(key).first()
        if existing:
            return existing
        path = self.folder.find(relative) if self.folder else None
        if path is None:
            self.report.missing(relative, "không có trong thư mục ảnh", label)
            return None
        with path.open("rb") as handle:
            file = File(handle, name=path.name)
            try:
                check_image(file)
            except ValidationError as error:
                self.report.missing(relative, " ".join(error.messages), label)
                return None
            self.report.media_copied += 1
            if self.dry_run:
                return Photo(import_key=key, alt_text=alt[:255])
            with transaction.atomic():
                return Photo.objects.create(image=file, alt_text=alt[:255], import_key=key)
