"""SQLAlchemy implementations of the repository protocols of ``ryhmat.domain.ports``.

One module per concern: ``base`` (the generic repository and its plumbing),
``reference`` (organisations, workers, places, closures), ``sessions`` (groups,
series, sessions and the calendar's reads), ``people`` (families and enrolments),
``attendance`` (marks and headcounts) and ``feeds``.
"""
