"""Exchange files: keys, export, import and merge (issue 4)."""
