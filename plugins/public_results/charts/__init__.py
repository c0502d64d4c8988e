"""Charts: a view per chart from protected counts (spec, Danish texts, table, CSV); drawn to SVG and PNG.

Takes the figure book; gives ``ChartView`` values (a Vega-Lite spec, message title, text
alternative, table and CSV holding the same protected numbers), the drawings of many specs at
once (cached, in parallel), the downloads and the social cards.
"""
