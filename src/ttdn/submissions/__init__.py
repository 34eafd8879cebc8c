"""Reports requested of agencies and what they submit."""
