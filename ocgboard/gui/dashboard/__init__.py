"""The dashboard: what needs the chair's attention, as figures and charts."""
