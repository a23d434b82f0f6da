"""Interpretation settings as a deal state chooses them: a named choice, or left unresolved.

"unresolved" is a choice every setting accepts: the rows that depend on the reading are then
decided under every choice, and are unknown where the choices disagree, with the question for
counsel.
"""

from __future__ import annotations

UNRESOLVED = "unresolved"
