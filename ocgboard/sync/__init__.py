"""Exchange files: keys, export, import and merge."""
