"""The condition language: parse (parser.py), name resolution (resolve.py), three-valued evaluation (evaluate.py)."""
