"""Circuit builder: batteries, bulbs, switches and resistors on a touch grid, solved live."""
