def pytest_configure(config):
    config.addinivalue_line(
        "markers", "compose: builds and starts deploy/compose.yaml (deploy/compose-smoke.sh)"
    )
