"""Radio telescope: steer a dish and find radio sources in the noise."""
