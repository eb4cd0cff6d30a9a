"""The tactic library of the 4P template, browsed and chosen from."""
