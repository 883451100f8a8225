"""SQLAlchemy mappings of the domain, the unit of work and the Alembic migrations;
opening a database (its schema checked), backups and restores, the erasure register."""
