"""Figures: the figure book: every figure counted, protected and defined, per data date, cached.

Takes the clean tables; gives ``Figure`` values by name and data date (count, base, definition,
period, source, the previous figure), computed on first use and kept between builds by the
figure cache; and what is built from figures alone: briefings' key figures, method boxes, the
overview of what is suppressed and what changed.
"""
