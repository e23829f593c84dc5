"""Baltic food web: sprat and cod populations in the Lotka-Volterra predator-prey model."""
