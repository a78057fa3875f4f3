"""kg: a knowledge graph of international relations."""

__version__ = "0.1.0"
