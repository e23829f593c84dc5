"""Pendulum and energy: a swinging pendulum with live kinetic and potential energy."""
