"""The threat register and the threat editor: profile, members, disruptions, history."""
