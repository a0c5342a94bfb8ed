"""Imports every built-in component so that the registry knows them."""

from diplograph.clean import decode, language, markup, metadata, repair, segment  # noqa: F401
from diplograph.extract import dates, events, statements  # noqa: F401
from diplograph.resolve import local  # noqa: F401
