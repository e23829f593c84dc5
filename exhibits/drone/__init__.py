"""Fly the drone: thrust, weight and drag in vertical flight; hover by hand, then tune a PID autopilot."""
