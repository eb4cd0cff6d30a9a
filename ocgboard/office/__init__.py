"""The board's existing papers: Word 4P plans and Excel trackers brought in through
a preview, and the board's plans, trackers and tasking sheets written out as
Office files.

Office files come from outside: each is bounded and checked before it is read
(size, what the zip holds, macros, encryption), and what it asks for is applied
through the core services, so the change log records it as the operator's work.
"""
