"""Printed output: meeting packs, tasking sheets, period reports (issue 3)."""
