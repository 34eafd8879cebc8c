"""Reminders, escalation, urging letters and deadline calendars."""
