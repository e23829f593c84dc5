"""Program the pilot boat: snap instruction blocks together to steer a boat through Ventspils port."""
