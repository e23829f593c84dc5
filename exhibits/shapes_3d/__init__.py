"""Shapes in 3D: stack cubes, see the shape from the top, front and side, count volume and surface area."""
