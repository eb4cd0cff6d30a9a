"""Partner agencies and the people who work for them."""
