"""Put on PYTHONPATH by the snippet runner to run a snippet under a chosen multiprocessing start method.

The snippet itself stays an ordinary program: this file only sets the default start method,
exactly as `multiprocessing.set_start_method(...)` at the top of the program would.
"""

import os

method = os.environ.get("SNIPPET_START_METHOD")
if method:
    import multiprocessing

    multiprocessing.set_start_method(method, force=True)
