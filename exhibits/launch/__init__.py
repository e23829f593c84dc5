"""Launch to the target: aim a projectile by angle and speed and hit targets in Ventspils port."""
