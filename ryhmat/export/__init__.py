"""Files and feeds in and out of the app; they read and make domain objects, never Qt.

iCalendar and Excel writers, publishing feeds to a folder or a CalDAV server, and
reading roster files (.xlsx, .csv) within their limits.
"""
