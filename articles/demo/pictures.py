"""Deterministic placeholder illustrations for the demo articles."""

import io
import random

from PIL import Image, ImageDraw, ImageFilter

RGB = tuple[int, int, int]
SKIES = [  # (zenith, horizon): day, sunset, dawn, haze, dusk
    ((96, 160, 230), (214, 236, 250)),
    ((250, 140, 90), (255, 222, 160)),
    ((70, 110, 190), (250, 200, 170)),
    ((120, 190, 220), (235, 245, 235)),
    ((40, 60, 120), (230, 130, 110)),
]
WALLS = [(235, 220, 190), (250, 240, 225), (225, 200, 170), (240, 225, 150)]


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def _band(draw: ImageDraw.ImageDraw, w: int, y0: int, y1: int, a: RGB, b: RGB) -> None:
    for y in range(y0, y1):
        draw.line([(0, y), (w, y)], fill=_mix(a, b, (y - y0) / (y1 - y0)))


def make_picture(seed: int, width: int = 1200, height: int = 800) -> bytes:
    """Return a JPEG landscape (sky, hills, town or hall, trees, water) for a seed."""
    rnd = random.Random(seed)
    top, low = rnd.choice(SKIES)
    green = (rnd.randint(40, 110), rnd.randint(120, 170), rnd.randint(60, 110))
    img = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(img)
    hz = int(height * rnd.uniform(0.55, 0.7))  # horizon line
    _band(draw, width, 0, hz, top, low)
    r, sx, sy = height // rnd.randint(9, 16), rnd.randint(80, width - 80), hz // 4
    draw.ellipse([sx - r, sy - r, sx + r, sy + r], fill=_mix(low, (255, 250, 210), 0.7))
    step = width // 8
    for layer in range(3):  # hills, far to near
        base = hz - int(height * (0.22 - 0.07 * layer))
        pts = [(x, base + rnd.randint(-height // 14, height // 14)) for x in range(0, width + step, step)]
        fill = _mix(_mix(green, low, 0.6), green, layer / 2)
        draw.polygon([(0, hz), *pts, (width, hz)], fill=fill)
    img = img.filter(ImageFilter.GaussianBlur(2))
    draw = ImageDraw.Draw(img)
    _band(draw, width, hz, height, _mix(green, (90, 70, 40), 0.3), (40, 70, 30))
    if rnd.random() < 0.5:  # a river in front of the bank, with ripples
        shore = hz + rnd.randint(40, 90)
        _band(draw, width, shore, height, _mix((60, 120, 180), top, 0.2), (30, 70, 130))
        for _ in range(40):
            x, y = rnd.randint(0, width), rnd.randint(shore + 5, height)
            draw.line([(x, y), (x + rnd.randint(20, 80), y)], fill=(160, 200, 230))
    if rnd.random() < 0.5:  # meeting hall with a red flag
        w, h = width // 3, height // 5
        x0 = rnd.randint(width // 10, width - w - width // 10)
        px, roof = x0 + w // 2, hz - 3 * h // 2
        draw.rectangle([x0, hz - h, x0 + w, hz], fill=(238, 226, 196))
        draw.polygon([(x0 - 20, hz - h), (px, roof), (x0 + w + 20, hz - h)], fill=(170, 60, 45))
        for cx in range(x0 + w // 10, x0 + w, w // 5):
            draw.rectangle([cx, hz - h + 20, cx + w // 14, hz], fill=(205, 190, 160))
        draw.line([(px, roof), (px, hz - 2 * h)], fill=(80, 80, 80), width=4)
        draw.rectangle([px, hz - 2 * h, px + h // 2, roof - h // 6], fill=(218, 37, 29))
    else:  # a row of town buildings with windows
        x = rnd.randint(-40, 0)
        while x < width:
            w, h, wall = (
                rnd.randint(60, 130),
                rnd.randint(height // 10, height // 4),
                rnd.choice(WALLS),
            )
            edge = _mix(wall, (0, 0, 0), 0.3)
            draw.rectangle([x, hz - h, x + w, hz], fill=wall, outline=edge)
            for wy in range(hz - h + 12, hz - 20, 28):
                draw.rectangle([x + 10, wy, x + w - 10, wy + 12], fill=(120, 150, 180))
            x += w + rnd.choice([0, 10, 20, 150, 250])
    for _ in range(rnd.randint(3, 9)):  # trees along the bank
        tx, ty, th = (
            rnd.randint(0, width),
            hz + rnd.randint(8, 36),
            rnd.randint(60, 130),
        )
        leaf = _mix(green, (20, 60, 20), rnd.random() * 0.6)
        draw.rectangle([tx - 5, ty - th // 2, tx + 5, ty], fill=(95, 65, 40))
        draw.ellipse([tx - th // 3, ty - th, tx + th // 3, ty - th // 3], fill=leaf)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=82)
    return buf.getvalue()
