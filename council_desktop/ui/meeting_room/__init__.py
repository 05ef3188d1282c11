"""Meeting mode and the projector view (issue 14)."""
