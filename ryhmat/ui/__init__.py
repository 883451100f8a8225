"""PySide6 widgets, item models and dialogs; they call domain use cases only."""

from ryhmat.ui.feature_scan import skip_feature_scan

# Before any view's module is loaded (see ryhmat.ui.feature_scan).
skip_feature_scan()
