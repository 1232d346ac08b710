"""A recording written as SVG that any renderer (a browser, Inkscape, rsvg, resvg) draws
like the PNG: every line in device pixels with its own width, markers and text as
vectors, pictures (the colour map, the decision regions) as embedded PNG images at the
figure's resolution, and each piece clipped as Qt clipped it."""
from __future__ import annotations

import base64
import math

import numpy as np
from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontInfo, QImage, QPainter, QPainterPath, QPen, QTransform

from .recording import ImageOp, PathOp, Recording, TextOp, cosmetic_width

_CAPS = {Qt.PenCapStyle.FlatCap: "butt", Qt.PenCapStyle.SquareCap: "square", Qt.PenCapStyle.RoundCap: "round"}
_JOINS = {Qt.PenJoinStyle.MiterJoin: "miter", Qt.PenJoinStyle.SvgMiterJoin: "miter",
          Qt.PenJoinStyle.BevelJoin: "bevel", Qt.PenJoinStyle.RoundJoin: "round"}
_FONT_PX_PER_POINT = 96 / 72


def _n(v: float) -> str:
    """A coordinate: two decimals are a hundredth of a pixel, and no trailing zeros."""
    text = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _matrix(t: QTransform) -> str:
    return "matrix(" + " ".join(f"{v:.6g}" for v in (t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy())) + ")"


def _colour(c: QColor) -> tuple[str, str]:
    """An SVG colour and, where it is not opaque, its opacity attribute."""
    alpha = "" if c.alpha() == 255 else f"{c.alphaF():.3g}"
    return c.name(QColor.NameFormat.HexRgb), alpha


def _d(path: QPainterPath) -> str:
    """The path data of `path`, whose curve segments come as a CurveTo and two CurveToData."""
    out, i, n = [], 0, path.elementCount()
    move, line, curve = (QPainterPath.ElementType.MoveToElement, QPainterPath.ElementType.LineToElement,
                         QPainterPath.ElementType.CurveToElement)
    while i < n:
        e = path.elementAt(i)
        if e.type == move:
            out.append(f"M{_n(e.x)} {_n(e.y)}")
        elif e.type == line:
            out.append(f"L{_n(e.x)} {_n(e.y)}")
        elif e.type == curve and i + 2 < n:
            c2, end = path.elementAt(i + 1), path.elementAt(i + 2)
            out.append(f"C{_n(e.x)} {_n(e.y)} {_n(c2.x)} {_n(c2.y)} {_n(end.x)} {_n(end.y)}")
            i += 2
        i += 1
    return "".join(out)


def png_data(image: QImage) -> bytes:
    """`image` encoded as a PNG file, in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def _png_base64(image: QImage) -> str:
    return base64.b64encode(png_data(image)).decode("ascii")


def _stroke(pen: QPen, cosmetic: bool) -> list[str]:
    colour, alpha = _colour(pen.color())
    width = cosmetic_width(pen) if cosmetic else pen.widthF()
    attrs = [f'stroke="{colour}"', f'stroke-width="{width:.3g}"',
             f'stroke-linecap="{_CAPS.get(pen.capStyle(), "square")}"',
             f'stroke-linejoin="{_JOINS.get(pen.joinStyle(), "bevel")}"']
    if pen.joinStyle() in (Qt.PenJoinStyle.MiterJoin, Qt.PenJoinStyle.SvgMiterJoin):
        attrs.append(f'stroke-miterlimit="{max(pen.miterLimit(), 1):.3g}"')
    if alpha:
        attrs.append(f'stroke-opacity="{alpha}"')
    if pen.style() not in (Qt.PenStyle.SolidLine, Qt.PenStyle.NoPen):
        # Qt's dash pattern is in units of the pen width (of one pixel below that).
        unit = max(width, 1.0)
        attrs.append('stroke-dasharray="' + " ".join(_n(v * unit) for v in pen.dashPattern()) + '"')
        if pen.dashOffset():
            attrs.append(f'stroke-dashoffset="{_n(pen.dashOffset() * unit)}"')
    return attrs


def _snapped(path: QPainterPath, offset: float) -> QPainterPath:
    """`path` with each point moved to where Qt's aliased raster engine puts it: a thin
    line on pixel column floor(x), a filled edge on the pixel border round(x)."""
    out = QPainterPath(path)
    for i in range(out.elementCount()):
        e = out.elementAt(i)
        out.setElementPositionAt(i, math.floor(e.x + 0.5 - offset) + offset, math.floor(e.y + 0.5 - offset) + offset)
    return out


def snapped_clip(clip: QPainterPath) -> QPainterPath:
    """A rectangular clip on whole pixels, as Qt's raster engine applies it: pixels from
    round(left) up to round(right), with no partly covered pixel at its edge."""
    box = clip.boundingRect()
    rect = QPainterPath()
    rect.addRect(box)
    if clip.elementCount() > 5 or rect.boundingRect() != box:
        return clip
    left, top = math.floor(box.left() + 0.5), math.floor(box.top() + 0.5)
    out = QPainterPath()
    out.addRect(QRectF(left, top, math.floor(box.right() + 0.5) - left, math.floor(box.bottom() + 0.5) - top))
    return out


def _path(op: PathOp) -> str:
    cosmetic = op.pen is None or op.pen.isCosmetic() or op.pen.widthF() == 0
    attrs = []
    if cosmetic:
        # Map the points to pixels here: a stroke under a scaling transform would scale.
        device = op.transform.map(op.path)
        if not op.antialias:
            thin = op.pen is not None and cosmetic_width(op.pen) <= 1.0
            device = _snapped(device, 0.5 if thin else 0.0)
        attrs.append(f'd="{_d(device)}"')
    else:
        attrs += [f'd="{_d(op.path)}"', f'transform="{_matrix(op.transform)}"']
    if op.brush is not None:
        colour, alpha = _colour(op.brush.color())
        attrs.append(f'fill="{colour}"')
        if alpha:
            attrs.append(f'fill-opacity="{alpha}"')
        if op.path.fillRule() == Qt.FillRule.OddEvenFill:
            attrs.append('fill-rule="evenodd"')
    else:
        attrs.append('fill="none"')
    attrs += _stroke(op.pen, cosmetic) if op.pen is not None else ['stroke="none"']
    if not op.antialias:
        attrs.append('shape-rendering="crispEdges"')
    if op.opacity < 1:
        attrs.append(f'opacity="{op.opacity:.3g}"')
    return "<path " + " ".join(attrs) + "/>"


def _image(op: ImageOp, canvas: QRectF) -> str:
    """The picture resampled to the figure's own pixels, as Qt's raster engine does, so
    that every renderer shows the same pixels (their own resampling differs)."""
    area = op.transform.mapRect(op.target).intersected(canvas)
    if op.clip is not None:
        area = area.intersected(op.clip.boundingRect())
    box: QRect = area.toAlignedRect()
    if box.isEmpty():
        return ""
    solid = _one_colour(op.image)
    if solid is not None:  # a background: a rectangle, not a picture
        rect = QPainterPath()
        rect.addRect(op.transform.mapRect(op.target))
        colour, alpha = _colour(solid)
        alpha = f' fill-opacity="{float(alpha or 1) * op.opacity:.3g}"' if alpha or op.opacity < 1 else ""
        return f'<path d="{_d(_snapped(rect, 0.0))}" fill="{colour}"{alpha} stroke="none"/>'
    pixels = QImage(box.size(), QImage.Format.Format_ARGB32)
    pixels.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixels)
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, op.smooth)
        painter.setTransform(op.transform * QTransform.fromTranslate(-box.x(), -box.y()))
        painter.drawImage(op.target, op.image)
    finally:
        painter.end()
    opacity = f' opacity="{op.opacity:.3g}"' if op.opacity < 1 else ""
    return (f'<image x="{box.x()}" y="{box.y()}" width="{box.width()}" height="{box.height()}"{opacity} '
            f'preserveAspectRatio="none" xlink:href="data:image/png;base64,{_png_base64(pixels)}"/>')


def _one_colour(image: QImage) -> QColor | None:
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    pixels = np.frombuffer(argb.constBits(), np.uint32, count=argb.width() * argb.height())
    if not len(pixels) or argb.bytesPerLine() != 4 * argb.width() or (pixels != pixels[0]).any():
        return None
    return QColor.fromRgba(int(pixels[0]))


def font_pixels(font) -> float:
    """The size Qt really draws the font at: 10 pt is 13 pixels, not 13.33, on a 96-dpi
    picture (a renderer given 13.33 writes a caption 14 pixels longer)."""
    if font.pixelSize() > 0:
        return font.pixelSize()
    return QFontInfo(font).pixelSize() or font.pointSizeF() * _FONT_PX_PER_POINT


def _text(op: TextOp) -> str:
    font = op.font
    family = QFontInfo(font).family()
    colour, alpha = _colour(op.colour)
    t = op.transform
    if t.isTranslating() and not t.isScaling() and not t.isRotating():
        place = f'x="{_n(op.position.x() + t.dx())}" y="{_n(op.position.y() + t.dy())}"'
    else:
        place = f'x="{_n(op.position.x())}" y="{_n(op.position.y())}" transform="{_matrix(t)}"'
    attrs = [place, f'font-family="{escape(family)}, sans-serif"', f'font-size="{font_pixels(font):.3g}"', f'fill="{colour}"']
    if font.bold() or font.weight() > 500:
        attrs.append(f'font-weight="{int(font.weight())}"')
    if font.italic():
        attrs.append('font-style="italic"')
    opacity = (op.colour.alphaF() if alpha else 1.0) * op.opacity
    if opacity < 1:
        attrs.append(f'fill-opacity="{opacity:.3g}"')
    return f'<text {" ".join(attrs)} xml:space="preserve">{escape(op.text, quote=False)}</text>'


def svg_document(recording: Recording, title: str, description: str = "Made with lossplay") -> bytes:
    w, h = recording.width, recording.height
    canvas = QRectF(0, 0, w, h)
    head = [f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" '
            f'width="{w}" height="{h}" viewBox="0 0 {w} {h}">',
            f"<title>{escape(title)}</title>", f"<desc>{escape(description)}</desc>"]
    clips: dict[str, str] = {}
    body: list[str] = []
    current = None
    for op in recording.ops:
        key = None
        if op.clip is not None:
            d = _d(snapped_clip(op.clip))
            key = clips.setdefault(d, f"clip{len(clips)}")
        if key != current:
            if current is not None:
                body.append("</g>")
            if key is not None:
                body.append(f'<g clip-path="url(#{key})">')
            current = key
        if isinstance(op, PathOp):
            body.append(_path(op))
        elif isinstance(op, ImageOp):
            body.append(_image(op, canvas))
        else:
            body.append(_text(op))
    if current is not None:
        body.append("</g>")
    defs = ["<defs>"] + [f'<clipPath id="{key}"><path d="{d}"/></clipPath>' for d, key in clips.items()] + ["</defs>"]
    return "\n".join(['<?xml version="1.0" encoding="UTF-8"?>'] + head + defs + body + ["</svg>", ""]).encode("utf-8")
