"""Pure pipeline logic: plain functions over dataclasses, no Django imports.

`tests/test_architecture.py` fails if anything in this package imports django.
"""
