"""AR cards: a planet, a molecule or an organ appears on a printed card held up to the camera."""
