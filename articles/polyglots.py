"""Finds markup hidden in an image file: in its metadata, or after the image's own end.

Only the parts of a file that hold text are read (JPEG APPn and COM segments, PNG text chunks, GIF extensions,
WebP metadata chunks, whatever follows the image). Compressed image data is never scanned: a camera's entropy-
coded bytes spell "<a " and "on…=" by chance about once a megabyte, and no reader ever gets them anyway, since
every upload is decoded and re-encoded.
"""

import re
import struct

# What turns a file into a page a browser or a server could run; no camera or editor writes these.
MARKUP = re.compile(
    rb"<\s*((script|html|body|iframe|svg|object|embed|meta|style|form|link|base)\b|a\s|img\s|!doctype|\?php)"
    rb"|javascript:|\bon\w+\s*=",
    re.IGNORECASE,
)
# In entropy-coded JPEG data a marker is 0xFF followed by anything but 0x00 (a stuffed 0xFF), a restart
# marker (0xD0–0xD7) or another 0xFF (fill).
NEXT_MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")
EMBEDDED_JPEG = re.compile(rb"\xff\xd8\xff")
# Phones append a motion photo's video after the JPEG: an ISO media file, optionally after Samsung's marker.
VIDEO_AFTER_JPEG = re.compile(rb"(MotionPhoto_Data)?....ftyp", re.DOTALL)
PADDING = re.compile(rb"[\x00\xff]*\Z")


class Malformed(ValueError):
    """The file's structure is not what its format says."""


def has_hidden_markup(data, image_format, info):
    """True if the text-bearing parts of `data` hold markup, or if something but a JPEG goes on after its
    end. `info` is Pillow's decoded metadata (PNG's compressed text chunks, a HEIF's EXIF and XMP)."""
    try:
        texts, tail = READERS[image_format](data, info)
    except (Malformed, IndexError, struct.error):
        return True
    texts.append(tail)
    return any(MARKUP.search(_without_embedded_jpegs(text)) for text in texts)


def _jpeg(data, info):
    """Every frame's metadata (an MPO holds several JPEGs one after another), then what follows the last."""
    texts, end = _jpeg_texts(data, 0)
    while True:
        start = end
        while data[start : start + 1] == b"\x00":  # padding before the next picture
            start += 1
        if data[start : start + 3] == b"\xff\xd8\xff":
            more, end = _jpeg_texts(data, start)
            texts += more
            continue
        if PADDING.match(data, end) or VIDEO_AFTER_JPEG.match(data, end):
            return texts, b""
        return texts, data[end:]


def _jpeg_texts(data, position):
    """([APPn and COM payloads, bytes between segments], end of image) of the JPEG starting at `position`."""
    if data[position : position + 2] != b"\xff\xd8":
        raise Malformed("no SOI")
    position += 2
    texts = []
    while True:
        if data[position] != 0xFF:  # stray bytes between segments: not image data, so read them
            found = data.find(b"\xff", position)
            if found < 0:
                raise Malformed("no marker")
            texts.append(data[position:found])
            position = found
        while data[position + 1] == 0xFF:  # fill bytes
            position += 1
        marker = data[position + 1]
        if marker == 0xD9:  # EOI
            return texts, position + 2
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # standalone markers
            position += 2
            continue
        (length,) = struct.unpack_from(">H", data, position + 2)
        if length < 2 or position + 2 + length > len(data):
            raise Malformed("segment past the end")
        if 0xE0 <= marker <= 0xEF or marker == 0xFE:
            texts.append(data[position + 4 : position + 2 + length])
        position += 2 + length
        if marker == 0xDA:  # SOS: entropy-coded data up to the next marker
            found = NEXT_MARKER.search(data, position)
            if found is None:
                return texts, len(data)
            position = found.start()


def _without_embedded_jpegs(text):
    """`text` with any JPEG inside it (an EXIF thumbnail, a maker's preview) reduced to its own metadata."""
    found = EMBEDDED_JPEG.search(text)
    if found is None:
        return text
    try:
        inner, end = _jpeg_texts(text, found.start())
    except (Malformed, IndexError, struct.error):
        return text
    return text[: found.start()] + b"\n".join(inner) + b"\n" + _without_embedded_jpegs(text[end:])


def _png(data, info):
    # zTXt, iTXt and iCCP are compressed: read them as Pillow decoded them, from `info`.
    texts, position = _info_texts(info), 8
    while position + 8 <= len(data):
        length, kind = struct.unpack_from(">I4s", data, position)
        if kind not in (b"IDAT", b"fdAT", b"zTXt", b"iTXt", b"iCCP"):
            texts.append(data[position + 8 : position + 8 + length])
        position += 12 + length
        if kind == b"IEND":
            return texts, _nothing_after(data, position)
    raise Malformed("no IEND")


def _gif(data, info):
    texts, position = [], 13
    if data[10] & 0x80:  # global colour table
        position += 3 << ((data[10] & 7) + 1)
    while position < len(data):
        block = data[position]
        if block == 0x3B:  # trailer
            return texts, _nothing_after(data, position + 1)
        if block == 0x2C:  # image: descriptor, optional local colour table, LZW code size, then sub-blocks
            flags = data[position + 9]
            position += 10 + ((3 << ((flags & 7) + 1)) if flags & 0x80 else 0) + 1
            text = None
        elif block == 0x21:  # extension (comment, application, plain text): label, then sub-blocks
            position += 2
            text = bytearray()
        else:
            raise Malformed("unknown GIF block")
        while data[position]:
            if text is not None:
                text += data[position + 1 : position + 1 + data[position]]
            position += data[position] + 1
        position += 1
        if text is not None:
            texts.append(bytes(text))
    raise Malformed("no trailer")


def _webp(data, info):
    texts, position = [], 12
    end = struct.unpack_from("<I", data, 4)[0] + 8
    while position + 8 <= min(end, len(data)):
        kind, length = struct.unpack_from("<4sI", data, position)
        if kind not in (b"VP8 ", b"VP8L", b"ALPH", b"ANMF"):
            texts.append(data[position + 8 : position + 8 + length])
        position += 8 + length + (length & 1)
    return texts, _nothing_after(data, end)


def _heif(data, info):
    """HEIF's boxes hold compressed data and metadata alike: read the metadata as the decoder found it, and
    make sure the boxes end where the file does."""
    position = 0
    while position + 8 <= len(data):
        (size,) = struct.unpack_from(">I", data, position)
        if size == 1:
            (size,) = struct.unpack_from(">Q", data, position + 8)
        elif size == 0:
            size = len(data) - position
        if size < 8:
            raise Malformed("bad box")
        position += size
    return _info_texts(info), _nothing_after(data, position)


def _nothing_after(data, end):
    """Only a JPEG may carry something after its end (a phone's video, maker data); no other format may."""
    if end < len(data):
        raise Malformed("data after the end")
    return b""


def _info_texts(info):
    return [v.encode() if isinstance(v, str) else v for v in info.values() if isinstance(v, str | bytes)]


READERS = {"JPEG": _jpeg, "MPO": _jpeg, "PNG": _png, "GIF": _gif, "WEBP": _webp, "HEIF": _heif}
