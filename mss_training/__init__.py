"""MSS Training: one shared training curriculum for the Multinational Security Support mission."""

__version__ = "0.1.0"
