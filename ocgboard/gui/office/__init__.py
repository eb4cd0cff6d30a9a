"""The board's Office papers in the app: a Word 4P plan, an Excel tracker or a
returned tasking sheet brought in through a preview (`import_wizard.py`), and
plans, trackers and tasking sheets written out (`export_dialog.py`). The work
runs on the task runner (`tasks.py`); the GUI thread sees only plain data."""
