"""Ingestion: polite fetching, extraction, language, duplicates and stories (decision 0031)."""
