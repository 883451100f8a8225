"""Pure-Python domain: entities, rules and use cases. Imports neither Qt nor SQLAlchemy."""
