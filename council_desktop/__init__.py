"""Council Desktop: the secretariat's tool for a scientific or governmental council."""

__version__ = "0.1.0"
