"""Domain services. Each takes a Session; none imports Qt or opens a session."""
