"""Privacy: personal data found and masked; small counts suppressed so none can be worked out.

Takes text, tables and counts; gives hits of personal data (CPR numbers, e-mail addresses,
phone numbers) masked for messages, the problems of an input table or an output folder that
holds them, and protected counts (``Count``: shown, small or hidden) with an audit that no
suppressed count can be worked out from the published ones.
"""
