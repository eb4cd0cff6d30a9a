"""ocgboard: a desktop case-board for local organised crime partnership boards."""

__version__ = "0.1.0"
