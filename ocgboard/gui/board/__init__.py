"""This board and this laptop: the first-run wizard and preferences."""
