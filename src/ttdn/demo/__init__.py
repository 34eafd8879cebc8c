"""The demo: the five seed documents imported as a user would, with agencies, users and reports.

Above every domain app (it drives the importer, plans and tracking services). The seed
documents ship with the package (``ttdn/demo/seeds/``); the hand-checked transcriptions
the tests compare them with stay in the test tree (``tests/fixtures/seeds/gold``).
"""
