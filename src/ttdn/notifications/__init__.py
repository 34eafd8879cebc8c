"""In-app notifications and e-mail delivery."""
