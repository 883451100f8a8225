"""SQLAlchemy mappings of the domain, the unit of work and the Alembic migrations."""
