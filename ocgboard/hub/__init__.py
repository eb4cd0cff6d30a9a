"""The hub: one more replica of every board it serves, on a server database.

A force or region with several boards keeps each board's full replica on a
PostgreSQL server. The hub takes the exchange files the boards' laptops drop
into its inbox (the same files, checks and merge as a laptop's import), keeps
each board in a database of its own, writes each board laptop's answer into
its outbox, and counts across every board it holds. It listens on no network:
files reach it by whatever transport the force uses.
"""
