"""Accuracy and speed harness (`python -m bench …`): runs `extractor.extract` over a
generated corpus (and ../shared/corpus/real when present) and compares with the gold."""
