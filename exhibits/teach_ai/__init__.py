"""Teach the computer: show it examples, let it learn on the spot, and see how one-sided examples mislead it."""
