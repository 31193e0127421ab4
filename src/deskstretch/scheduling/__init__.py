"""Turning "at this time" into a callback on the Qt thread; the only user of APScheduler."""
