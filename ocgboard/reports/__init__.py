"""Printed output: meeting packs, tasking sheets, period reports."""
