"""danish."""
