"""Benchmarks of ICP Desktop against the quality bars of DESIGN §7.

``python -m bench`` runs them all and prints one table; ``python -m bench NAME`` runs one.
Every figure is printed with the ratio against a baseline measured in the same run on the same
machine. Sizes come from environment variables (see :mod:`bench.common`), so a smoke run can use
tiny ones.
"""
