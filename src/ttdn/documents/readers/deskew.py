"""Straighten a slightly turned scan before OCR.

Real scans are turned by a fraction of a degree to two degrees; Tesseract reads a turned
ruled table badly (rows run into each other, borders become letters). The angle is the
one at which the page's dark pixels fall into the sharpest rows: the variance of the
row sums of a thresholded, downscaled copy is largest when the lines of text and the
table's rules are level (the projection-profile method). OpenCV does the thresholding and
the rotations. A coarse search over ±:data:`MAX_ANGLE` degrees is refined around its best
angle; a page within :data:`MIN_ANGLE` of level is left as it is.

Measured on the real 2018 annex rendered at 150 and 200 dpi and turned 0.3–2° with
noise (``benchmarks/importer.py --scans``): see docs/benchmarks.md.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

MAX_ANGLE = 3.0  # degrees; a page turned further is a photograph, not a scan
MIN_ANGLE = 0.5  # degrees; Tesseract reads a page turned less as well unturned (measured)
WORK_WIDTH = 1000  # pixels: the estimate is made on a copy this wide


def skew_angle(image: Image.Image) -> float:
    """The angle (degrees, counter-clockwise positive) by which ``image`` should be turned
    to make its text level; 0.0 for a blank page."""
    grey = np.asarray(image.convert("L"))
    height, width = grey.shape
    if width > WORK_WIDTH:
        scale = WORK_WIDTH / width
        grey = cv2.resize(
            grey, (WORK_WIDTH, max(1, int(height * scale))), interpolation=cv2.INTER_AREA
        )
    _t, ink = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    if cv2.countNonZero(ink) < 0.001 * ink.size:
        return 0.0

    def sharpness(angle: float) -> float:
        h, w = ink.shape
        matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
        turned = cv2.warpAffine(ink, matrix, (w, h), flags=cv2.INTER_NEAREST, borderValue=0)
        return float(np.var(turned.sum(axis=1, dtype=np.float64)))

    coarse = np.arange(-MAX_ANGLE, MAX_ANGLE + 1e-9, 0.25)
    best = max(coarse, key=sharpness)
    fine = np.arange(best - 0.25, best + 0.25 + 1e-9, 0.05)
    return round(float(max(fine, key=sharpness)), 2)


def straighten(image: Image.Image) -> tuple[Image.Image, float]:
    """``image`` turned level, and the angle it was turned by (0.0 when left as it was)."""
    angle = skew_angle(image)
    if abs(angle) < MIN_ANGLE:
        return image, 0.0
    grey = np.asarray(image.convert("L"))
    h, w = grey.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    level = cv2.warpAffine(
        grey,
        matrix,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=255,
    )
    return Image.fromarray(level), angle
