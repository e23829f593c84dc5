"""Cargo ship: load containers in the port of Ventspils without tipping or sinking the ship."""
