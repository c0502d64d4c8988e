"""Danish words and number style: every word the plugin writes, numbers, dates, true fractions.

Takes numbers and dates; gives Danish text ("1.234", "94 %", "16. maj 2018", "to ud af tre").
``words`` holds every Danish word the plugin writes (messages, chart texts, the command line);
the theme's templates hold the rest. Imports nothing of the plugin.
"""
