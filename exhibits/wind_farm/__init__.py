"""Wind farm at sea: place turbines off Ventspils, see wakes steal wind, and power the town a day."""
