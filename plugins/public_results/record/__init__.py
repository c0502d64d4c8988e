"""Record: what published pages showed (the ledger), corrections, and what a change would change.

Takes what pages show now and what they showed when published; gives the revisions that need a
writer's decision (correct openly or keep), dated correction notes, newer-data notices, and the
changes since the last build that ``make check`` lists.
"""
