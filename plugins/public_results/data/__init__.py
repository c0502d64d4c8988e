"""Data: the descriptor and the data files, read, refused if personal, validated, without IDs.

Takes the descriptor (datasets.yaml) and the CSV and Excel exports it names; gives frozen
descriptions of each dataset and clean tables (``SurveyRound``, ``OutcomeLog``) with answer codes
and statuses instead of labels and row numbers instead of pseudonymous IDs, or every problem of
every file at once (file, row, column, masked value, fix).
"""
