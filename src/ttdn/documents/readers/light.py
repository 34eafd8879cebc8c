"""Even out the light of a scanned page before it is straightened, ruled and read.

A scanner's or a camera's light falls off across the page, and an old page yellows: the
paper of one corner is then tens of grey levels darker than that of the other. One
threshold for the page (Otsu's method, :func:`.ocr.ink_threshold`) then falls inside the
paper's own range on a page with little ink, and the dark half of the paper is read as
letters (measured on the "worn" scans of benchmarks/importer.py, 60 grey levels darker at
one corner: the last page of an annex, a row under the repeated header, gave 26 lines of
marks, some above the table, so the table was not joined to the page before it).

The paper's brightness is estimated everywhere (the brightest of each neighbourhood wider
than a letter or a rule, on an averaged, smaller copy, smoothed) and each pixel divided
by it: paper comes out white, ink keeps its darkness. An evenly lit page is left nearly
as it is.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image

SHRINK = 8  # the paper is estimated on a copy this many times smaller (averaged)
# Pixels of the smaller copy (× SHRINK at 300 dpi: about 1 cm): wider than any letter or
# rule, so each neighbourhood holds some bare paper.
PAPER_WINDOW = 15


def even_light(image: Image.Image) -> Image.Image:
    """``image`` in grey, its paper made evenly white."""
    grey = np.asarray(image.convert("L"))
    height, width = grey.shape
    if min(height, width) < SHRINK * PAPER_WINDOW:
        return image.convert("L")
    small = cv2.resize(
        grey, (width // SHRINK, height // SHRINK), interpolation=cv2.INTER_AREA
    )  # averaging also takes the scanner's noise out of the estimate
    window = np.ones((PAPER_WINDOW, PAPER_WINDOW), np.uint8)
    paper = cv2.blur(cv2.dilate(small, window), (PAPER_WINDOW, PAPER_WINDOW))
    paper = cv2.resize(paper, (width, height), interpolation=cv2.INTER_LINEAR)
    return Image.fromarray(cv2.divide(grey, np.maximum(paper, 1), scale=255))
