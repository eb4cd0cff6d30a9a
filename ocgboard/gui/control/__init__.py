"""The board's control strategy: threat areas, must-win battles, the work serving them."""
