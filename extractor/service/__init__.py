"""The HTTP service and the review page (`extractor.service.app:app`)."""
