"""The board's strategic action plan and its status trail."""
