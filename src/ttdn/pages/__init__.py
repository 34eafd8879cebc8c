"""Pages that compose several domain apps: home, plan, task and agency pages, the annex export.

This package sits above every domain app (see CONTRIBUTING.md, "Layers"): it may import
plans, tracking, importer and the rest; none of them imports it.
"""
