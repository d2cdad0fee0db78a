"""How many generated phone photos the upload check refuses, and how long one upload's work takes.

    python bench/photos.py [--photos 20] [--repeat 3]

Makes `--photos` noisy 4000×3000 JPEGs of 1 to 8 MB (each from its own noise, with EXIF, GPS, XMP and a
comment, as tests/realistic_photos.py makes them), runs each through articles.images.check_image, then times
what an 8 MB upload costs: the check, the cleaned original and the renditions (no database, no storage), in
wall-clock and CPU seconds (on a shared machine the first can be several times the second).
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bulletin_site.settings")

import django

django.setup()

from django.core.exceptions import ValidationError  # noqa: E402
from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402

from articles.images import check_image, clean_original, make_renditions  # noqa: E402
from tests.realistic_photos import camera_jpeg, forget  # noqa: E402

SIZES_MB = (1, 2, 3, 4, 5, 6, 7, 8)


def refused(data):
    try:
        check_image(SimpleUploadedFile("anh.jpg", data))
    except ValidationError:
        return True
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--photos", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    count = 0
    megabytes = 0.0
    for seed in range(args.photos):
        data = camera_jpeg(SIZES_MB[seed % len(SIZES_MB)], seed=seed)
        megabytes += len(data) / 1e6
        count += refused(data)
        forget()  # one photo in memory at a time
    if args.photos:
        print(f"refused {count} of {args.photos} phone photos ({megabytes / args.photos:.1f} MB on average)")

    data = camera_jpeg(8)
    upload = SimpleUploadedFile("anh.jpg", data)
    for _ in range(args.repeat):
        started, cpu = time.perf_counter(), time.process_time()
        try:
            check_image(upload)
        except ValidationError:
            print("the 8 MB photo is refused")
        checked = time.perf_counter()
        cleaned, _extension, _size = clean_original(upload)
        make_renditions(cleaned)
        done = time.perf_counter()
        print(
            f"{len(data) / 1e6:.1f} MB upload: check {checked - started:.2f} s, "
            f"clean and renditions {done - checked:.2f} s, total {done - started:.2f} s "
            f"({time.process_time() - cpu:.2f} s of CPU)"
        )


if __name__ == "__main__":
    main()
