"""Original illustrations for the demo content, drawn with Pillow.

Everything is procedural: flat shapes, gentle gradients and translucent layers, drawn at a
larger scale and downsampled with LANCZOS for smooth edges. No fonts and no text. Output is
deterministic: the same arguments always give byte-identical PNG bytes.

- ``portrait_png``: a head-and-shoulders portrait for a person page.
- ``teaser_png``: an abstract 16:9 image for an article card.
- ``illustration_png``: a simple scene for use inside an article body.
"""

import functools
import io
import math
import random
from typing import NamedTuple

from PIL import Image, ImageChops, ImageDraw

HAIR_STYLES = ("short", "long", "bun", "bald", "curly")
MOTIFS = ("waves", "circles", "columns", "grid", "paths", "dawn", "pages", "shield", "arches")
ILLUSTRATIONS = ("courthouse", "documents", "hands", "path", "city", "hospital", "road", "library")

_PORTRAIT_SCALE = 3  # supersampling factor for portraits
_SCENE_SCALE = 2  # supersampling factor for the larger teasers and illustrations
_WHITE = (255, 255, 255)
_BLACK = (0, 0, 0)


# --- Colours -------------------------------------------------------------------------------


def _rgb(colour):
    """Parse "#rrggbb" (or "#rgb") into an (r, g, b) tuple."""
    value = colour.strip().lstrip("#")
    if len(value) == 3:
        value = "".join(char * 2 for char in value)
    if len(value) != 6:
        raise ValueError(f"Not a #rrggbb colour: {colour!r}")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


def _mix(a, b, t):
    """Blend colour a towards colour b by t (0..1)."""
    return tuple(round(x + (y - x) * t) for x, y in zip(a[:3], b[:3], strict=True))


def _light(colour, t):
    """Tint a colour towards white."""
    return _mix(colour, _WHITE, t)


def _dark(colour, t):
    """Shade a colour towards black."""
    return _mix(colour, _BLACK, t)


def _rgba(colour, alpha=1.0):
    """An RGBA fill from an RGB colour and an opacity between 0 and 1."""
    return (*colour[:3], round(255 * alpha))


# --- Remembering what was drawn ------------------------------------------------------------


def _remembered(draw):
    """Drawing one image takes a few tenths of a second and the output depends only
    on the arguments, so each is drawn once per process: the tests load the demo
    content many times in one process."""
    drawn = {}

    @functools.wraps(draw)
    def remembered(*args, **kwargs):
        key = repr((args, sorted(kwargs.items())))  # palettes are lists: not hashable
        if key not in drawn:
            drawn[key] = draw(*args, **kwargs)
        return drawn[key]

    return remembered


# --- Canvas helpers ------------------------------------------------------------------------


def _gradient(width, height, top, bottom):
    """An opaque RGBA canvas with a vertical gradient from top to bottom."""
    column = Image.new("RGBA", (1, height))
    span = max(height - 1, 1)
    column.putdata([_rgba(_mix(top, bottom, y / span)) for y in range(height)])
    return column.resize((width, height), Image.Resampling.NEAREST)


def _layer(size):
    """A fully transparent layer to draw translucent shapes on."""
    return Image.new("RGBA", size, (0, 0, 0, 0))


def _composite(img, layer, opacity=1.0):
    """Alpha-composite a layer onto img, optionally fading the whole layer."""
    if opacity < 1.0:
        layer = layer.copy()
        layer.putalpha(layer.getchannel("A").point(lambda a: round(a * opacity)))
    img.alpha_composite(layer)


def _paste_sprite(img, sprite, centre, angle=0.0, shadow=None):
    """Rotate a sprite about its centre and composite it centred on `centre`.

    `shadow` is an optional (dx, dy, opacity) for a flat, offset drop shadow.
    """
    if angle:
        sprite = sprite.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    x = round(centre[0] - sprite.width / 2)
    y = round(centre[1] - sprite.height / 2)
    if shadow:
        dx, dy, opacity = shadow
        shade = Image.new("RGBA", sprite.size, (30, 30, 40, 0))
        shade.putalpha(sprite.getchannel("A").point(lambda a: round(a * opacity)))
        _composite_at(img, shade, x + round(dx), y + round(dy))
    _composite_at(img, sprite, x, y)


def _composite_at(img, sprite, x, y):
    """alpha_composite at (x, y), allowing the sprite to hang off any edge."""
    sx, sy = max(0, -x), max(0, -y)
    if sx >= sprite.width or sy >= sprite.height or x >= img.width or y >= img.height:
        return
    img.alpha_composite(sprite, dest=(max(x, 0), max(y, 0)), source=(sx, sy))


def _mask(size):
    """A blank mask and a drawing context for it."""
    mask = Image.new("L", size, 0)
    return mask, ImageDraw.Draw(mask)


def _to_png(img, size):
    """Downsample to the final size and encode as PNG bytes."""
    if img.size != size:
        img = img.resize(size, Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    # The fastest compression: the site serves renditions, never these originals,
    # and level 6 took four times as long for files a fifth smaller.
    img.convert("RGB").save(buf, format="PNG", compress_level=1)
    return buf.getvalue()


# --- Geometry ------------------------------------------------------------------------------


def _bezier(p0, p1, p2, p3, steps=48):
    """Points along a cubic Bezier curve."""
    points = []
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
        points.append(
            (
                a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
            )
        )
    return points


def _wave(width, base, harmonics, steps=160):
    """Points along a smooth horizontal wave: harmonics are (amplitude, cycles, phase)."""
    points = []
    for i in range(steps + 1):
        x = width * i / steps
        y = base + sum(
            amp * math.sin(2 * math.pi * cycles * i / steps + phase)
            for amp, cycles, phase in harmonics
        )
        points.append((x, y))
    return points


def _wave_band(width, height, base, harmonics):
    """A closed polygon: a wave on top, filled down to the bottom edge."""
    return [*_wave(width, base, harmonics), (width, height + 2), (0, height + 2)]


def _circle(cx, cy, r):
    """Bounding box of a circle."""
    return (cx - r, cy - r, cx + r, cy + r)


def _capsule(p0, p1, radius, steps=16):
    """Outline of a stroke with rounded ends, from p0 to p1."""
    angle = math.atan2(p1[1] - p0[1], p1[0] - p0[0])
    points = []
    for (x, y), start in ((p1, angle - math.pi / 2), (p0, angle + math.pi / 2)):
        for i in range(steps + 1):
            a = start + math.pi * i / steps
            points.append((x + radius * math.cos(a), y + radius * math.sin(a)))
    return points


def _shield_points(cx, top, width, height):
    """Outline of a heater shield: gently dipped top, straight sides, curved to a point."""
    half = width / 2
    dip = height * 0.035
    shoulder = top + height * 0.42
    bottom = top + height
    points = [
        (cx - half + width * i / 24, top + dip * math.sin(math.pi * i / 24)) for i in range(25)
    ]
    points += _bezier(
        (cx + half, shoulder),
        (cx + half, top + height * 0.72),
        (cx + half * 0.55, top + height * 0.9),
        (cx, bottom),
    )
    points += _bezier(
        (cx, bottom),
        (cx - half * 0.55, top + height * 0.9),
        (cx - half, top + height * 0.72),
        (cx - half, shoulder),
    )
    return points


# --- Portraits -----------------------------------------------------------------------------


class _Face(NamedTuple):
    """Where the face sits, in fractions of the canvas side, and the hair's parting side."""

    cx: float
    cy: float
    rx: float
    ry: float
    side: int

    @property
    def top(self):
        return self.cy - self.ry


class _Sketch:
    """A square, supersampled canvas addressed in fractions of its side."""

    def __init__(self, img):
        self.img = img
        self.draw = ImageDraw.Draw(img)
        self.side = img.width

    def box(self, x0, y0, x1, y1):
        """A bounding box in pixels."""
        return (x0 * self.side, y0 * self.side, x1 * self.side, y1 * self.side)

    def circle(self, cx, cy, r):
        """The bounding box of a circle, in pixels."""
        return self.box(*_circle(cx, cy, r))

    def pts(self, points):
        """A list of points in pixels."""
        return [(x * self.side, y * self.side) for x, y in points]

    def fill_mask(self, colour, mask):
        """Fill the pixels selected by an "L" mask with a solid colour."""
        self.img.paste(_rgba(colour), (0, 0, self.side, self.side), mask)


@_remembered
def portrait_png(
    seed: str,
    skin: str,
    hair: str,
    hair_style: str,
    clothing: str,
    background: str,
    size: int = 600,
) -> bytes:
    """A square, flat editorial head-and-shoulders portrait, as PNG bytes.

    `seed` adds small, stable variations (face shape, parting side, smile). Colours are
    "#rrggbb"; `hair_style` is one of HAIR_STYLES (ValueError otherwise).
    """
    if hair_style not in HAIR_STYLES:
        raise ValueError(f"Unknown hair style: {hair_style!r}")
    rng = random.Random(f"portrait:{seed}")  # noqa: S311 (artwork, not security)
    skin_c, hair_c, cloth_c, bg_c = (_rgb(c) for c in (skin, hair, clothing, background))
    side = size * _PORTRAIT_SCALE
    sketch = _Sketch(_gradient(side, side, _light(bg_c, 0.14), _dark(bg_c, 0.07)))
    face = _Face(
        cx=0.5,
        cy=0.44 + rng.uniform(-0.004, 0.004),
        rx=0.146 + rng.uniform(-0.007, 0.007),
        ry=0.186 + rng.uniform(-0.005, 0.005),
        side=rng.choice((-1, 1)),
    )

    # A soft disc behind the head, for depth.
    halo = _layer(sketch.img.size)
    ImageDraw.Draw(halo).ellipse(sketch.circle(0.5, 0.47, 0.36), fill=_rgba(_light(bg_c, 0.3)))
    _composite(sketch.img, halo, 0.45)

    if hair_style == "long":  # falls behind the shoulders
        sketch.draw.rounded_rectangle(
            sketch.box(face.cx - face.rx * 1.3, face.top - 0.02, face.cx + face.rx * 1.3, 0.86),
            radius=0.15 * side,
            fill=_dark(hair_c, 0.08),
        )
    _portrait_body(sketch, face, skin_c, cloth_c)
    _portrait_hair_back(sketch, face, hair_style, hair_c, rng)
    _portrait_head(sketch, face, hair_style, skin_c)
    if hair_style != "bald":
        _portrait_hair_front(sketch, face, hair_style, hair_c)
    _portrait_features(sketch, face, hair_style, skin_c, hair_c, rng)
    return _to_png(sketch.img, (size, size))


def _portrait_body(sketch, face, skin_c, cloth_c):
    """Shoulders in a jacket with lapels, a light shirt collar V and the neck."""
    cx, draw = face.cx, sketch.draw
    left = _bezier((cx - 0.07, 0.705), (cx - 0.27, 0.715), (cx - 0.39, 0.76), (cx - 0.42, 1.02))
    right = [(2 * cx - x, y) for x, y in left]
    draw.polygon(sketch.pts(left[::-1] + right), fill=cloth_c)
    for sign in (-1, 1):
        lapel = [(0.095, 0.712), (0.004, 0.93), (0.085, 0.86), (0.14, 0.75)]
        draw.polygon(
            sketch.pts([(cx + sign * dx, y) for dx, y in lapel]), fill=_dark(cloth_c, 0.14)
        )
    shirt_c = _mix(_light(cloth_c, 0.86), (250, 250, 247), 0.5)
    draw.polygon(sketch.pts([(cx - 0.085, 0.70), (cx + 0.085, 0.70), (cx, 0.905)]), fill=shirt_c)

    neck_c = _dark(skin_c, 0.1)
    draw.rectangle(sketch.box(cx - 0.062, face.cy + 0.08, cx + 0.062, 0.735), fill=neck_c)
    draw.polygon(sketch.pts([(cx - 0.062, 0.72), (cx + 0.062, 0.72), (cx, 0.8)]), fill=neck_c)
    for sign in (-1, 1):
        collar = [(0.058, 0.692), (0.006, 0.805), (0.052, 0.812), (0.1, 0.728)]
        draw.polygon(
            sketch.pts([(cx + sign * dx, y) for dx, y in collar]),
            fill=shirt_c,
            outline=_dark(shirt_c, 0.12),
            width=max(1, sketch.side // 400),
        )


def _portrait_hair_back(sketch, face, hair_style, hair_c, rng):
    """The hair's silhouette behind the head."""
    cx, cy, rx, top, draw = face.cx, face.cy, face.rx, face.top, sketch.draw
    if hair_style == "short":
        draw.ellipse(sketch.box(cx - rx * 1.07, top - 0.032, cx + rx * 1.07, cy + 0.03), hair_c)
        bump = cx + face.side * rx * 0.18
        draw.ellipse(
            sketch.box(bump - rx * 0.92, top - 0.046, bump + rx * 0.92, top + 0.07), hair_c
        )
    elif hair_style == "long":
        draw.ellipse(sketch.box(cx - rx * 1.16, top - 0.035, cx + rx * 1.16, cy + 0.12), hair_c)
    elif hair_style == "bun":
        draw.ellipse(sketch.circle(cx, top - 0.028, 0.062), _dark(hair_c, 0.08))
        draw.ellipse(sketch.box(cx - rx * 1.04, top - 0.016, cx + rx * 1.04, cy + 0.02), hair_c)
    elif hair_style == "curly":
        draw.ellipse(sketch.box(cx - rx * 1.12, top - 0.04, cx + rx * 1.12, cy + 0.08), hair_c)
        count = 22
        for k in range(count):
            angle = math.radians(150 + 240 * k / (count - 1))
            x = cx + rx * 1.02 * math.cos(angle)
            y = cy - 0.02 + face.ry * 0.96 * math.sin(angle)
            draw.ellipse(sketch.circle(x, y, 0.046 + rng.uniform(0, 0.014)), hair_c)


def _portrait_head(sketch, face, hair_style, skin_c):
    """Ears (unless long hair covers them) and the oval face."""
    for sign in (-1, 1) if hair_style != "long" else ():
        ex, ey = face.cx + sign * face.rx * 0.97, face.cy + 0.015
        sketch.draw.ellipse(
            sketch.box(ex - 0.024, ey - 0.038, ex + 0.024, ey + 0.038), _dark(skin_c, 0.05)
        )
        sketch.draw.ellipse(
            sketch.box(ex - 0.011, ey - 0.02, ex + 0.011, ey + 0.02), _dark(skin_c, 0.12)
        )
    sketch.draw.ellipse(_face_box(sketch, face), fill=skin_c)


def _face_box(sketch, face):
    return sketch.box(face.cx - face.rx, face.cy - face.ry, face.cx + face.rx, face.cy + face.ry)


def _portrait_hair_front(sketch, face, hair_style, hair_c):
    """Hair over the face: a hair region minus the exposed forehead, clipped to the face."""
    cx, cy, rx, ry, top = face.cx, face.cy, face.rx, face.ry, face.top
    size = sketch.img.size
    face_mask, face_draw = _mask(size)
    face_draw.ellipse(_face_box(sketch, face), fill=255)
    hair_mask, hair_draw = _mask(size)
    forehead, forehead_draw = _mask(size)
    if hair_style == "short":
        shift = face.side * 0.025  # a side parting sweeps the fringe across
        hair_draw.ellipse(sketch.box(cx - rx * 1.3, top - 0.1, cx + rx * 1.3, cy - 0.01), 255)
        forehead_draw.ellipse(
            sketch.box(cx - rx * 0.9 - shift, top + 0.07, cx + rx * 0.9 - shift, cy + ry * 1.2),
            255,
        )
    elif hair_style == "long":
        hair_draw.rectangle(sketch.box(0, 0, 1, 1), 255)
        forehead_draw.ellipse(
            sketch.box(cx - rx * 0.84, top + 0.06, cx + rx * 0.84, cy + ry * 1.45), 255
        )
    elif hair_style == "bun":
        hair_draw.ellipse(sketch.box(cx - rx * 1.3, top - 0.1, cx + rx * 1.3, cy - 0.03), 255)
        forehead_draw.ellipse(
            sketch.box(cx - rx * 0.94, top + 0.055, cx + rx * 0.94, cy + ry * 1.3), 255
        )
    else:  # curly: a scalloped hairline of small circles
        hair_draw.rectangle(sketch.box(0, 0, 1, top + 0.035), 255)
        for k in range(8):
            x = cx - rx * 0.95 + 2 * rx * 0.95 * k / 7
            y = top + 0.045 + 0.05 * ((x - cx) / rx) ** 2
            hair_draw.ellipse(sketch.circle(x, y, 0.034), 255)
    hair_mask = ImageChops.multiply(ImageChops.subtract(hair_mask, forehead), face_mask)
    sketch.fill_mask(hair_c, hair_mask)

    if hair_style == "curly":  # a few soft highlights on the curls
        shine = _layer(size)
        shine_draw = ImageDraw.Draw(shine)
        for k in range(9):
            angle = math.radians(200 + 140 * k / 8)
            x = cx + rx * 0.98 * math.cos(angle)
            y = cy - 0.02 + ry * 0.94 * math.sin(angle)
            shine_draw.arc(
                sketch.circle(x, y, 0.03),
                200,
                300,
                fill=_rgba(_light(hair_c, 0.25)),
                width=max(1, sketch.side // 300),
            )
        _composite(sketch.img, shine, 0.6)


def _portrait_features(sketch, face, hair_style, skin_c, hair_c, rng):
    """Faint brows, small dark eyes, a hint of a nose, a soft smile and a little blush."""
    cx, cy, draw = face.cx, face.cy, sketch.draw
    line = max(2, round(0.0075 * sketch.side))
    eye_y = cy + 0.012
    eye_dx = 0.054 + rng.uniform(-0.003, 0.003)
    brow_c = _dark(skin_c, 0.3) if hair_style == "bald" else _mix(hair_c, skin_c, 0.3)
    for sign in (-1, 1):
        ex = cx + sign * eye_dx
        brow = sketch.box(ex - 0.028, eye_y - 0.045, ex + 0.028, eye_y - 0.005)
        draw.arc(brow, 215, 325, fill=brow_c, width=line)
        eye = sketch.box(ex - 0.0115, eye_y - 0.0135, ex + 0.0115, eye_y + 0.0135)
        draw.ellipse(eye, fill=(43, 40, 48))
    nose = sketch.box(cx - 0.017, cy + 0.04, cx + 0.017, cy + 0.072)
    draw.arc(nose, 30, 150, fill=_dark(skin_c, 0.2), width=max(2, round(0.005 * sketch.side)))
    smile = 0.042 + rng.uniform(-0.005, 0.005)
    mouth_c = _mix(_dark(skin_c, 0.42), (150, 60, 60), 0.25)
    mouth = sketch.box(cx - smile, cy + 0.07, cx + smile, cy + 0.122)
    draw.arc(mouth, 28, 152, fill=mouth_c, width=line)

    blush = _layer(sketch.img.size)
    blush_draw = ImageDraw.Draw(blush)
    for sign in (-1, 1):
        blush_draw.ellipse(sketch.circle(cx + sign * 0.085, cy + 0.068, 0.024), (232, 128, 118))
    _composite(sketch.img, blush, 0.12)


# --- Teasers -------------------------------------------------------------------------------


@_remembered
def teaser_png(
    seed: str, motif: str, palette: list[str], width: int = 1600, height: int = 900
) -> bytes:
    """An abstract, calm 16:9 card image, as PNG bytes.

    `palette` is three "#rrggbb" colours (background, mid, accent); `motif` is one of
    MOTIFS, and anything else falls back to "circles".
    """
    rng = random.Random(f"teaser:{seed}:{motif}")  # noqa: S311 (artwork, not security)
    bg, mid, accent = _palette(palette)
    w, h = width * _SCENE_SCALE, height * _SCENE_SCALE
    painter = _MOTIF_PAINTERS.get(motif, _motif_circles)
    img = painter(w, h, rng, bg, mid, accent)
    return _to_png(img, (width, height))


def _palette(palette):
    """Three RGB colours from the given list, padded with calm defaults."""
    colours = [_rgb(c) for c in list(palette)[:3]]
    defaults = [(236, 240, 243), (122, 146, 163), (201, 164, 94)]
    while len(colours) < 3:
        colours.append(defaults[len(colours)])
    return colours


def _motif_waves(w, h, rng, bg, mid, accent):
    """Layered, translucent sine bands under a pale sun."""
    img = _gradient(w, h, _light(bg, 0.25), bg)
    sun = _layer(img.size)
    ImageDraw.Draw(sun).ellipse(
        _circle(w * rng.uniform(0.62, 0.82), h * 0.27, h * 0.11), fill=_rgba(accent)
    )
    _composite(img, sun, 0.55)
    bands = 5
    for i in range(bands):
        t = i / (bands - 1)
        colour = _mix(_mix(bg, mid, 0.3), _dark(mid, 0.15), t)
        if i == 2:
            colour = _mix(colour, accent, 0.55)
        harmonics = [
            (h * rng.uniform(0.035, 0.06), rng.uniform(0.7, 1.4), rng.uniform(0, 2 * math.pi)),
            (h * rng.uniform(0.01, 0.02), rng.uniform(2.0, 3.0), rng.uniform(0, 2 * math.pi)),
        ]
        layer = _layer(img.size)
        ImageDraw.Draw(layer).polygon(
            _wave_band(w, h, h * (0.44 + 0.11 * i), harmonics), fill=_rgba(colour)
        )
        _composite(img, layer, 0.88)
    return img


def _motif_circles(w, h, rng, bg, mid, accent):
    """Overlapping translucent circles drifting along a gentle curve."""
    img = _gradient(w, h, _light(bg, 0.2), bg)
    colours = [mid, accent, _light(mid, 0.35), _dark(mid, 0.12), _light(accent, 0.3)]
    count = 8
    phase = rng.uniform(0, 2 * math.pi)
    for i in range(count):
        x = w * (0.08 + 0.84 * i / (count - 1)) + rng.uniform(-0.04, 0.04) * w
        y = h * (0.5 + 0.17 * math.sin(phase + i * 0.9)) + rng.uniform(-0.06, 0.06) * h
        r = h * rng.uniform(0.17, 0.36)
        layer = _layer(img.size)
        ImageDraw.Draw(layer).ellipse(_circle(x, y, r), fill=_rgba(colours[i % len(colours)]))
        _composite(img, layer, rng.uniform(0.32, 0.5))
    return img


def _portico(img, cx, base, width, height, stone, shade, wall):
    """A classical portico in flat shapes: steps, columns, entablature and pediment.

    `base` is the y of the bottom step and `height` the distance up to the pediment's apex.
    """
    draw = ImageDraw.Draw(img)
    left, right = cx - width / 2, cx + width / 2
    step_h = height * 0.045
    lip = max(2, round(step_h * 0.18))
    for k in range(3):
        grow = width * (0.07 - 0.022 * k)
        y0 = base - step_h * (k + 1)
        draw.rectangle(
            (left - grow, y0, right + grow, base - step_h * k), fill=_mix(stone, shade, 0.45)
        )
        draw.rectangle((left - grow, y0, right + grow, y0 + lip), fill=_light(stone, 0.3))
    floor = base - 3 * step_h
    capital_y = floor - height * 0.52
    cornice_y = capital_y - height * 0.1
    apex_y = cornice_y - height * 0.245

    # Back wall and door, seen between the columns.
    draw.rectangle((left + width * 0.03, capital_y, right - width * 0.03, floor), fill=wall)
    door_w = width * 0.1
    draw.rectangle(
        (cx - door_w / 2, floor - height * 0.34, cx + door_w / 2, floor), fill=_dark(wall, 0.3)
    )

    columns = 6
    col_w = width * 0.075
    first = left + width * 0.05 + col_w / 2
    gap = (width - width * 0.1 - col_w) / (columns - 1)
    flute = max(2, round(col_w * 0.05))
    for i in range(columns):
        x = first + i * gap
        draw.rectangle(
            (x - col_w * 0.62, floor - height * 0.035, x + col_w * 0.62, floor),
            fill=_mix(stone, shade, 0.25),
        )
        draw.rectangle((x - col_w / 2, capital_y, x + col_w / 2, floor), fill=stone)
        draw.rectangle((x + col_w * 0.18, capital_y, x + col_w / 2, floor), fill=shade)
        for offset in (-0.22, 0.0):
            fx = x + col_w * offset
            draw.line(
                (fx, capital_y + height * 0.05, fx, floor - height * 0.05),
                fill=_mix(stone, shade, 0.5),
                width=flute,
            )
        draw.rectangle(
            (x - col_w * 0.68, capital_y, x + col_w * 0.68, capital_y + height * 0.04),
            fill=_mix(stone, shade, 0.2),
        )

    # Entablature and pediment.
    draw.rectangle((left, cornice_y, right, capital_y), fill=stone)
    draw.rectangle(
        (left, capital_y - height * 0.03, right, capital_y), fill=_mix(stone, shade, 0.3)
    )
    draw.rectangle(
        (
            left - width * 0.02,
            cornice_y - height * 0.02,
            right + width * 0.02,
            cornice_y + height * 0.005,
        ),
        fill=_light(stone, 0.25),
    )
    overhang = width * 0.03
    draw.polygon(
        [
            (left - overhang, cornice_y - height * 0.02),
            (right + overhang, cornice_y - height * 0.02),
            (cx, apex_y),
        ],
        fill=_light(stone, 0.25),
    )
    inset = height * 0.035
    slope = (cornice_y - apex_y) / (width / 2 + overhang)
    inner_half = width / 2 + overhang - inset * 3.2
    draw.polygon(
        [
            (cx - inner_half, cornice_y - height * 0.02 - inset * 0.2),
            (cx + inner_half, cornice_y - height * 0.02 - inset * 0.2),
            (cx, cornice_y - height * 0.02 - inner_half * slope),
        ],
        fill=_mix(stone, shade, 0.35),
    )


def _motif_columns(w, h, rng, bg, mid, accent):
    """A simple classical portico on a plinth of steps."""
    img = _gradient(w, h, _light(bg, 0.3), _mix(bg, mid, 0.12))
    sun = _layer(img.size)
    ImageDraw.Draw(sun).ellipse(
        _circle(w * rng.choice((0.2, 0.8)), h * 0.3, h * 0.16), fill=_rgba(accent)
    )
    _composite(img, sun, 0.35)
    ground = _layer(img.size)
    ImageDraw.Draw(ground).rectangle((0, h * 0.88, w, h), fill=_rgba(_mix(bg, mid, 0.45)))
    _composite(img, ground)
    _portico(
        img,
        w * 0.5,
        h * 0.9,
        w * 0.46,
        h * 0.76,
        stone=_light(bg, 0.55),
        shade=_mix(_light(bg, 0.3), mid, 0.35),
        wall=_mix(mid, bg, 0.2),
    )
    return img


def _motif_grid(w, h, rng, bg, mid, accent):
    """A soft grid of rounded squares with a few highlighted."""
    img = _gradient(w, h, _light(bg, 0.2), bg)
    cols, rows = 14, 8
    cell = min(w / (cols + 1), h / (rows + 1))
    pad = cell * 0.14
    x0 = (w - cell * cols) / 2
    y0 = (h - cell * rows) / 2
    chosen = set(rng.sample(range(cols * rows), 11))
    accents = set(rng.sample(sorted(chosen), 3))
    layer = _layer(img.size)
    draw = ImageDraw.Draw(layer)
    fx, fy = rng.uniform(0.3, 0.7), rng.uniform(0.3, 0.7)
    for row in range(rows):
        for col in range(cols):
            index = row * cols + col
            dist = math.hypot(col / (cols - 1) - fx, (row / (rows - 1) - fy) * 0.6)
            if index in accents:
                fill = _rgba(accent, 0.9)
            elif index in chosen:
                fill = _rgba(mid, 0.75)
            else:
                fill = _rgba(_mix(bg, mid, 0.3), max(0.15, 0.6 - dist * 0.6))
            bx = x0 + col * cell
            by = y0 + row * cell
            draw.rounded_rectangle(
                (bx + pad, by + pad, bx + cell - pad, by + cell - pad), radius=cell * 0.2, fill=fill
            )
    _composite(img, layer)
    return img


def _perspective_path(vx, vy, start_x, bottom, width, sway, phase, steps=120):
    """Polygon for a winding path that narrows from the bottom edge to a vanishing point."""
    left_edge, right_edge = [], []
    for i in range(steps + 1):
        s = (i / steps) ** 0.9 * 0.985
        scale = 1 - s
        y = vy + (bottom - vy) * scale
        x = vx + (start_x - vx) * scale + sway * math.sin(phase + s * 7) * scale
        half = width / 2 * scale
        left_edge.append((x - half, y))
        right_edge.append((x + half, y))
    return left_edge + right_edge[::-1]


def _motif_paths(w, h, rng, bg, mid, accent):
    """A few winding paths converging towards a point on the horizon."""
    horizon = h * 0.38
    img = _gradient(w, h, _light(bg, 0.35), _mix(_light(bg, 0.2), accent, 0.15))
    ground = _gradient(w, h - round(horizon), _mix(bg, mid, 0.35), _mix(bg, mid, 0.6))
    img.alpha_composite(ground, dest=(0, round(horizon)))
    hills = _layer(img.size)
    ImageDraw.Draw(hills).polygon(
        _wave_band(
            w,
            h,
            horizon - h * 0.02,
            [(h * 0.025, 1.3, rng.uniform(0, 6)), (h * 0.01, 3.1, rng.uniform(0, 6))],
        ),
        fill=_rgba(_mix(bg, mid, 0.45)),
    )
    ImageDraw.Draw(hills).rectangle((0, horizon + h * 0.02, w, h), fill=(0, 0, 0, 0))
    _composite(img, hills)
    vx = w * rng.uniform(0.42, 0.58)
    furrows = _layer(img.size)
    furrow_draw = ImageDraw.Draw(furrows)
    for i in range(-8, 9):
        furrow_draw.line(
            (vx, horizon, vx + i * w * 0.16, h),
            fill=_rgba(_light(mid, 0.4)),
            width=max(2, h // 500),
        )
    _composite(img, furrows, 0.35)
    starts = [-0.12, 0.28, 0.72, 1.12]
    colours = [_light(accent, 0.45), _light(bg, 0.6), _light(accent, 0.25), _light(bg, 0.5)]
    for start, colour in zip(starts, colours, strict=True):
        layer = _layer(img.size)
        ImageDraw.Draw(layer).polygon(
            _perspective_path(
                vx,
                horizon,
                w * start,
                h * 1.02,
                w * 0.1,
                w * rng.uniform(0.05, 0.1),
                rng.uniform(0, 6),
            ),
            fill=_rgba(colour),
        )
        _composite(img, layer, 0.9)
    return img


def _motif_dawn(w, h, rng, bg, mid, accent):
    """A sun rising behind layered hills."""
    img = _gradient(w, h, _light(bg, 0.2), _mix(_light(accent, 0.6), bg, 0.3))
    sx, sy = w * rng.uniform(0.4, 0.6), h * 0.62
    for r, opacity in ((0.5, 0.12), (0.36, 0.16), (0.26, 0.22)):
        glow = _layer(img.size)
        ImageDraw.Draw(glow).ellipse(_circle(sx, sy, h * r), fill=_rgba(_light(accent, 0.5)))
        _composite(img, glow, opacity)
    ImageDraw.Draw(img).ellipse(_circle(sx, sy, h * 0.17), fill=_rgba(_light(accent, 0.15)))
    draw = ImageDraw.Draw(img)
    for i in range(4):
        t = i / 3
        colour = _mix(_mix(_light(mid, 0.55), bg, 0.25), _dark(mid, 0.18), t)
        harmonics = [
            (h * (0.05 - 0.008 * i), rng.uniform(0.5, 1.1), rng.uniform(0, 2 * math.pi)),
            (h * 0.015, rng.uniform(1.6, 2.6), rng.uniform(0, 2 * math.pi)),
        ]
        draw.polygon(_wave_band(w, h, h * (0.64 + 0.09 * i), harmonics), fill=_rgba(colour))
    return img


def _paper_sprite(width, height, paper, line, header=None, lines=True):
    """A sheet of paper with faint ruled lines (and an optional header block)."""
    sheet = _layer((round(width), round(height)))
    draw = ImageDraw.Draw(sheet)
    draw.rectangle((0, 0, width, height), fill=_rgba(paper))
    margin = width * 0.12
    y = height * 0.12
    if header:
        draw.rounded_rectangle(
            (margin, y, width * 0.6, y + height * 0.045), radius=height * 0.01, fill=_rgba(header)
        )
        y += height * 0.1
    if lines:
        thick = max(2, round(height * 0.008))
        index = 0
        while y < height * 0.86:
            end = width - margin if index % 5 != 4 else width * 0.55
            draw.rounded_rectangle((margin, y, end, y + thick), radius=thick / 2, fill=_rgba(line))
            y += height * 0.055
            index += 1
    fold = width * 0.12
    draw.polygon([(width - fold, 0), (width, fold), (width, 0)], fill=(0, 0, 0, 0))
    draw.polygon(
        [(width - fold, 0), (width - fold, fold), (width, fold)], fill=_rgba(_dark(paper, 0.08))
    )
    return sheet


def _motif_pages(w, h, rng, bg, mid, accent):
    """A stack of slightly rotated sheets of paper with faint lines."""
    img = _gradient(w, h, _light(bg, 0.2), _mix(bg, mid, 0.1))
    disc = _layer(img.size)
    ImageDraw.Draw(disc).ellipse(_circle(w * 0.5, h * 0.52, h * 0.48), fill=_rgba(mid))
    _composite(img, disc, 0.18)
    sheet_h = h * 0.68
    sheet_w = sheet_h / 1.414
    paper = _light(bg, 0.75)
    for i in range(5):
        last = i == 4
        sheet = _paper_sprite(
            sheet_w,
            sheet_h,
            _mix(paper, mid, 0.06 * (4 - i)),
            _mix(paper, mid, 0.28),
            header=_mix(accent, paper, 0.2) if last else None,
            lines=last,
        )
        angle = rng.uniform(-9, 9) if not last else rng.uniform(-3, 3)
        centre = (w * 0.5 + rng.uniform(-0.05, 0.05) * w, h * 0.52 + rng.uniform(-0.03, 0.03) * h)
        _paste_sprite(img, sheet, centre, angle, shadow=(h * 0.012, h * 0.016, 0.12))
    return img


def _motif_shield(w, h, rng, bg, mid, accent):
    """A simple shield emblem centred on a soft dotted pattern."""
    img = _gradient(w, h, _light(bg, 0.2), bg)
    dots = _layer(img.size)
    dot_draw = ImageDraw.Draw(dots)
    step = h / 14
    for row in range(-1, 16):
        for col in range(-1, round(w / step) + 2):
            x = col * step + (step / 2 if row % 2 else 0)
            y = row * step
            dist = math.hypot(x - w / 2, y - h / 2) / (w / 2)
            alpha = max(0.0, 0.55 - dist * 0.4)
            dot_draw.ellipse(_circle(x, y, step * 0.09), fill=_rgba(mid, alpha))
    _composite(img, dots)
    ring = _layer(img.size)
    ImageDraw.Draw(ring).ellipse(_circle(w / 2, h / 2, h * 0.42), fill=_rgba(_light(bg, 0.5)))
    _composite(img, ring, 0.7)

    cx, top, sw, sh = w / 2, h * 0.17, h * 0.5, h * 0.64
    shadow = _layer(img.size)
    ImageDraw.Draw(shadow).polygon(
        _shield_points(cx + h * 0.015, top + h * 0.02, sw, sh), fill=_rgba(_dark(mid, 0.4))
    )
    _composite(img, shadow, 0.18)
    draw = ImageDraw.Draw(img)
    draw.polygon(_shield_points(cx, top, sw, sh), fill=_rgba(mid))
    inset = h * 0.03
    inner = _shield_points(cx, top + inset, sw - inset * 2, sh - inset * 2.6)
    draw.polygon(inner, fill=_rgba(_light(mid, 0.75)))
    # A chevron band, clipped to the inner shield.
    band, band_draw = _mask(img.size)
    cy = top + sh * 0.56
    band_draw.polygon(
        [
            (cx - sw, cy + sw * 0.5),
            (cx, cy - sw * 0.25),
            (cx + sw, cy + sw * 0.5),
            (cx + sw, cy + sw * 0.5 + sh * 0.16),
            (cx, cy - sw * 0.25 + sh * 0.16),
            (cx - sw, cy + sw * 0.5 + sh * 0.16),
        ],
        fill=255,
    )
    clip, clip_draw = _mask(img.size)
    clip_draw.polygon(inner, fill=255)
    img.paste(_rgba(accent), (0, 0, w, h), ImageChops.multiply(band, clip))
    draw.ellipse(_circle(cx, top + sh * 0.3, sh * 0.06), fill=_rgba(mid))
    return img


def _motif_arches(w, h, rng, bg, mid, accent):
    """A row of arches along a wall, receding towards a vanishing point."""
    horizon = h * 0.5
    vx = w * rng.uniform(0.72, 0.82)
    img = _gradient(w, h, _light(bg, 0.3), _mix(_light(bg, 0.2), accent, 0.25))
    ground = _gradient(w, h - round(horizon), _mix(bg, mid, 0.3), _mix(bg, mid, 0.55))
    img.alpha_composite(ground, dest=(0, round(horizon)))
    _draw_arcade(
        img,
        vx,
        horizon,
        wall=_mix(mid, bg, 0.2),
        reveal=_dark(mid, 0.2),
        floor_line=_light(mid, 0.3),
    )
    return img


def _draw_arcade(img, vx, vy, wall, reveal, floor_line):
    """An arcaded wall on the left, drawn in one-point perspective.

    World units: the wall face is the plane x = -1, the ground is y = eye (y points down)
    and z is the distance from the viewer.
    """
    w, h = img.size
    focal = w * 0.5
    eye, wall_top, spring = 0.3, -0.24, 0.02
    half, pitch, depth = 0.11, 0.34, 0.06

    def project(x, y, z):
        return (vx + focal * x / z, vy + focal * y / z)

    lines = _layer(img.size)
    line_draw = ImageDraw.Draw(lines)
    for x in (-0.4, 0.2, 0.8, 1.4, 2.0):
        line_draw.line(
            (project(x, eye, 0.05), (vx, vy)), fill=_rgba(floor_line), width=max(2, h // 600)
        )
    _composite(img, lines, 0.5)

    near, far = focal / vx * 0.8, 30.0
    layer = _layer(img.size)
    ImageDraw.Draw(layer).polygon(
        [
            project(-1, wall_top, near),
            project(-1, wall_top, far),
            project(-1, eye, far),
            project(-1, eye, near),
        ],
        fill=_rgba(wall),
    )
    # Openings: the reveal shows where the front and back faces of an arch disagree.
    front, front_draw = _mask(img.size)
    back, back_draw = _mask(img.size)
    z = near + half * 0.6
    while z < far:
        for x, mask_draw in ((-1.0, front_draw), (-1.0 - depth, back_draw)):
            outline = [project(x, eye, z - half)]
            for i in range(33):
                angle = math.pi * i / 32
                outline.append(
                    project(x, spring - half * 1.2 * math.sin(angle), z - half * math.cos(angle))
                )
            outline.append(project(x, eye, z + half))
            mask_draw.polygon(outline, fill=255)
        z += pitch
    layer.paste(_rgba(reveal), (0, 0, w, h), front)
    hole = ImageChops.multiply(front, back)
    layer.putalpha(ImageChops.subtract(layer.getchannel("A"), hole))
    _composite(img, layer)
    ImageDraw.Draw(img).polygon(
        [
            project(-1.0, wall_top, near),
            project(-1.0, wall_top, far),
            project(-1.0, wall_top + 0.035, far),
            project(-1.0, wall_top + 0.035, near),
        ],
        fill=_rgba(_light(wall, 0.25)),
    )


_MOTIF_PAINTERS = {
    "waves": _motif_waves,
    "circles": _motif_circles,
    "columns": _motif_columns,
    "grid": _motif_grid,
    "paths": _motif_paths,
    "dawn": _motif_dawn,
    "pages": _motif_pages,
    "shield": _motif_shield,
    "arches": _motif_arches,
}


# --- Body illustrations --------------------------------------------------------------------


@_remembered
def illustration_png(name: str, width: int = 1600, height: int = 1000) -> bytes:
    """A simple flat scene for an article body, as PNG bytes.

    `name` is one of ILLUSTRATIONS; anything else raises ValueError.
    """
    painter = _SCENE_PAINTERS.get(name)
    if painter is None:
        raise ValueError(f"Unknown illustration: {name!r}")
    rng = random.Random(f"illustration:{name}")  # noqa: S311 (artwork, not security)
    img = painter(width * _SCENE_SCALE, height * _SCENE_SCALE, rng)
    return _to_png(img, (width, height))


def _tree(draw, x, ground, size, leaf, trunk):
    """A round flat tree standing on `ground`."""
    draw.rectangle((x - size * 0.06, ground - size * 0.9, x + size * 0.06, ground), fill=trunk)
    draw.ellipse(_circle(x, ground - size * 1.05, size * 0.45), fill=leaf)
    draw.ellipse(
        _circle(x - size * 0.12, ground - size * 1.15, size * 0.28), fill=_light(leaf, 0.1)
    )


def _cloud(img, x, y, size, colour, opacity=0.7):
    """A soft, flat cloud made of a pill and two bumps."""
    layer = _layer(img.size)
    draw = ImageDraw.Draw(layer)
    draw.rounded_rectangle(
        (x - size, y - size * 0.22, x + size, y + size * 0.22),
        radius=size * 0.22,
        fill=_rgba(colour),
    )
    draw.ellipse(_circle(x - size * 0.3, y - size * 0.22, size * 0.32), fill=_rgba(colour))
    draw.ellipse(_circle(x + size * 0.25, y - size * 0.2, size * 0.24), fill=_rgba(colour))
    _composite(img, layer, opacity)


def _scene_courthouse(w, h, rng):
    """A classical courthouse portico with steps, flanked by trees."""
    img = _gradient(w, h, (214, 226, 232), (238, 236, 228))
    _cloud(img, w * 0.16, h * 0.16, w * 0.09, _WHITE)
    _cloud(img, w * 0.84, h * 0.24, w * 0.07, _WHITE)
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, h * 0.84, w, h), fill=(176, 190, 164))
    draw.polygon(
        [(w * 0.42, h * 0.86), (w * 0.58, h * 0.86), (w * 0.66, h), (w * 0.34, h)],
        fill=(222, 214, 198),
    )
    _portico(
        img,
        w * 0.5,
        h * 0.87,
        w * 0.54,
        h * 0.74,
        stone=(241, 236, 226),
        shade=(205, 196, 182),
        wall=(150, 160, 168),
    )
    for x, size in ((0.1, 0.2), (0.19, 0.15), (0.9, 0.2), (0.81, 0.15)):
        _tree(draw, w * x, h * 0.86, h * size, (120, 146, 118), (110, 92, 78))
    return img


def _scene_documents(w, h, rng):
    """A desk seen from above with folders, papers, a pen, a mug and a plant."""
    desk = (196, 172, 142)
    img = _gradient(w, h, _light(desk, 0.06), _dark(desk, 0.04))
    grain = _layer(img.size)
    grain_draw = ImageDraw.Draw(grain)
    for _ in range(14):
        y = rng.uniform(0, h)
        grain_draw.line(
            _wave(w, y, [(h * 0.006, rng.uniform(0.5, 1.5), rng.uniform(0, 6))]),
            fill=_rgba(_dark(desk, 0.12)),
            width=max(2, h // 400),
        )
    _composite(img, grain, 0.35)
    shadow = (h * 0.012, h * 0.018, 0.16)

    for colour, centre, angle in (
        ((120, 142, 160), (0.3, 0.45), 8),
        ((226, 198, 140), (0.34, 0.52), -5),
    ):
        fw, fh = h * 0.62, h * 0.48
        folder = _layer((round(fw), round(fh)))
        fdraw = ImageDraw.Draw(folder)
        fdraw.rounded_rectangle(
            (fw * 0.05, 0, fw * 0.38, fh * 0.2), radius=fh * 0.04, fill=_rgba(_dark(colour, 0.06))
        )
        fdraw.rounded_rectangle((0, fh * 0.08, fw, fh), radius=fh * 0.03, fill=_rgba(colour))
        fdraw.rectangle((fw * 0.06, fh * 0.2, fw * 0.3, fh * 0.26), fill=_rgba(_light(colour, 0.5)))
        _paste_sprite(img, folder, (w * centre[0], h * centre[1]), angle, shadow)

    paper = (250, 248, 243)
    line = (205, 204, 200)
    for i, angle in enumerate((-7, 4)):
        sheet = _paper_sprite(
            h * 0.5, h * 0.7, paper, line, header=(120, 142, 160) if i else None, lines=bool(i)
        )
        _paste_sprite(img, sheet, (w * (0.64 + 0.03 * i), h * 0.48), angle, shadow)

    pen = _layer((round(h * 0.5), round(h * 0.04)))
    pdraw = ImageDraw.Draw(pen)
    pdraw.rounded_rectangle(
        (0, 0, pen.width, pen.height), radius=pen.height / 2, fill=_rgba((52, 66, 86))
    )
    pdraw.polygon(
        [(pen.width * 0.9, 0), (pen.width, pen.height / 2), (pen.width * 0.9, pen.height)],
        fill=_rgba((200, 170, 110)),
    )
    pdraw.rectangle(
        (pen.width * 0.12, 0, pen.width * 0.16, pen.height), fill=_rgba((200, 170, 110))
    )
    _paste_sprite(img, pen, (w * 0.56, h * 0.85), 18, shadow)

    draw = ImageDraw.Draw(img)
    mx, my, mr = w * 0.12, h * 0.82, h * 0.09
    shade = _layer(img.size)
    ImageDraw.Draw(shade).ellipse(_circle(mx + shadow[0], my + shadow[1], mr), fill=_rgba(_BLACK))
    _composite(img, shade, 0.14)
    draw.rounded_rectangle(
        (mx + mr * 0.7, my - mr * 0.22, mx + mr * 1.45, my + mr * 0.22),
        radius=mr * 0.2,
        fill=(236, 232, 224),
    )
    draw.ellipse(_circle(mx, my, mr), fill=(240, 236, 229))
    draw.ellipse(_circle(mx, my, mr * 0.78), fill=(118, 84, 62))
    draw.ellipse(_circle(mx - mr * 0.2, my - mr * 0.2, mr * 0.18), fill=(140, 104, 80))

    px, py = w * 0.9, h * 0.17
    draw.ellipse(_circle(px, py, h * 0.1), fill=(214, 204, 190))
    for k in range(7):
        angle = 2 * math.pi * k / 7 + 0.3
        lx, ly = px + math.cos(angle) * h * 0.07, py + math.sin(angle) * h * 0.07
        draw.ellipse(_circle(lx, ly, h * 0.05), fill=(112, 148, 116) if k % 2 else (96, 132, 102))
    draw.ellipse(_circle(px, py, h * 0.045), fill=(128, 162, 128))
    return img


def _hand_sprite(length, height, skin, sleeve, cuff):
    """A flat hand reaching to the right, with its sleeve, as a transparent sprite."""
    sprite = _layer((round(length), round(height * 2.2)))
    draw = ImageDraw.Draw(sprite)
    mid = sprite.height / 2
    draw.rounded_rectangle(
        (0, mid - height * 0.5, length * 0.55, mid + height * 0.5),
        radius=height * 0.12,
        fill=_rgba(sleeve),
    )
    draw.rounded_rectangle(
        (length * 0.47, mid - height * 0.52, length * 0.56, mid + height * 0.52),
        radius=height * 0.06,
        fill=_rgba(cuff),
    )
    shade = _dark(skin, 0.07)
    # Thumb first, so the palm overlaps its base.
    draw.polygon(
        _capsule(
            (length * 0.6, mid - height * 0.2), (length * 0.7, mid - height * 0.46), height * 0.11
        ),
        fill=_rgba(shade),
    )
    draw.rounded_rectangle(
        (length * 0.52, mid - height * 0.4, length * 0.74, mid + height * 0.4),
        radius=height * 0.3,
        fill=_rgba(skin),
    )
    finger_h = height * 0.2
    reach = (0.95, 1.0, 0.96, 0.88)
    for i in reversed(range(len(reach))):
        y = mid - height * 0.4 + i * finger_h
        draw.rounded_rectangle(
            (length * 0.62, y, length * reach[i], y + finger_h),
            radius=finger_h / 2,
            fill=_rgba(skin if i % 2 == 0 else shade),
        )
    return sprite


def _scene_hands(w, h, rng):
    """Two abstract hands reaching towards each other, with a soft glow between."""
    img = _gradient(w, h, (241, 233, 224), (229, 220, 210))
    for r, opacity in ((0.42, 0.35), (0.28, 0.45), (0.16, 0.6)):
        glow = _layer(img.size)
        ImageDraw.Draw(glow).ellipse(_circle(w * 0.5, h * 0.48, h * r), fill=_rgba(_WHITE))
        _composite(img, glow, opacity)
    length, height = w * 0.47, h * 0.3
    left = _hand_sprite(length, height, (232, 190, 160), (70, 90, 114), (236, 236, 232))
    right = _hand_sprite(length, height, (150, 104, 78), (112, 150, 140), (236, 236, 232))
    right = right.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    shadow = (h * 0.008, h * 0.016, 0.08)
    _paste_sprite(img, left, (length / 2 - w * 0.005, h * 0.44), -4, shadow)
    _paste_sprite(img, right, (w - length / 2 + w * 0.005, h * 0.56), -4, shadow)
    return img


def _scene_path(w, h, rng):
    """A footpath winding through fields towards the horizon."""
    horizon = h * 0.42
    img = _gradient(w, h, (208, 224, 230), (240, 234, 218))
    _cloud(img, w * 0.22, h * 0.15, w * 0.08, _WHITE)
    _cloud(img, w * 0.7, h * 0.1, w * 0.06, _WHITE, 0.6)
    draw = ImageDraw.Draw(img)
    draw.polygon(
        _wave_band(w, h, horizon - h * 0.03, [(h * 0.03, 1.2, 0.8), (h * 0.01, 3, 2)]),
        fill=(170, 186, 176),
    )
    vx = w * 0.56
    fields = [(168, 184, 132), (190, 196, 140), (150, 172, 124), (206, 196, 146), (160, 180, 138)]
    depths = [
        horizon,
        horizon + h * 0.03,
        horizon + h * 0.08,
        horizon + h * 0.17,
        horizon + h * 0.33,
        h * 1.5,
    ]
    draw.rectangle((0, horizon, w, h), fill=(160, 180, 146))  # distant, hazy fields
    for band in range(1, len(depths) - 1):
        y0, y1 = depths[band], depths[band + 1]
        t0, t1 = (y0 - horizon) / (h - horizon), (y1 - horizon) / (h - horizon)
        for i in range(-24, 25):
            xa, xb = vx + i * w * 0.9, vx + (i + 1) * w * 0.9
            colour = fields[(band * 3 + i) % len(fields)]
            draw.polygon(
                [
                    (vx + (xa - vx) * t0, y0),
                    (vx + (xb - vx) * t0, y0),
                    (vx + (xb - vx) * t1, y1),
                    (vx + (xa - vx) * t1, y1),
                ],
                fill=colour,
            )
    hedges = _layer(img.size)
    hedge_draw = ImageDraw.Draw(hedges)
    for y in depths[1:-1]:
        hedge_draw.line(
            _wave(w, y, [(h * 0.002, 2, 0)]),
            fill=_rgba((110, 132, 100)),
            width=max(2, round((y - horizon) / h * 14)),
        )
    _composite(img, hedges, 0.7)
    draw.polygon(
        _perspective_path(vx, horizon, w * 0.4, h * 1.02, w * 0.2, w * 0.06, 0.6),
        fill=(232, 218, 190),
    )
    for x, y, size in (
        (0.14, 0.6, 0.14),
        (0.82, 0.56, 0.1),
        (0.9, 0.7, 0.2),
        (0.36, 0.47, 0.05),
        (0.66, 0.46, 0.045),
    ):
        _tree(draw, w * x, h * y, h * size, (104, 134, 102), (108, 90, 74))
    return img


def _scene_city(w, h, rng):
    """A calm skyline: distant towers, then nearer buildings with window grids."""
    img = _gradient(w, h, (206, 219, 228), (240, 230, 214))
    _cloud(img, w * 0.75, h * 0.16, w * 0.08, _WHITE, 0.6)
    draw = ImageDraw.Draw(img)
    layers = [
        (0.62, (0.18, 0.5), (184, 198, 210), (200, 212, 222)),
        (0.78, (0.12, 0.38), (132, 150, 168), (168, 184, 198)),
        (0.92, (0.08, 0.3), (86, 102, 122), (226, 206, 150)),
    ]
    for ground, (lo, hi), colour, window in layers:
        x = -rng.uniform(0, w * 0.05)
        while x < w:
            bw = w * rng.uniform(0.05, 0.11)
            top = ground * h - h * rng.uniform(lo, hi)
            draw.rectangle((x, top, x + bw, h), fill=colour)
            if rng.random() < 0.25:
                draw.rectangle((x + bw * 0.3, top - h * 0.04, x + bw * 0.7, top), fill=colour)
            cols = max(2, round(bw / (w * 0.018)))
            cell = bw / cols
            size = cell * 0.5
            y = top + cell * 0.6
            while y + size < ground * h - h * 0.02:
                for c in range(cols):
                    lit = colour if ground < 0.7 else window
                    if ground > 0.9 and rng.random() < 0.55:
                        lit = _light(colour, 0.18)
                    elif ground < 0.9:
                        lit = _light(colour, 0.22)
                    wx = x + c * cell + (cell - size) / 2
                    draw.rectangle((wx, y, wx + size, y + size * 1.3), fill=lit)
                y += size * 2.1
            x += bw + w * rng.uniform(0.004, 0.02)
    draw.rectangle((0, h * 0.92, w, h), fill=(120, 134, 128))
    draw.rectangle((0, h * 0.92, w, h * 0.935), fill=(150, 162, 154))
    return img


def _scene_hospital(w, h, rng):
    """A modern hospital building with windows, an entrance canopy and a plain sign."""
    img = _gradient(w, h, (210, 226, 232), (238, 240, 234))
    _cloud(img, w * 0.18, h * 0.14, w * 0.08, _WHITE)
    draw = ImageDraw.Draw(img)
    ground = h * 0.84
    draw.rectangle((0, ground, w, h), fill=(172, 194, 164))
    wall, glass, trim = (240, 240, 236), (156, 184, 198), (206, 210, 206)

    def windows(x0, y0, x1, y1, cols, rows):
        cw, ch = (x1 - x0) / cols, (y1 - y0) / rows
        for r in range(rows):
            for c in range(cols):
                draw.rectangle(
                    (
                        x0 + c * cw + cw * 0.18,
                        y0 + r * ch + ch * 0.22,
                        x0 + (c + 1) * cw - cw * 0.18,
                        y0 + (r + 1) * ch - ch * 0.12,
                    ),
                    fill=glass,
                )

    draw.rectangle((w * 0.12, h * 0.4, w * 0.88, ground), fill=wall)
    draw.rectangle((w * 0.12, h * 0.4, w * 0.88, h * 0.42), fill=trim)
    windows(w * 0.13, h * 0.44, w * 0.36, ground - h * 0.04, 5, 4)
    windows(w * 0.64, h * 0.44, w * 0.87, ground - h * 0.04, 5, 4)
    draw.rectangle((w * 0.36, h * 0.18, w * 0.64, ground), fill=_light(wall, 0.3))
    draw.rectangle((w * 0.36, h * 0.18, w * 0.64, h * 0.2), fill=trim)
    windows(w * 0.38, h * 0.33, w * 0.62, h * 0.6, 5, 3)
    draw.rounded_rectangle(
        (w * 0.42, h * 0.23, w * 0.58, h * 0.3), radius=h * 0.015, fill=(78, 138, 140)
    )
    draw.rounded_rectangle(
        (w * 0.435, h * 0.245, w * 0.565, h * 0.285), radius=h * 0.01, fill=(104, 162, 162)
    )
    draw.rectangle((w * 0.43, h * 0.67, w * 0.57, ground), fill=(126, 160, 176))
    for k in range(1, 4):
        x = w * 0.43 + w * 0.14 * k / 4
        draw.line((x, h * 0.67, x, ground), fill=(104, 138, 154), width=max(2, h // 300))
    draw.rectangle((w * 0.38, h * 0.63, w * 0.62, h * 0.665), fill=(84, 98, 112))
    for x in (0.39, 0.61):
        draw.rectangle(
            (w * x - h * 0.006, h * 0.665, w * x + h * 0.006, ground), fill=(84, 98, 112)
        )
    draw.polygon(
        [(w * 0.44, ground), (w * 0.56, ground), (w * 0.62, h), (w * 0.38, h)], fill=(226, 222, 212)
    )
    for x, size in ((0.06, 0.2), (0.94, 0.2), (0.27, 0.1), (0.73, 0.1)):
        _tree(draw, w * x, ground + h * 0.02, h * size, (112, 148, 118), (108, 92, 78))
    return img


def _scene_road(w, h, rng):
    """A road in perspective with lane markings and a cycle lane on the left."""
    horizon = h * 0.44
    vx = w * 0.56
    img = _gradient(w, h, (206, 222, 230), (238, 234, 222))
    _cloud(img, w * 0.2, h * 0.14, w * 0.08, _WHITE)
    _cloud(img, w * 0.78, h * 0.2, w * 0.06, _WHITE, 0.55)
    draw = ImageDraw.Draw(img)
    draw.polygon(
        _wave_band(w, h, horizon - h * 0.04, [(h * 0.03, 1.1, 0.4), (h * 0.012, 3, 1)]),
        fill=(168, 186, 172),
    )
    draw.rectangle((0, horizon, w, h), fill=(170, 192, 150))
    focal, eye = w * 0.18, 1.6

    def project(x, z):
        return (vx + focal * x / z, horizon + focal * eye / z)

    def strip(x0, x1, z0, z1, colour):
        draw.polygon(
            [project(x0, z0), project(x1, z0), project(x1, z1), project(x0, z1)], fill=colour
        )

    near, far = focal * eye / (h - horizon) * 0.8, 4000
    strip(-6.6, 6.6, near, far, (214, 206, 190))  # pavement verge
    strip(-5.2, 3.7, near, far, (124, 130, 136))  # carriageway
    strip(-5.2, -3.7, near, far, (154, 110, 92))  # cycle lane
    strip(-3.75, -3.6, near, far, (246, 244, 236))  # cycle lane line
    strip(3.5, 3.62, near, far, (246, 244, 236))  # edge line
    z = 1.0
    while z < 400:
        strip(-0.1, 0.1, z, z + 2.5, (246, 244, 236))
        z += 6
    for z in range(102, 5, -8):  # far to near, so nearer trees overlap
        for x in (-10.0, 9.5):
            base = project(x, z)
            _tree(draw, base[0], base[1], focal * 3.2 / z, (108, 140, 108), (108, 92, 78))
    return img


def _scene_library(w, h, rng):
    """Wooden shelves filled with book spines, a few leaning, with a plant."""
    img = _gradient(w, h, (236, 228, 214), (226, 216, 200))
    draw = ImageDraw.Draw(img)
    wood, wood_dark = (142, 110, 84), (112, 86, 66)
    books = [
        (92, 118, 140),
        (160, 96, 86),
        (206, 172, 112),
        (96, 128, 110),
        (64, 80, 102),
        (216, 204, 180),
        (140, 112, 140),
        (184, 132, 92),
        (120, 144, 150),
    ]
    x0, x1 = w * 0.08, w * 0.92
    top, bottom = h * 0.06, h * 0.96
    draw.rectangle((x0, top, x1, bottom), fill=wood)
    inner = (x0 + w * 0.025, top + h * 0.04, x1 - w * 0.025, bottom - h * 0.04)
    draw.rectangle(inner, fill=_dark(wood, 0.35))
    rows = 4
    row_h = (inner[3] - inner[1]) / rows
    board = h * 0.025
    for r in range(rows):
        shelf_top = inner[1] + r * row_h
        floor = shelf_top + row_h - board
        draw.rectangle((inner[0], floor, inner[2], floor + board), fill=wood)
        draw.rectangle((inner[0], floor + board * 0.7, inner[2], floor + board), fill=wood_dark)
        x = inner[0] + w * 0.01
        plant_at = rng.uniform(0.3, 0.7) if r == 1 else None
        while x < inner[2] - w * 0.03:
            if plant_at is not None and x > inner[0] + (inner[2] - inner[0]) * plant_at:
                pot = w * 0.05
                draw.rounded_rectangle(
                    (x, floor - row_h * 0.3, x + pot, floor), radius=pot * 0.1, fill=(200, 140, 110)
                )
                for k in range(5):
                    angle = math.radians(200 + 35 * k)
                    lx = x + pot / 2 + math.cos(angle) * pot * 0.55
                    ly = floor - row_h * 0.33 + math.sin(angle) * pot * 0.6
                    draw.ellipse(_circle(lx, ly, pot * 0.32), fill=(98, 138, 104))
                x += pot + w * 0.02
                plant_at = None
                continue
            bw = w * rng.uniform(0.016, 0.032)
            bh = row_h * rng.uniform(0.62, 0.86)
            colour = rng.choice(books)
            first = x < inner[0] + w * 0.02
            if not first and rng.random() < 0.07 and x + bh * 0.5 < inner[2]:
                # A book leaning back against its neighbour.
                lean = _layer((round(bw), round(bh)))
                ImageDraw.Draw(lean).rectangle((0, 0, bw, bh), fill=_rgba(colour))
                lean = lean.rotate(16, resample=Image.Resampling.BICUBIC, expand=True)
                _composite_at(img, lean, round(x), round(floor - lean.height))
                x += lean.width + w * 0.004
                draw = ImageDraw.Draw(img)
                continue
            draw.rectangle((x, floor - bh, x + bw, floor), fill=colour)
            band = _light(colour, 0.35)
            draw.rectangle((x, floor - bh * 0.86, x + bw, floor - bh * 0.82), fill=band)
            draw.rectangle((x, floor - bh * 0.2, x + bw, floor - bh * 0.16), fill=band)
            draw.rectangle(
                (x + bw * 0.3, floor - bh * 0.7, x + bw * 0.7, floor - bh * 0.5),
                fill=_dark(colour, 0.15),
            )
            x += bw + w * rng.uniform(0.0, 0.004)
            if rng.random() < 0.08:
                x += w * rng.uniform(0.02, 0.05)
    return img


_SCENE_PAINTERS = {
    "courthouse": _scene_courthouse,
    "documents": _scene_documents,
    "hands": _scene_hands,
    "path": _scene_path,
    "city": _scene_city,
    "hospital": _scene_hospital,
    "road": _scene_road,
    "library": _scene_library,
}
