"""The desktop's façade over the services: ids in, plain rows out.

Each module serves one feature's views. Its functions take a Session and
the full ids (hex) the views hold, resolve them in one place
(`core.lookup.row`), call the services, and return frozen dataclasses, so no
ORM object outlives its session or crosses a thread. Writes that a view undoes
have their inverse beside them, one for each operation.
"""
