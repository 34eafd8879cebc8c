"""The province's summary report documents and the figures they cite."""
