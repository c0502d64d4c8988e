"""The charts' colours (also the social cards'), without Altair: importing this costs nothing.

Every colour that carries meaning is at least 3:1 against white (WCAG 1.4.11); text at 4.5:1.
"""

TEXT = "#1a1a1a"
MUTED = "#4a4a4a"
SUPPRESSED = "#6b6b6b"  # bars or icons of suppressed cells (5.3:1)

# Categorical colours, Okabe-Ito hues kept at 3:1 or more against white (blue 5.2, vermillion 3.9,
# bluish green 3.4, reddish purple 3.1, ochre 4.9, grey 8.5): safe for the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#9A6700", "#4D4D4D")
MAIN = "#1f5b99"  # single-series bars (6.9:1)
DASHES = ((1, 0), (6, 3), (2, 2), (8, 3, 2, 3), (4, 4), (1, 3))  # a second cue beside colour for lines

# An ordered agreement scale: positive answers in blues (darkest outermost), the rest in oranges.
POSITIVE_STEPS = ("#1f5b99", "#5b8fc9", "#9dbfe3")
OTHER_STEPS = ("#f6c48f", "#e58a3d", "#b35806", "#7f3b08")
OUTLINE = "#1a1a1a"
