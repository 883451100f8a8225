"""iCalendar and Excel writers and calendar publishing; read domain objects, never Qt."""
