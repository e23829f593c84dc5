"""The built-in exhibits; each sub-package registers through the `vizium.exhibits` entry point."""
