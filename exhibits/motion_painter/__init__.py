"""Motion painter: moving in front of the camera paints colourful trails."""
