"""`kg extract`: print the facts found in articles (placeholder until the extractor lands)."""

COMMANDS: list = []
