"""PySide6 widgets, item models and dialogs; they call domain use cases only."""
