"""Baltic Sea water: salt, temperature and oxygen in layers, and why the deep Baltic runs out of oxygen."""
