"""The main window, by topic: records, documents, data."""
