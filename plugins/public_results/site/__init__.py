"""Site: a whole build as values: pages placed and made from data, drawings, PDFs, the output folder.

Takes the settings and pages as plain values; gives ``Loaded`` (what the data stage gives every
page), a frozen result per page (``PlacedPage``, ``MadePages``) that the adapter adds to
``Collected``, the drawings, the briefings' PDFs, the files around the pages, the output folder
swapped in only on success, and the summary of a ``Finished`` build.
"""
