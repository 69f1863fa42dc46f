"""privacycheck: how exposed are you to your clients on social media, and how to fix it."""

__version__ = "0.1.0"
