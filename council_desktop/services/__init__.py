"""Use cases the GUI and the CLI share. Each call is one transaction."""
