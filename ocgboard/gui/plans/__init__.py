"""4P plans: a threat's plan tab, actions and their status trail, the chase list."""
