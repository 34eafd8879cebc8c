#!/usr/bin/env python
import sys

from ttdn.cli import main

if __name__ == "__main__":
    sys.exit(main())
