"""`python -m shopcopy …` is the `shopcopy` command."""

from shopcopy.cli import main

main()
