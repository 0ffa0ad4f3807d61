"""QtWidgets: screens and widgets."""
