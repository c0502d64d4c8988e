"""The heavy libraries, each imported on first use: importing the plugin stays cheap.

Reading data needs pandas and openpyxl, protecting counts numpy and HiGHS, drawing charts
vl-convert (the specs themselves are plain data), the social cards Pillow, the briefings' PDFs
WeasyPrint; together they take seconds to import, and a build that finds everything in its
caches needs none of them. So no module imports them at its top: a function that needs one asks
for it here (``pd = importers.pandas()``), and type hints import it under ``if TYPE_CHECKING:``.
Python keeps a module once imported, so asking again costs nothing. This module imports nothing of
the plugin.
"""

from __future__ import annotations

from types import ModuleType


def pandas() -> ModuleType:
    """pandas: the tables of the data files and of the charts."""
    import pandas

    return pandas


def numpy() -> ModuleType:
    """NumPy: the arrays of the suppression audit."""
    import numpy

    return numpy


def highspy() -> ModuleType:
    """highspy: the HiGHS solver's integer programming, for the interval attack of the suppression audit."""
    import highspy

    return highspy


def openpyxl() -> ModuleType:
    """openpyxl: Excel exports (.xlsx)."""
    import openpyxl

    return openpyxl


def vl_convert() -> ModuleType:
    """vl-convert: specs drawn to SVG and PNG."""
    import vl_convert

    return vl_convert


def pillow() -> ModuleType:
    """Pillow: the social cards (``PIL``, with ``Image``, ``ImageFont`` and ``PngImagePlugin`` loaded)."""
    import PIL.Image
    import PIL.ImageFont
    import PIL.PngImagePlugin

    return PIL


def weasyprint() -> ModuleType:
    """WeasyPrint: the briefings' PDFs. Raises OSError when a system library it needs is missing."""
    import weasyprint

    return weasyprint
