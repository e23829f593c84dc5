"""Crack the password: build passwords from generated pieces, see how long guessing takes, spot phishing."""
