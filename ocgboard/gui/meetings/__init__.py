"""Board meetings: planning, agenda, attendance, decisions, the pack."""
