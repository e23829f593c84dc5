"""Wind of motion: particles blown by the visitor's movement, measured with optical flow."""
