"""Exchange files: export and import wizards, contacts, conflicts."""
