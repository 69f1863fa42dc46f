"""Subcommands of the command line. Each module registers its parsers; the heavy imports wait inside `run`."""
