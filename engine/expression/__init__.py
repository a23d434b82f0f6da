"""The condition language: parser.py, resolve.py (names) and evaluate.py (three-valued logic)."""
