"""Chance and patterns: a Galton board and dice whose histograms grow into the predicted shapes."""
