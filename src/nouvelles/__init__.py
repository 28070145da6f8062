"""nouvelles: a self-hosted multilingual news desk."""

__version__ = "0.1.0"
