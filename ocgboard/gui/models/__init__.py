"""Qt table models, one per entity list (DESIGN rule 6)."""
