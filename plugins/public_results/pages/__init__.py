"""Pages: placeholders in a page resolved into values and HTML blocks; sanitising, checks, readability.

Takes a page's text with ``{{ … }}`` placeholders and the figure book; gives the text with
tokens, each token's value or HTML block (charts, method boxes, from the plugin's own templates),
the writer's HTML sanitised, warnings about words that contradict figures, readability (LIX),
and the memos that keep what was made from a page's own text between builds.
"""
