"""Settings for publishing: only the differences from pelicanconf.py."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402, F403

SITEURL = os.environ.get("SITEURL", "https://resultater.example.dk")
RELATIVE_URLS = False
FEED_ALL_ATOM = "feeds/all.atom.xml"
FEED_DOMAIN = SITEURL
