"""`python -m extractor` is the `nianbao` command."""

from .cli import main

main()
