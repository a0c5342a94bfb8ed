"""diplograph: noisy multilingual diplomatic news pages to a clean, source-traceable event database."""

__version__ = "0.1.0"
