"""The HTTP service against hostile clients and hostile reports."""
