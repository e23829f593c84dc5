"""How computers see: the live camera picture through the filters computer vision starts with."""
